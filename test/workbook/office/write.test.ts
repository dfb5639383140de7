import * as ExcelJS from 'exceljs';
import { COLUMNS, DATE_FORMAT, MONTH_FORMAT } from '../../../src/sheets/columns';
import { sheetFonts } from '../../../src/sheets/fonts';
import { PAGE_FOOTER, PRINT_MARGINS } from '../../../src/sheets/print';
import { STATUS_FILLS, columnLetter, type CellValue, type SheetSpec } from '../../../src/sheets/spec';
import { OfficeWorkbook } from '../../../src/workbook/office/adapter';
import { columnPoints } from '../../../src/workbook/office/layout';
import { dateToSerial } from '../../../src/workbook/office/values';
import { conditionalFormatsOf, dataValidationsOf } from '../../../src/workbook/xlsx/internals';
import { writeSpec } from '../../../src/workbook/xlsx/write';
import { FakeExcel } from './fakeExcel';
import { formatAddress, type FakeSheet } from './fakeModel';
import { spec, tenfold, yearSpecs } from './year';

async function written(specs: SheetSpec[], excel = new FakeExcel()) {
  const wb = new OfficeWorkbook(excel.run);
  await wb.writeSheets(specs);
  return { excel, wb };
}

/** The sheets users see (not the very hidden backups): a write leaves no other trace. */
const visible = (excel: FakeExcel) =>
  excel.book.sheets.filter((s) => s.visibility !== 'VeryHidden').map((s) => s.name);
const names = visible;
/** The tables on those sheets. */
const seenTables = (excel: FakeExcel) =>
  excel.book.tables.filter((t) => t.sheet.visibility !== 'VeryHidden').map((t) => t.name);

describe('writeSheets: round trips', () => {
  it('writes the three sheets of a year in three syncs', async () => {
    const specs = yearSpecs();
    const { excel } = await written(specs);
    expect(excel.syncs).toBeLessThanOrEqual(3);
    expect(excel.roundTrips).toBe(3);
    expect(names(excel)).toEqual(['Sheet1', '2027年工作计划', '2027年学习计划', '2027年主题党日']);
    expect(excel.book.tables.map((t) => t.name)).toEqual(['Plan2027', 'Study2027', 'ThemeDay2027']);
  });

  it('takes as many syncs for ten times the rows: the count does not grow with the data', async () => {
    const small = await written(yearSpecs());
    const large = await written(tenfold(yearSpecs()));
    expect(large.excel.syncs).toBe(small.excel.syncs);
    expect(large.excel.roundTrips).toBe(small.excel.roundTrips);
    // The commands of the big batch grow with the data only through row heights (one per wrapped row).
    const rows = (specs: SheetSpec[]) => specs.reduce((n, s) => n + s.table.rows.length, 0);
    const extraRows = rows(tenfold(yearSpecs())) - rows(yearSpecs());
    expect(large.excel.opCounts[1]! - small.excel.opCounts[1]!).toBeLessThanOrEqual(extraRows);
    const plan = large.excel.sheet('2027年工作计划');
    expect(plan.tables[0]!.bounds.bottom).toBe(3 + spec(tenfold(yearSpecs()), '工作计划').table.rows.length);
  });

  it('writes an empty list of specs without touching Excel', async () => {
    const { excel } = await written([]);
    expect(excel.roundTrips).toBe(0);
  });
});

