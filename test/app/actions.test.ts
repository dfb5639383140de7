import ExcelJS from 'exceljs';
import {
  editableRanges,
  formatSheets,
  generateSheets,
  rolloverSheets,
  shareYear,
  validateWorkbook,
  type ActionResult,
  type ShareResult,
} from '../../src/app/actions';
import { DEFAULT_SETTINGS, type ValidationSettings } from '../../src/validate/settings';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { readYearFrom } from '../../src/workbook/years';
import { cellOf } from '../../src/sheets/map';
import { seedText } from '../helpers/seed';

const base = { year: 2027, branch: '机关第一党支部', rule: '每月第一个星期五' };

describe('generateSheets', () => {
  it('creates the three sheets from the built-in template, which has no issue', async () => {
    const port = XlsxWorkbook.create();
    const r = await generateSheets(port, { ...base, source: { kind: 'default' } });
    expect(r).toEqual({
      status: 'done',
      issues: [],
      sheets: ['2027年工作计划', '2027年学习计划', '2027年主题党日'],
      written: { how: 'created', kept: 0 },
    });
    expect(await port.listSheets()).toEqual(['2027年工作计划', '2027年学习计划', '2027年主题党日']);
  });

  it('starts from the kind of branch asked for and names the study focus of the settings', async () => {
    const port = XlsxWorkbook.create();
    const studyFocus = '党的二十大精神和二十届四中全会精神';
    const settings = { ...DEFAULT_SETTINGS, studyFocus };
    const r = await generateSheets(port, {
      ...base,
      source: { kind: 'default' },
      template: 'community',
      settings,
    });
    expect(r.issues).toEqual([]);
    const { model } = await readYearFrom(port, 2027);
    expect(model.plan.preamble.join('')).toContain(studyFocus);
    const office = XlsxWorkbook.create();
    await generateSheets(office, { ...base, source: { kind: 'default' } });
    const other = (await readYearFrom(office, 2027)).model;
    expect(other.themeDays.activities.map((a) => a.content)).not.toEqual(
      model.themeDays.activities.map((a) => a.content),
    );
  });

  it('regenerates a year already there by merging: user cells kept, new rule applied', async () => {
    const port = XlsxWorkbook.create();
    await generateSheets(port, { ...base, source: { kind: 'default' } });
    const { maps } = await readYearFrom(port, 2027);
    port.workbook.getWorksheet('2027年工作计划')!.getCell(cellOf(maps.plan, 0, 'owner')).value = '张三';
    port.workbook.getWorksheet('2027年主题党日')!.getCell(cellOf(maps.themeDays, 1, 'status')).value =
      '已完成';
    const r = await generateSheets(port, { ...base, rule: '每月20日', source: { kind: 'default' } });
    expect(r.status).toBe('done');
    // Merged, keeping the two cells typed (the statuses and owners the template wrote are not counted).
    expect(r.status === 'done' && r.written).toEqual({ how: 'merged', kept: 2 });
    const { model } = await readYearFrom(port, 2027);
    expect(model.plan.sections[0]!.items[0]!.owner).toBe('张三');
    expect(model.themeDays.activities[1]!.status).toBe('已完成');
    expect(model.themeDays.rule).toBe('每月20日');
    expect(model.themeDays.activities[2]!.date).toBe('2027-03-22');
    expect(await port.listSheets()).toHaveLength(3);
  });

  it('refuses to regenerate over a sheet it cannot read, writing nothing', async () => {
    const port = XlsxWorkbook.create();
    await generateSheets(port, { ...base, source: { kind: 'default' } });
    port.workbook.getWorksheet('2027年主题党日')!.getCell('B4').value = '月初';
    const r = await generateSheets(port, { ...base, rule: '每月20日', source: { kind: 'default' } });
    expect(r.status).toBe('blocked');
    expect(r.issues.map((i) => [i.rule, i.cell])).toEqual([['read-date', 'B4']]);
    expect(port.workbook.getWorksheet('2027年主题党日')!.getCell('B5').value).toEqual(
      new Date(Date.UTC(2027, 1, 15)),
    );
  });

  it('takes a pasted plan text or another year of the workbook as the template', async () => {
    const port = XlsxWorkbook.create();
    expect(
      (await generateSheets(port, { ...base, year: 2020, source: { kind: 'text', text: seedText() } }))
        .status,
    ).toBe('done');
    const r = await generateSheets(port, { ...base, source: { kind: 'year', year: 2020 } });
    expect(r.status).toBe('done');
    const { model } = await readYearFrom(port, 2027);
    expect(JSON.stringify(model)).not.toContain('2020年');
    expect(await port.listSheets()).toHaveLength(6);
  });

  it('is blocked, writing nothing, by a text with nothing to import or a rule it cannot read', async () => {
    const port = XlsxWorkbook.create();
    const bad = await generateSheets(port, { ...base, source: { kind: 'text', text: '' } });
    expect(bad.status).toBe('blocked');
    expect(bad.issues.map((i) => i.rule)).toContain('import-empty');
    const rule = await generateSheets(port, { ...base, rule: '每周五', source: { kind: 'default' } });
    expect(rule.status).toBe('blocked');
    expect(await port.listSheets()).toEqual([]);
  });
});

