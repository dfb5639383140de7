/**
 * Scenarios of what users do to the sheets between two runs, each made with ExcelJS on a generated
 * file (saved and opened again, as a user's file is), then run through regenerate twice, format and
 * roll-over. Every edit ends kept, or reported, and regenerating twice gives the same workbook.
 */
import type * as ExcelJS from 'exceljs';
import { formatSheets, generateSheets, rolloverSheets, type ActionResult } from '../../src/app/actions';
import type { TemplateId } from '../../src/plan/templates/builtIn';
import { cellOf, textCell } from '../../src/sheets/map';
import { cellRef } from '../../src/sheets/spec';
import type { YearMaps } from '../../src/sheets/map';
import { BASE_SHEET } from '../../src/workbook/bases';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { readYearFrom } from '../../src/workbook/years';
import { xlsxParts } from '../helpers/xlsxParts';

const BRANCH = '市档案馆机关党支部';
const request = (template: TemplateId = 'office') => ({
  year: 2027,
  branch: BRANCH,
  rule: '每月第一个星期五',
  source: { kind: 'default' as const },
  template,
});

type Edit = (wb: ExcelJS.Workbook, maps: YearMaps) => void;

const sheet = (wb: ExcelJS.Workbook, name: string) => wb.getWorksheet(name)!;
const PLAN = '2027年工作计划';
const STUDY = '2027年学习计划';
const THEME = '2027年主题党日';

/** A generated 2027 with an edit made to it, as a file opened again. */
async function edited(edit: Edit, template?: TemplateId): Promise<XlsxWorkbook> {
  const port = XlsxWorkbook.create();
  expect((await generateSheets(port, request(template))).status).toBe('done');
  const { maps } = await readYearFrom(port, 2027);
  edit(port.workbook, maps);
  return XlsxWorkbook.fromBuffer(await port.toBuffer());
}

async function reopen(port: XlsxWorkbook): Promise<XlsxWorkbook> {
  return XlsxWorkbook.fromBuffer(await port.toBuffer());
}

/** Every visible sheet's values. */
async function values(port: XlsxWorkbook) {
  const names = await port.listSheets();
  return (await port.readSheets(names)).map((g) => [g.name, g.values]);
}

/** Regenerate twice (the second changes nothing), format, and roll over; the results of each. */
async function runAll(port: XlsxWorkbook, template?: TemplateId) {
  const first = await generateSheets(port, request(template));
  const once = await reopen(port);
  const afterFirst = await values(once);
  const second = await generateSheets(once, request(template));
  expect(await values(once)).toEqual(afterFirst);
  const formatted = await formatSheets(once, 2027);
  expect(await values(once)).toEqual(afterFirst);
  const rolled = await rolloverSheets(once, 2027);
  return { first, second, formatted, rolled, port: once };
}

function codes(r: ActionResult, code: string) {
  return r.issues.filter((i) => i.code === code);
}