describe('writeSheets: what lands in the cells', () => {
  const specs = yearSpecs();
  let excel: FakeExcel;
  let study: FakeSheet;
  let plan: FakeSheet;
  let theme: FakeSheet;

  beforeAll(async () => {
    ({ excel } = await written(specs));
    study = excel.sheet('2027年学习计划');
    plan = excel.sheet('2027年工作计划');
    theme = excel.sheet('2027年主题党日');
  });

  it('merges the title and text rows across the table', () => {
    expect(study.merges.map(formatAddress)).toEqual(['A1:H1', 'A2:H2']);
    expect(theme.merges.map(formatAddress)).toEqual(['A1:J1', 'A2:J2']);
    expect(study.valueAt(1, 1)).toBe(spec(specs, '学习计划').title);
  });

  it('stores dates as Excel serial numbers in the date format', () => {
    const date = theme.peek(4, 2)!;
    expect(date.value).toBe(dateToSerial('2027-01-04'));
    expect(date.value).toBe(46391);
    expect(date.numberFormat).toBe(DATE_FORMAT);
    expect(study.peek(4, 5)!.numberFormat).toBe(DATE_FORMAT);
    expect(typeof study.peek(4, 5)!.value).toBe('number');
  });

  it('stores months and hours as numbers in their formats, 序号 as text', () => {
    expect(study.peek(4, 1)).toMatchObject({ value: 1, numberFormat: MONTH_FORMAT });
    expect(study.peek(4, 6)).toMatchObject({ value: 3, numberFormat: 'General' });
    expect(plan.peek(4, 2)).toMatchObject({ value: '1', numberFormat: '@', quotePrefix: false });
  });

  it('makes a real table with a totals row summing 学时', () => {
    const table = study.tables[0]!;
    expect(table).toMatchObject({
      name: 'Study2027',
      style: 'TableStyleLight1',
      showBandedRows: false,
      showFilterButton: false,
      showTotals: true,
      columns: COLUMNS.study.map((c) => c.header),
    });
    expect(formatAddress(table.bounds)).toBe('A3:H16');
    expect(study.valueAt(16, 1)).toBe('合计');
    expect(study.peek(16, 6)!.formula).toBe('=SUBTOTAL(109,[学时])');
    expect(study.valueAt(16, 6)).toBe(36);
    // Excel's own totals (a count in the last column) are cleared.
    expect(study.valueAt(16, 8)).toBe('');
    expect(study.peek(16, 1)!.font.bold).toBe(true);
    expect(plan.tables[0]!.showTotals).toBe(false);
  });

  it('sets column widths in points from the character widths', () => {
    COLUMNS.study.forEach((c, i) => expect(study.columnWidths.get(i + 1)).toBe(columnPoints(c.width)));
    expect(columnPoints(18)).toBe(94.5);
    expect(columnPoints(9)).toBe(47.25);
  });

  it('styles title, header and body cells', () => {
    const fonts = sheetFonts();
    expect(study.peek(1, 1)).toMatchObject({
      font: { name: fonts.title.name, size: 18, bold: true },
      horizontalAlignment: 'Center',
      verticalAlignment: 'Center',
      wrapText: true,
    });
    expect(study.peek(3, 3)).toMatchObject({
      font: { name: '黑体', bold: true },
      fill: '#E7E6E6',
      horizontalAlignment: 'Center',
    });
    const body = study.peek(5, 3)!;
    expect(body).toMatchObject({
      font: { name: fonts.body.name, size: 11, bold: false },
      horizontalAlignment: 'Left',
      verticalAlignment: 'Top',
      wrapText: true,
    });
    for (const side of ['top', 'bottom', 'left', 'right'] as const) {
      expect(body.borders[side]).toEqual({ style: 'Continuous', weight: 'Thin', color: '#000000' });
      expect(study.peek(3, 1)!.borders[side]).toBeDefined();
      expect(study.peek(16, 8)!.borders[side]).toBeDefined();
    }
    expect(study.peek(1, 1)!.borders).toEqual({});
    expect(study.peek(5, 1)!.horizontalAlignment).toBe('Center');
  });

  it('adds drop-down lists over each list column, strict for 状态', () => {
    const rules = study.validations.map((v) => [
      formatAddress(v.bounds),
      v.rule?.list?.source,
      v.errorAlert?.style,
    ]);
    expect(rules).toEqual([
      ['D4:D15', COLUMNS.study[3]!.list!.values.join(','), 'Warning'],
      ['H4:H15', '未开始,进行中,已完成,已取消', 'Stop'],
    ]);
    expect(study.validations.every((v) => v.rule?.list?.inCellDropDown && v.ignoreBlanks)).toBe(true);
    expect(plan.validations.map((v) => formatAddress(v.bounds))).toEqual(['G4:G17']);
  });

  it('colours each status by a cell value rule', () => {
    expect(theme.conditionalFormats.map((cf) => [formatAddress(cf.bounds), cf.rule, cf.fill])).toEqual(
      Object.entries(STATUS_FILLS).map(([status, rgb]) => [
        'I4:I15',
        { formula1: `="${status}"`, operator: 'EqualTo' },
        `#${rgb}`,
      ]),
    );
  });

  it('freezes nothing when the text above the header would fill the window', async () => {
    const study = spec(specs, '学习计划');
    const tall = { ...study, textRows: ['一'.repeat(300), '二'.repeat(300), '三'.repeat(300)] };
    const { excel } = await written([tall]);
    expect(excel.sheet(tall.name).frozenRows).toBe(0);
    expect(excel.sheet(tall.name).pageLayout.printTitleRows).toBe('5:5');
  });

  it('freezes the rows down to the header and sets up A4 landscape printing', () => {
    expect(study.frozenRows).toBe(3);
    expect(study.pageLayout).toEqual({
      orientation: 'Landscape',
      paperSize: 'A4',
      centerHorizontally: true,
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '3:3',
      margins: PRINT_MARGINS,
      centerFooter: PAGE_FOOTER,
    });
  });

  it('unlocks the user columns of the data rows only; the sheet stays unprotected', () => {
    COLUMNS.plan.forEach((c, j) =>
      expect([c.header, plan.peek(4, j + 1)!.locked]).toEqual([c.header, !c.user]),
    );
    expect(study.peek(16, 7)!.locked).toBe(true);
    expect(study.peek(3, 7)!.locked).toBe(true);
    expect(plan.protection.protected).toBe(false);
  });
});