describe('validateWorkbook and formatSheets', () => {
  it('says there is nothing to validate in an empty workbook', async () => {
    const r = await validateWorkbook(XlsxWorkbook.create());
    expect(r.status).toBe('blocked');
    expect(r.issues[0]!.message).toContain('请先生成');
  });

  it('formats a year again, keeping what users typed', async () => {
    const port = XlsxWorkbook.create();
    await generateSheets(port, { ...base, source: { kind: 'default' } });
    const ws = port.workbook.getWorksheet('2027年主题党日')!;
    ws.getCell('H4').value = '李四';
    ws.getColumn(4).width = 3;
    const r = await formatSheets(port, 2027);
    expect(r.status).toBe('done');
    const again = port.workbook.getWorksheet('2027年主题党日')!;
    expect(again.getCell('H4').value).toBe('李四');
    expect(again.getColumn(4).width).toBeGreaterThan(20);
  });

  it('refuses to format a sheet it cannot read, leaving it untouched', async () => {
    const port = XlsxWorkbook.create();
    await generateSheets(port, { ...base, source: { kind: 'default' } });
    port.workbook.getWorksheet('2027年主题党日')!.getCell('B4').value = '月初';
    const r = await formatSheets(port, 2027);
    expect(r.status).toBe('blocked');
    expect(r.issues.map((i) => [i.rule, i.cell])).toEqual([['read-date', 'B4']]);
    expect(port.workbook.getWorksheet('2027年主题党日')!.getCell('B4').value).toBe('月初');
  });
});

describe('rewrites that would lose content', () => {
  it('are refused when there is content outside the table, which is kept', async () => {
    const port = XlsxWorkbook.create();
    await generateSheets(port, { ...base, source: { kind: 'default' } });
    const ws = port.workbook.getWorksheet('2027年主题党日')!;
    ws.getCell('A20').value = '制表人：张三';
    const format = await formatSheets(port, 2027);
    expect(format.status).toBe('blocked');
    expect(format.issues.map((i) => [i.rule, i.cell])).toEqual([['read-extra-row', 'A20']]);
    const regenerate = await generateSheets(port, { ...base, rule: '每月20日', source: { kind: 'default' } });
    expect(regenerate.status).toBe('blocked');
    expect(port.workbook.getWorksheet('2027年主题党日')!.getCell('A20').value).toBe('制表人：张三');
  });
});