describe('a user edit survives regenerating twice, formatting and rolling over', () => {
  it('text rewritten in template columns (内容, 活动主题, 学习形式) is kept, silently while the template says the same', async () => {
    const port = await edited((wb, maps) => {
      sheet(wb, PLAN).getCell(cellOf(maps.plan, 2, 'content')).value = '我们自己写的工作内容';
      sheet(wb, THEME).getCell(cellOf(maps.themeDays, 3, 'theme')).value = '到档案馆开展现场教学';
      sheet(wb, STUDY).getCell(cellOf(maps.study, 4, 'form')).value = '线上学习';
    });
    const { first, second, port: after } = await runAll(port);
    const { model } = await readYearFrom(after, 2027);
    expect(model.plan.sections.flatMap((s) => s.items)[2]!.content).toBe('我们自己写的工作内容');
    expect(model.themeDays.activities[3]!.theme).toBe('到档案馆开展现场教学');
    expect(model.study.months[4]!.form).toBe('线上学习');
    expect(first.status === 'done' && first.written).toEqual({ how: 'merged', kept: 3 });
    expect(codes(first, 'regenerate-merge/templateChanged')).toEqual([]);
    expect(codes(second, 'regenerate-merge/updated')).toEqual([]);
  });

  it('a rewritten cell stays when the template changes, with the template’s new words in a note at that cell', async () => {
    const port = await edited((wb, maps) => {
      // Item 12 is one the kinds word differently (their own fifth section).
      sheet(wb, PLAN).getCell(cellOf(maps.plan, 11, 'content')).value = '本支部的这一项安排';
    });
    // The same year made again from another kind's template: most template texts change.
    const first = await generateSheets(port, request('school'));
    const { model, maps } = await readYearFrom(port, 2027);
    expect(model.plan.sections.flatMap((s) => s.items)[11]!.content).toBe('本支部的这一项安排');
    const notes = codes(first, 'regenerate-merge/templateChanged');
    expect(notes.map((n) => [n.sheet, n.cell])).toEqual([[PLAN, cellOf(maps.plan, 11, 'content')]]);
    expect(String(notes[0]!.data.now)).not.toBe('');
    // Cells the user never touched follow the new template.
    const school = XlsxWorkbook.create();
    await generateSheets(school, request('school'));
    const fresh = (await readYearFrom(school, 2027)).model;
    expect(model.themeDays.activities.map((a) => a.content)).toEqual(
      fresh.themeDays.activities.map((a) => a.content),
    );
  });

  it('cells emptied (状态, 责任人, 学时) stay empty', async () => {
    const port = await edited((wb, maps) => {
      sheet(wb, PLAN).getCell(cellOf(maps.plan, 1, 'status')).value = null;
      sheet(wb, PLAN).getCell(cellOf(maps.plan, 1, 'owner')).value = null;
      sheet(wb, STUDY).getCell(cellOf(maps.study, 0, 'hours')).value = null;
    });
    const { port: after } = await runAll(port);
    const { model } = await readYearFrom(after, 2027);
    const item = model.plan.sections.flatMap((s) => s.items)[1]!;
    expect([item.status, item.owner]).toEqual(['', '']);
    expect(model.study.months[0]!.hours).toBeNull();
  });

  it('a row deleted stays deleted; a row added stays where it was typed', async () => {
    let removed = '';
    const port = await edited((wb, maps) => {
      const plan = sheet(wb, PLAN);
      const row = maps.plan.rows[3]!;
      removed = String(plan.getCell(row, maps.plan.columns.title!).value);
      // The user deletes the row's cells (a table row deleted in Excel leaves the rows below shifted;
      // clearing it is what ExcelJS can do without breaking the table).
      plan.spliceRows(row, 1);
      const theme = sheet(wb, THEME);
      theme.spliceRows(maps.themeDays.rows[11]!, 1);
      // An item typed under item 2 of section 一, numbered by the user.
      const at = maps.plan.rows[1]! + 1;
      plan.insertRow(at, []);
      const cols = maps.plan.columns;
      plan.getCell(at, cols.section!).value = plan.getCell(at - 1, cols.section!).value;
      plan.getCell(at, cols.number!).value = '2-1';
      plan.getCell(at, cols.title!).value = '档案数字化攻坚';
      plan.getCell(at, cols.content!).value = '支部党员带头完成馆藏档案数字化';
      plan.getCell(at, cols.owner!).value = '李四';
    });
    const { model: before } = await readYearFrom(port, 2027);
    expect(before.plan.sections.flatMap((s) => s.items).map((i) => i.title)).not.toContain(removed);
    const { first, port: after } = await runAll(port);
    const { model } = await readYearFrom(after, 2027);
    const titles = model.plan.sections.flatMap((s) => s.items).map((i) => i.title);
    expect(titles).not.toContain(removed);
    expect(titles.indexOf('档案数字化攻坚')).toBe(2);
    expect(model.themeDays.activities.map((a) => a.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    // What validation finds is what the edits made: the numbers around the typed item, December gone.
    expect(new Set(first.issues.filter((i) => i.severity === 'error').map((i) => i.rule))).toEqual(
      new Set(['item-numbering', 'months-complete']),
    );
  });

  it('the title and the preamble as the user wrote them, also when regenerating without a branch', async () => {
    const port = await edited((wb, maps) => {
      sheet(wb, PLAN).getCell(cellRef(maps.plan.titleRow, 1)).value = `${BRANCH}2027年度党建工作要点`;
      sheet(wb, PLAN).getCell(textCell(maps.plan, 0)).value = '今年我们着重抓好三件事。';
    });
    const r = await generateSheets(port, { ...request(), branch: '' });
    expect(r.status).toBe('done');
    const { model } = await readYearFrom(port, 2027);
    expect(model.plan.title).toBe(`${BRANCH}2027年度党建工作要点`);
    expect(model.plan.preamble[0]).toBe('今年我们着重抓好三件事。');
    // The other sheets' titles keep the branch too.
    expect(model.study.title.startsWith(BRANCH)).toBe(true);
  });

  it('a table sorted by 责任人 reads back as its sections and rolls over without errors', async () => {
    const port = await edited((wb, maps) => {
      const plan = sheet(wb, PLAN);
      const rows = maps.plan.rows;
      const width = Object.keys(maps.plan.columns).length;
      const cells = rows.map((r) => Array.from({ length: width }, (_, j) => plan.getCell(r, j + 1).value));
      // Sorted by 责任人 then 序号, as Excel's sort leaves it: sections interleaved.
      const owner = maps.plan.columns.owner! - 1;
      const sorted = [...cells].sort((a, b) => String(a[owner]).localeCompare(String(b[owner]), 'zh'));
      sorted.forEach((row, i) => row.forEach((v, j) => (plan.getCell(rows[i]!, j + 1).value = v)));
    });
    const rolled = await rolloverSheets(port, 2027);
    expect(rolled.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const { model } = await readYearFrom(port, 2028);
    const numerals = model.plan.sections.map((s) => s.numeral);
    expect(new Set(numerals).size).toBe(numerals.length);
  });

  it('a header the user renamed (责任人 → 负责人) stays renamed through regenerate, format and roll-over', async () => {
    const port = await edited((wb, maps) => {
      sheet(wb, PLAN).getCell(maps.plan.headerRow, maps.plan.columns.owner!).value = '负责人';
    });
    const { port: after } = await runAll(port);
    await formatSheets(after, 2027, undefined, { acceptLosses: true });
    for (const year of [2027, 2028]) {
      const { maps } = await readYearFrom(after, year);
      const name = `${year}年工作计划`;
      expect([
        year,
        after.workbook.getWorksheet(name)!.getCell(maps.plan.headerRow, maps.plan.columns.owner!).value,
      ]).toEqual([year, '负责人']);
    }
  });

  it('a 合计 left as a bare number (saved by a tool that dropped the totals function) is a sum again', async () => {
    let at = '';
    const port = await edited((wb, maps) => {
      const study = sheet(wb, STUDY);
      const row = maps.study.rows[maps.study.rows.length - 1]! + 1;
      at = study.getCell(row, maps.study.columns.hours!).address;
      study.getCell(at).value = 36;
      study.getCell(cellOf(maps.study, 0, 'hours')).value = 5;
    });
    expect((await generateSheets(port, request())).status).toBe('done');
    const cell = (await reopen(port)).workbook.getWorksheet(STUDY)!.getCell(at);
    expect(cell.formula).toMatch(/^SUBTOTAL\(109,/);
    expect(cell.result).toBe(38);
  });

  it('a plan sheet the user renamed (2027年工作计划(定稿)) stops a regenerate: no blank twin is made', async () => {
    const port = await edited((wb) => (sheet(wb, PLAN).name = '2027年工作计划(定稿)'));
    const before = await values(port);
    const r = await generateSheets(port, request());
    expect(r.status).toBe('blocked');
    expect(r.issues.map((i) => [i.code, i.sheet, i.severity])).toEqual([
      ['renamed-sheet/twin', '2027年工作计划(定稿)', 'error'],
    ]);
    expect(r.issues[0]!.message).toContain('改回“2027年工作计划”');
    expect(await values(port)).toEqual(before);
  });

  it('a workbook from before bases were kept merges as before, and says user wording could not be told apart', async () => {
    const port = await edited((wb) => {
      wb.removeWorksheet(wb.getWorksheet(BASE_SHEET)!.id);
    });
    const r = await generateSheets(port, request());
    const noBase = codes(r, 'regenerate-merge/noBase');
    expect(noBase.map((i) => [i.sheet, i.cell])).toEqual([
      [PLAN, 'A1'],
      [STUDY, 'A1'],
      [THEME, 'A1'],
    ]);
    // From then on the base is there.
    expect(codes(await generateSheets(port, request()), 'regenerate-merge/noBase')).toEqual([]);
  });

  it('the rolled-over year has its own base: edits in 2028 survive regenerating 2028', async () => {
    const port = await edited(() => undefined);
    await rolloverSheets(port, 2027);
    const { maps } = await readYearFrom(port, 2028);
    port.workbook.getWorksheet('2028年工作计划')!.getCell(cellOf(maps.plan, 0, 'content')).value =
      '新一年的改写';
    const again = await reopen(port);
    const r = await rolloverSheets(again, 2027);
    expect(codes(r, 'regenerate-merge/noBase')).toEqual([]);
    const { model } = await readYearFrom(again, 2028);
    expect(model.plan.sections[0]!.items[0]!.content).toBe('新一年的改写');
  });
});

/** A 1×1 transparent PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

describe('what users set on a sheet beside its values', () => {
  const DECORATIONS: [string, Edit, string, (wb: ExcelJS.Workbook, maps: YearMaps) => unknown][] = [
    [
      'a cell note',
      (wb, maps) => (sheet(wb, PLAN).getCell(cellOf(maps.plan, 0, 'note')).note = '请与办公室核对'),
      'rebuild-loses/note',
      (wb, maps) => sheet(wb, PLAN).getCell(cellOf(maps.plan, 0, 'note')).note,
    ],
    [
      'a hyperlink',
      (wb, maps) =>
        (sheet(wb, PLAN).getCell(cellOf(maps.plan, 1, 'note')).value = {
          text: '通知原文',
          hyperlink: 'https://example.org/notice',
        }),
      'rebuild-loses/link',
      (wb, maps) =>
        (sheet(wb, PLAN).getCell(cellOf(maps.plan, 1, 'note')).value as { hyperlink?: string }).hyperlink,
    ],
    [
      'a hand-set fill',
      (wb, maps) =>
        (sheet(wb, THEME).getCell(cellOf(maps.themeDays, 2, 'place')).fill = {
          type: 'pattern',
          pattern: 'solid',
          fgColor: { argb: 'FFFFFF00' },
        }),
      'rebuild-loses/fill',
      (wb, maps) =>
        (sheet(wb, THEME).getCell(cellOf(maps.themeDays, 2, 'place')).fill as { fgColor?: { argb?: string } })
          ?.fgColor?.argb,
    ],
    [
      'a merge in 备注',
      (wb, maps) =>
        sheet(wb, PLAN).mergeCells(`${cellOf(maps.plan, 4, 'note')}:${cellOf(maps.plan, 5, 'note')}`),
      'rebuild-loses/merge',
      (wb) => (sheet(wb, PLAN) as unknown as { model: { merges: string[] } }).model.merges.length,
    ],
    [
      'a formula in 学时',
      (wb, maps) =>
        (sheet(wb, STUDY).getCell(cellOf(maps.study, 3, 'hours')).value = { formula: '1+2', result: 3 }),
      'rebuild-loses/formula',
      (wb, maps) =>
        (sheet(wb, STUDY).getCell(cellOf(maps.study, 3, 'hours')).value as { formula?: string }).formula,
    ],
    [
      'an image',
      (wb) => {
        const id = wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: 'png' });
        sheet(wb, THEME).addImage(id, 'L2:M4');
      },
      'rebuild-loses/image',
      (wb) => sheet(wb, THEME).getImages().length,
    ],
  ];

  it.each(DECORATIONS)(
    '%s: kept by regenerating twice and rolling over; formatting says first it goes',
    async (_, edit, code, probe) => {
      const port = await edited(edit);
      const { maps } = await readYearFrom(port, 2027);
      const set = probe(port.workbook, maps);
      expect(set).toBeTruthy();
      for (let i = 0; i < 2; i++) {
        const r = await generateSheets(port, request());
        expect(r.status).toBe('done');
        const again = await reopen(port);
        expect(probe(again.workbook, maps)).toEqual(set);
      }
      const rolled = await rolloverSheets(port, 2027);
      expect(rolled.status).toBe('done');
      expect(probe(port.workbook, maps)).toEqual(set);
      const before = await port.toBuffer();
      const asked = await formatSheets(port, 2027);
      expect(asked.status).toBe('confirm');
      expect(asked.issues.map((i) => i.code)).toContain(code);
      // Nothing written until accepted.
      expect(await xlsxParts(await port.toBuffer())).toEqual(await xlsxParts(before));
      const done = await formatSheets(port, 2027, undefined, { acceptLosses: true });
      expect(done.status).toBe('done');
      expect(done.issues.map((i) => i.code)).toContain(code);
    },
  );

  it('a password on a plan sheet: kept by regenerating, said before formatting', async () => {
    const port = XlsxWorkbook.create();
    await generateSheets(port, request());
    await port.workbook.getWorksheet(PLAN)!.protect('mima', {});
    const again = await reopen(port);
    expect((await generateSheets(again, request())).status).toBe('done');
    const asked = await formatSheets(again, 2027);
    expect(asked.issues.map((i) => [i.code, i.sheet])).toContainEqual(['rebuild-loses/password', PLAN]);
  });

  it('a regenerate that must rebuild a sheet with a note asks first, then keeps every value', async () => {
    const port = await edited((wb, maps) => {
      sheet(wb, PLAN).getCell(cellOf(maps.plan, 0, 'note')).note = '注意';
      sheet(wb, PLAN).getCell(cellOf(maps.plan, 0, 'owner')).value = '赵六';
    });
    // A template with one preamble paragraph more: the plan's table moves down a row.
    const longer = {
      ...request(),
      source: { kind: 'text' as const, text: '2027年工作计划\n第一段。\n第二段。\n一、学习\n1. 学习党章。' },
    };
    const asked = await generateSheets(port, longer);
    expect(asked.status).toBe('confirm');
    expect(asked.issues.map((i) => [i.code, i.sheet])).toEqual([['rebuild-loses/note', PLAN]]);
    const done = await generateSheets(port, { ...longer, acceptLosses: true });
    expect(done.status).toBe('done');
    const { model } = await readYearFrom(port, 2027);
    expect(model.plan.sections.flatMap((s) => s.items).map((i) => i.owner)).toContain('赵六');
  });

  it('a freshly generated workbook holds nothing a rebuild would drop', async () => {
    const port = await edited(() => undefined);
    const r = await formatSheets(port, 2027);
    expect(r.status).toBe('done');
  });
});