describe('writeSheets: the same sheet as the ExcelJS writer', () => {
  const specs = yearSpecs();
  let excel: FakeExcel;
  beforeAll(async () => ({ excel } = await written(specs)));

  const align = { center: 'Center', left: 'Left', middle: 'Center', top: 'Top' } as Record<string, string>;

  it.each(specs.map((s) => [s.name, s] as const))('%s', (_, s) => {
    const ws = writeSpec(new ExcelJS.Workbook(), s);
    const sheet = excel.sheet(s.name);
    expect(sheet.merges.map(formatAddress).sort()).toEqual([...ws.model.merges].sort());
    const last = sheet.tables[0]!.bounds.bottom;
    for (let r = 1; r <= last; r++) {
      expect([r, sheet.rowHeights.get(r)]).toEqual([r, ws.getRow(r).height]);
      for (let c = 1; c <= s.table.columns.length; c++) {
        const cell = ws.getCell(r, c);
        const fake = sheet.peek(r, c);
        const at = `${columnLetter(c)}${r}`;
        if (r >= 3) {
          expect([at, fake?.numberFormat ?? 'General']).toEqual([at, cell.numFmt ?? 'General']);
          expect([at, fake?.locked]).toEqual([at, cell.protection?.locked !== false]);
        }
        if (cell.font)
          expect([at, fake?.font]).toEqual([
            at,
            { name: cell.font.name, size: cell.font.size, bold: cell.font.bold },
          ]);
        if (cell.alignment?.horizontal && cell.type !== ExcelJS.ValueType.Merge) {
          expect([at, fake?.horizontalAlignment]).toEqual([at, align[cell.alignment.horizontal]]);
          expect([at, fake?.verticalAlignment]).toEqual([at, align[cell.alignment.vertical!]]);
        }
      }
    }
    const validations = Object.keys(dataValidationsOf(ws).model).sort();
    expect(sheet.validations.map((v) => formatAddress(v.bounds)).sort()).toEqual(validations);
    const colours = conditionalFormatsOf(ws).flatMap((cf) => cf.rules.map(() => cf.ref));
    expect(sheet.conditionalFormats.map((cf) => formatAddress(cf.bounds))).toEqual(colours);
    expect(sheet.frozenRows).toBe(
      ws.views[0]!.state === 'frozen' ? (ws.views[0] as ExcelJS.WorksheetViewFrozen).ySplit : 0,
    );
    expect(sheet.pageLayout.printTitleRows).toBe(ws.pageSetup.printTitlesRow);
  });
});