describe('a year with only its 主题党日 sheet', () => {
  const THEME = '2027年主题党日';
  /** The generated 2027 workbook without its plan and study sheets, as many branches keep it. */
  async function themeOnly(): Promise<XlsxWorkbook> {
    const port = XlsxWorkbook.create();
    await generateSheets(port, { ...base, source: { kind: 'default' } });
    for (const name of ['2027年工作计划', '2027年学习计划'])
      port.workbook.removeWorksheet(port.workbook.getWorksheet(name)!.id);
    return XlsxWorkbook.fromBuffer(await port.toBuffer());
  }
  const errors = (r: { issues: { severity: string }[] }) => r.issues.filter((i) => i.severity === 'error');
  const missing = (r: { issues: { rule: string; sheet: string; cell: string }[] }) =>
    r.issues.filter((i) => i.rule.startsWith('read-')).map((i) => `${i.rule} ${i.sheet}!${i.cell}`);

  it('validates it with one warning naming the sheets it lacks and no error', async () => {
    const r = await validateWorkbook(await themeOnly());
    expect(r.status).toBe('done');
    expect(errors(r)).toEqual([]);
    expect(missing(r)).toEqual([`read-kinds-missing ${THEME}!A1`]);
    expect(r.issues.every((i) => i.sheet === THEME)).toBe(true);
  });

  it('formats it, keeping what users typed, without adding the sheets it lacks', async () => {
    const port = await themeOnly();
    const ws = port.workbook.getWorksheet(THEME)!;
    ws.getCell('H4').value = '李四';
    ws.getColumn(4).width = 3;
    const r = await formatSheets(port, 2027);
    expect(r.status).toBe('done');
    expect(errors(r)).toEqual([]);
    expect(missing(r)).toEqual([`read-kinds-missing ${THEME}!A1`]);
    expect(r.status === 'done' && r.sheets).toEqual([THEME]);
    expect(await port.listSheets()).toEqual([THEME]);
    expect(port.workbook.getWorksheet(THEME)!.getCell('H4').value).toBe('李四');
    expect(port.workbook.getWorksheet(THEME)!.getColumn(4).width).toBeGreaterThan(20);
  });

  it('shares it, protecting the sheet it has', async () => {
    const port = await themeOnly();
    const r = await shareYear(port, 2027, { acceptWarnings: true });
    expect(r.status).toBe('done');
    const sheet = port.workbook.getWorksheet(THEME)!;
    const protection = (sheet as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection.sheet).toBe(true);
    expect(sheet.getCell('I4').protection?.locked).toBe(false); // 状态
  });

  it('rolls it over to 2028年主题党日 alone', async () => {
    const port = await themeOnly();
    const r = await rolloverSheets(port, 2027);
    expect(r.status).toBe('done');
    expect(errors(r)).toEqual([]);
    expect(await port.listSheets()).toEqual([THEME, '2028年主题党日']);
    const next = await validateWorkbook(port, 2028);
    expect(errors(next)).toEqual([]);
    expect(missing(next)).toEqual(['read-kinds-missing 2028年主题党日!A1']);
  });

  it('still gives read-sheet errors for a year it has none of', async () => {
    const r = await validateWorkbook(await themeOnly(), 2030);
    expect(missing(r)).toEqual([
      'read-sheet 2030年工作计划!A1',
      'read-sheet 2030年学习计划!A1',
      'read-sheet 2030年主题党日!A1',
    ]);
    expect((await rolloverSheets(await themeOnly(), 2030)).status).toBe('blocked');
  });
});