describe('writeSheets: text stays text', () => {
  const tricky: CellValue[] = [
    '=SUM(A1)',
    '+宣传',
    '-培训',
    '@备注',
    "'引号",
    '2027-06-30',
    '1.5',
    'TRUE',
    '#N/A',
    '2027年6月',
    ' 12 ',
  ];

  function trickySpec(): SheetSpec {
    const base = spec(yearSpecs(), '工作计划');
    const rows = tricky.map((t, i): CellValue[] =>
      ['一、测试', t, t, t, '张三', t, '未开始', t].map((v, j) => (j === 1 ? String(i + 1) : v)),
    );
    return { ...base, title: '=SUM(A1)', textRows: ['-开头的前言'], table: { ...base.table, rows } };
  }

  it('writes = + - @ and value-like strings so that Excel keeps them as text', async () => {
    const { excel, wb } = await written([trickySpec()]);
    const sheet = excel.sheet('2027年工作计划');
    tricky.forEach((t, i) => {
      for (const col of [3, 4, 6, 8]) {
        const cell = sheet.peek(4 + i, col)!;
        expect([t, col, cell.formula, cell.value]).toEqual([t, col, undefined, t]);
      }
    });
    expect(sheet.peek(4, 3)!.quotePrefix).toBe(true);
    expect(sheet.peek(1, 1)).toMatchObject({ value: '=SUM(A1)', quotePrefix: true });
    expect(sheet.peek(2, 1)).toMatchObject({ value: '-开头的前言' });
    const [grid] = await wb.readSheets(['2027年工作计划']);
    expect(grid!.values[0]![0]).toBe('=SUM(A1)');
    expect(grid!.values.slice(3, 3 + tricky.length).map((r) => r[3])).toEqual(tricky);
  });

  it('leaves plain text without a quote prefix', async () => {
    const { excel } = await written(yearSpecs());
    const plan = excel.sheet('2027年工作计划');
    expect(plan.peek(4, 3)!.quotePrefix).toBe(false);
  });
});

describe('writeSheets: replacing sheets', () => {
  it('replaces a sheet in its place: same position, one table of that name, no leftovers', async () => {
    const specs = yearSpecs();
    const excel = new FakeExcel(['封面', '备注']);
    const { wb } = await written(specs, excel);
    excel.book.moveSheet(excel.sheet('备注'), 1);
    expect(names(excel)).toEqual(['封面', '备注', '2027年工作计划', '2027年学习计划', '2027年主题党日']);
    const study = spec(specs, '学习计划');
    const shorter = {
      ...study,
      title: '新标题',
      textRows: [],
      table: { ...study.table, rows: study.table.rows.slice(0, 3) },
    };
    await wb.writeSheets([shorter]);
    expect(names(excel)).toEqual(['封面', '备注', '2027年工作计划', '2027年学习计划', '2027年主题党日']);
    const sheet = excel.sheet('2027年学习计划');
    expect(sheet.tables.map((t) => [t.name, formatAddress(t.bounds)])).toEqual([['Study2027', 'A2:H6']]);
    expect(seenTables(excel).filter((t) => t.startsWith('Study'))).toHaveLength(1);
    expect(sheet.usedBounds(true)).toEqual({ top: 1, left: 1, bottom: 6, right: 8 });
    expect(sheet.merges.map(formatAddress)).toEqual(['A1:H1']);
    // All three at once, with another sheet between them.
    excel.book.moveSheet(excel.sheet('封面'), 3);
    const order = names(excel);
    await wb.writeSheets([...specs].reverse());
    expect(names(excel)).toEqual(order);
    expect(excel.sheet('2027年学习计划').valueAt(1, 1)).toBe(study.title);
  });

  it('moves another sheet’s table out of the way of the name being written', async () => {
    const specs = yearSpecs();
    const excel = new FakeExcel();
    const wb = new OfficeWorkbook(excel.run);
    await wb.writeSheets([{ ...spec(specs, '工作计划'), name: '旧计划' }]);
    await wb.writeSheets(specs);
    expect(excel.sheet('旧计划').tables[0]!.name).toBe('Plan2027_2');
    expect(excel.sheet('2027年工作计划').tables[0]!.name).toBe('Plan2027');
  });

  it('rejects names Excel rejects before anything is written', async () => {
    const base = spec(yearSpecs(), '工作计划');
    const excel = new FakeExcel();
    const wb = new OfficeWorkbook(excel.run);
    for (const bad of [
      { ...base, name: '计划[2027]' },
      { ...base, name: `2027年${'很'.repeat(27)}长` },
      { ...base, table: { ...base.table, name: 'A1' } },
      { ...base, table: { ...base.table, name: '2027计划' } },
    ]) {
      await expect(wb.writeSheets([bad])).rejects.toThrow(/does not allow/);
    }
    expect(names(excel)).toEqual(['Sheet1']);
    expect(excel.roundTrips).toBe(4);
  });
});

describe('writeSheets: a failure leaves the old sheets as they were', () => {
  async function setup() {
    const specs = yearSpecs();
    const excel = new FakeExcel();
    const wb = new OfficeWorkbook(excel.run);
    await wb.writeSheets(specs);
    const before = specs.map((s) => excel.snapshot(s.name));
    const changed = specs.map((s) => ({ ...s, title: `${s.title}（修订）`, textRows: [] }));
    return { specs, excel, wb, before, changed };
  }

  it('whichever command of the second sync fails', async () => {
    const probe = await setup();
    const roundTrips = probe.excel.roundTrips;
    await probe.wb.writeSheets(probe.changed);
    // The names, the backups, then the build.
    const ops = probe.excel.opCounts[roundTrips + 2]!;
    for (const afterOps of [0, 1, 2, 3, 4, 50, Math.floor(ops / 2), ops - 1, ops]) {
      const { excel, wb, before, specs, changed } = await setup();
      excel.failOnSync(3, afterOps);
      await expect(wb.writeSheets(changed)).rejects.toThrow(/Injected failure/);
      expect([afterOps, names(excel)]).toEqual([afterOps, ['Sheet1', ...specs.map((s) => s.name)]]);
      expect(specs.map((s) => excel.snapshot(s.name))).toEqual(before);
      expect(seenTables(excel)).toEqual(['Plan2027', 'Study2027', 'ThemeDay2027']);
    }
  });

  it('when a spec cannot be queued (a comma in a drop-down value), before anything is sent', async () => {
    const { excel, wb, before, specs } = await setup();
    const trips = excel.roundTrips;
    const bad = spec(specs, '工作计划');
    const columns = bad.table.columns.map((c) =>
      c.list ? { ...c, list: { values: ['甲,乙'], strict: true } } : c,
    );
    await expect(wb.writeSheets([{ ...bad, title: '新', table: { ...bad.table, columns } }])).rejects.toThrow(
      /comma/,
    );
    // The names, and the backups: the build is never sent.
    expect(excel.roundTrips).toBe(trips + 2);
    expect(specs.map((s) => excel.snapshot(s.name))).toEqual(before);
  });
});