describe('shareYear', () => {
  it('is blocked by errors (the seed’s numbering gap)', async () => {
    const port = XlsxWorkbook.create();
    await generateSheets(port, { ...base, source: { kind: 'text', text: seedText() } });
    const r = await shareYear(port, 2027);
    expect(r.status).toBe('blocked');
  });

  it('asks about warnings, then protects without a password and exports the workbook', async () => {
    const port = XlsxWorkbook.create();
    await generateSheets(port, { ...base, source: { kind: 'text', text: seedText() } });
    // Mend the seed's gap: number the items 1…14.
    const ws = port.workbook.getWorksheet('2027年工作计划')!;
    let n = 1;
    ws.getColumn(2).eachCell((cell, row) => {
      if (row > 3 && cell.value) cell.value = String(n++);
    });
    const ask = await shareYear(port, 2027);
    expect(ask.status).toBe('confirm');
    const r = await shareYear(port, 2027, { acceptWarnings: true });
    expect(r.status).toBe('done');
    if (!('xlsx' in r)) throw new Error('expected files');
    expect(r.pdf).toBeNull();
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(r.xlsx! as unknown as ExcelJS.Buffer);
    const plan = back.getWorksheet('2027年工作计划')!;
    const protection = (plan as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection.sheet).toBe(true);
    expect(protection.hashValue).toBeUndefined();
    expect(plan.getCell('E4').protection?.locked).toBe(false); // 责任人
    expect(plan.getCell('D4').protection?.locked).not.toBe(false); // 内容
  });
});

describe('validation settings', () => {
  const gapOff: ValidationSettings = { ...DEFAULT_SETTINGS, off: ['item-numbering'] };
  const rules = (r: ActionResult | ShareResult) => new Set(r.issues.map((i) => i.rule));

  it('apply to every action that validates: a rule turned off reports nothing', async () => {
    const port = XlsxWorkbook.create();
    const generated = await generateSheets(port, {
      ...base,
      source: { kind: 'text', text: seedText() },
      settings: gapOff,
    });
    expect(rules(generated).has('item-numbering')).toBe(false);
    expect(rules(await validateWorkbook(port)).has('item-numbering')).toBe(true);
    expect(rules(await validateWorkbook(port, undefined, gapOff)).has('item-numbering')).toBe(false);
    expect(rules(await formatSheets(port, 2027)).has('item-numbering')).toBe(true);
    expect(rules(await formatSheets(port, 2027, gapOff)).has('item-numbering')).toBe(false);
    const rolled = await rolloverSheets(port, 2027, gapOff);
    expect(rolled.status).toBe('done');
    expect(rules(rolled).has('item-numbering')).toBe(false);
    expect(rules(await rolloverSheets(port, 2027)).has('item-numbering')).toBe(true);
  });

  it('decide what blocks sharing: the seed gap blocks by default, not when its rule is off', async () => {
    const port = XlsxWorkbook.create();
    await generateSheets(port, { ...base, source: { kind: 'text', text: seedText() } });
    expect((await shareYear(port, 2027, { acceptWarnings: true })).status).toBe('blocked');
    const shared = await shareYear(port, 2027, { acceptWarnings: true, settings: gapOff });
    expect(shared.status).toBe('done');
    expect(rules(shared).has('item-numbering')).toBe(false);
  });

  it('set thresholds: fewer theme-day months expected turns their absence into a warning', async () => {
    const port = XlsxWorkbook.create();
    await generateSheets(port, { ...base, source: { kind: 'default' } });
    const sheet = port.workbook.getWorksheet('2027年主题党日')!;
    sheet.spliceRows(sheet.rowCount - 1, 1); // December's row goes
    const strict = await validateWorkbook(port, 2027);
    const months = (r: ActionResult) => r.issues.filter((i) => i.rule === 'months-complete');
    expect(months(strict).map((i) => i.severity)).toContain('error');
    const eleven = await validateWorkbook(port, 2027, { ...DEFAULT_SETTINGS, themeDayMonths: 11 });
    expect(months(eleven).every((i) => i.severity === 'warning')).toBe(true);
  });
});

describe('editableRanges', () => {
  it('covers the user columns from the first data row to the last', () => {
    const map = {
      kind: 'themeDays' as const,
      sheet: 's',
      titleRow: 1,
      textRows: [2],
      headerRow: 3,
      columns: { month: 1, date: 2, owner: 8, status: 9, note: 10 },
      rows: [4, 5, 15],
      sectionRows: [],
    };
    expect(editableRanges(map)).toEqual(['H4:H15', 'I4:I15', 'J4:J15']);
  });
});