describe('updateSheets', () => {
  const names = (specs: SheetSpec[]) => specs.map((s) => s.name);

  it('reads and writes a new year in three syncs: the read shares the write’s first', async () => {
    const specs = yearSpecs();
    const excel = new FakeExcel();
    const wb = new OfficeWorkbook(excel.run);
    const read = await wb.updateSheets(names(specs), (grids) => ({ specs, result: grids.length }));
    expect(read).toBe(0);
    expect(excel.syncs).toBe(3);
    expect(excel.roundTrips).toBe(3);
    expect(excel.book.sheets.map((s) => s.name)).toEqual(['Sheet1', ...names(specs)]);
  });

  it('rewrites a year in five syncs (the tables’ ranges are read first, then the backups), for any number of rows', async () => {
    for (const specs of [yearSpecs(), tenfold(yearSpecs())]) {
      const excel = new FakeExcel();
      const wb = new OfficeWorkbook(excel.run);
      await wb.writeSheets(specs);
      const before = excel.syncs;
      const tables = await wb.updateSheets(names(specs), (grids) => ({
        specs,
        result: grids.map((g) => g.tables.map((t) => t.name)),
      }));
      expect(tables).toEqual([['Plan2027'], ['Study2027'], ['ThemeDay2027']]);
      expect(excel.syncs - before).toBe(5);
    }
  });

  it('leaves the old sheets as they were when building the new ones fails', async () => {
    const specs = yearSpecs();
    const excel = new FakeExcel();
    const wb = new OfficeWorkbook(excel.run);
    await wb.writeSheets(specs);
    const before = specs.map((s) => excel.snapshot(s.name));
    excel.failOnSync(4, 10); // read, tables' ranges, backups, then the build
    const changed = specs.map((s) => ({ ...s, title: `${s.title}（修订）` }));
    await expect(wb.updateSheets(names(specs), () => ({ specs: changed, result: null }))).rejects.toThrow(
      /Injected failure/,
    );
    expect(visible(excel)).toEqual(['Sheet1', ...names(specs)]);
    expect(specs.map((s) => excel.snapshot(s.name))).toEqual(before);
  });
});

describe('protectSheets and selectCell', () => {
  it('protects without a password, user columns editable, in one sync', async () => {
    const specs = yearSpecs();
    const { excel, wb } = await written(specs);
    const trips = excel.roundTrips;
    await wb.protectSheets([{ sheet: '2027年工作计划', editable: ['E4:H17', 'B2'] }]);
    expect(excel.roundTrips - trips).toBe(1);
    const plan = excel.sheet('2027年工作计划');
    expect(plan.protection).toEqual({
      protected: true,
      options: {
        allowFormatColumns: true,
        allowFormatRows: true,
        allowSort: true,
        allowAutoFilter: true,
        selectionMode: 'Normal',
      },
    });
    expect(plan.protection.password).toBeUndefined();
    expect(plan.peek(10, 5)!.locked).toBe(false);
    expect(plan.peek(2, 2)!.locked).toBe(false);
    expect(plan.peek(10, 4)!.locked).toBe(true);
    // Protecting again works (Excel refuses to protect a protected sheet: the adapter opens it first).
    await wb.protectSheets([{ sheet: '2027年工作计划', editable: ['E4:E17'] }]);
    expect(plan.protection.protected).toBe(true);
  });

  it('fails on a sheet someone protected with a password', async () => {
    const { excel, wb } = await written(yearSpecs());
    excel.sheet('2027年工作计划').protection = { protected: true, password: 'secret' };
    await expect(wb.protectSheets([{ sheet: '2027年工作计划', editable: ['E4'] }])).rejects.toThrow(
      /password/,
    );
  });

  it('activates the sheet and selects the cell in one sync', async () => {
    const { excel, wb } = await written(yearSpecs());
    const trips = excel.roundTrips;
    await wb.selectCell('2027年学习计划', 'E7');
    expect(excel.roundTrips - trips).toBe(1);
    expect(excel.book.active?.name).toBe('2027年学习计划');
    expect(excel.sheet('2027年学习计划').selection).toBe('E7');
  });
});
