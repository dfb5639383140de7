import * as ExcelJS from 'exceljs';
import { COLUMNS, DATE_FORMAT, MONTH_FORMAT } from '../../src/sheets/columns';
import { sheetFonts } from '../../src/sheets/fonts';
import { estimateLines } from '../../src/sheets/rowHeights';
import { STATUS_FILLS, type CellValue, type SheetSpec } from '../../src/sheets/spec';
import { XlsxReadError, XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { readGrid } from '../../src/workbook/xlsx/read';
import { repairTables } from '../../src/workbook/xlsx/repair';
import { conditionalFormatsOf, dataValidationsOf, tablesOf } from '../../src/workbook/xlsx/internals';
import { writeSpec } from '../../src/workbook/xlsx/write';
import { specToGrid } from '../helpers/grid';
import { readZip, writeZip } from './zip';

const STATUSES = ['未开始', '进行中', '已完成', '已取消'];
const LONG = '学习习近平新时代中国特色社会主义思想，深入学习宣传贯彻党的二十大精神。';

function studySpec(): SheetSpec {
  const rows: CellValue[][] = Array.from({ length: 12 }, (_, i) => [
    i + 1,
    `第${i + 1}月主题`,
    LONG.repeat((i % 3) + 1),
    i % 2 ? '专题研讨' : '集中学习',
    i === 11 ? '' : { date: `2027-${String(i + 1).padStart(2, '0')}-08` },
    i % 2 ? 2 : 1.5,
    i % 3 ? '张三' : '',
    STATUSES[i % 4]!,
  ]);
  return {
    name: '2027年学习计划',
    title: 'XX党支部2027年学习计划',
    textRows: [
      '学习要求：坚持集中学习与个人自学相结合，每月至少组织一次集中学习。',
      '每名党员全年学习不少于32学时。',
    ],
    table: {
      name: 'Study2027',
      columns: COLUMNS.study,
      rows,
      totals: { label: '合计', sumFields: ['hours'] },
    },
    fonts: sheetFonts(),
  };
}

function planSpec(): SheetSpec {
  return {
    name: '2027年工作计划',
    title: 'XX党支部2027年工作计划',
    textRows: [`2027年，党支部${LONG.repeat(3)}`],
    table: {
      name: 'Plan2027',
      columns: COLUMNS.plan,
      rows: [
        ['一、理论学习', '1', '加强理论学习', '=1+1', '李四', { date: '2027-06-30' }, '进行中', null],
        ['一、理论学习', '１３', '+宣传', '-培训', null, '全年', '已完成', '@备注'],
      ],
    },
    fonts: sheetFonts('official'),
  };
}

async function written(...specs: SheetSpec[]): Promise<Uint8Array> {
  const wb = XlsxWorkbook.create();
  await wb.writeSheets(specs);
  return wb.toBuffer();
}

async function reload(buf: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(buf) as unknown as ExcelJS.Buffer);
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

describe('writeSpec, read back by a fresh ExcelJS workbook', () => {
  let wb: ExcelJS.Workbook;
  let study: ExcelJS.Worksheet;
  let plan: ExcelJS.Worksheet;
  let buf: Uint8Array;

  beforeAll(async () => {
    buf = await written(planSpec(), studySpec());
    wb = await reload(buf);
    study = sheet(wb, '2027年学习计划');
    plan = sheet(wb, '2027年工作计划');
  });

  it('keeps the sheets in the order written', () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['2027年工作计划', '2027年学习计划']);
  });

  it('merges the title and each text row across the table', () => {
    expect(study.model.merges.sort()).toEqual(['A1:H1', 'A2:H2', 'A3:H3']);
    expect(plan.model.merges.sort()).toEqual(['A1:H1', 'A2:H2']);
    const title = study.getCell('A1');
    expect(title.value).toBe('XX党支部2027年学习计划');
    expect(title.font).toMatchObject({ name: '宋体', size: 18, bold: true, charset: 134 });
    expect(title.alignment).toMatchObject({ horizontal: 'center', vertical: 'middle' });
    expect(study.getRow(1).height).toBeGreaterThan(25);
    const text = study.getCell('A2');
    expect(text.value).toBe(studySpec().textRows[0]);
    expect(text.alignment).toMatchObject({ horizontal: 'left', vertical: 'top', wrapText: true });
    expect(text.font).toMatchObject({ name: '仿宋', size: 12, charset: 134 });
  });

  it('gives a long merged text row more height than a short one', () => {
    // 116 characters, nearly all CJK, at 12 pt across 155 units: two lines.
    expect(estimateLines(planSpec().textRows[0]!, 12, 155)).toBe(2);
    expect(plan.getRow(2).height).toBeGreaterThan(study.getRow(3).height * 1.5);
  });

  it('writes a real Excel table under the text rows, totals included', () => {
    const tables = Object.values(tablesOf(study)).map((t) => t.model);
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({
      name: 'Study2027',
      tableRef: 'A4:H17',
      headerRow: true,
      totalsRow: true,
    });
    expect(Object.values(tablesOf(plan)).map((t) => [t.model.name, t.model.tableRef])).toEqual([
      ['Plan2027', 'A3:H5'],
    ]);
    expect(study.getRow(4).values).toEqual([undefined, ...COLUMNS.study.map((c) => c.header)]);
  });

  it('styles the header and body cells', () => {
    const header = study.getCell('C4');
    expect(header.font).toMatchObject({ name: '黑体', bold: true, charset: 134 });
    expect(header.fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(header.border.bottom).toMatchObject({ style: 'thin', color: { argb: 'FF000000' } });
    const body = study.getCell('C6');
    expect(body.font).toMatchObject({ name: '仿宋', size: 11, charset: 134 });
    expect(body.border).toMatchObject({
      top: { style: 'thin' },
      left: { style: 'thin' },
      right: { style: 'thin' },
    });
    expect(body.alignment).toMatchObject({ vertical: 'top', wrapText: true, horizontal: 'left' });
    expect(study.getCell('A6').alignment).toMatchObject({ horizontal: 'center' });
    expect(study.getCell('H6').alignment).toMatchObject({ horizontal: 'center' });
  });

  it('sets each column width from its ColumnSpec', () => {
    COLUMNS.study.forEach((c, i) => expect(study.getColumn(i + 1).width).toBeCloseTo(c.width, 3));
    // 状态 is 9 wide, the width ExcelJS takes for its default and would leave out of the file.
    COLUMNS.plan.forEach((c, i) => expect(plan.getColumn(i + 1).width).toBeCloseTo(c.width, 3));
  });

  it('gives wrapped data rows a height by their longest cell', () => {
    expect(study.getRow(7).height).toBeGreaterThan(study.getRow(6).height);
    expect(study.getRow(6).height).toBeGreaterThan(study.getRow(5).height);
  });

  it('writes dates as real dates, months and hours as numbers, each with its format', () => {
    const date = study.getCell('E5');
    expect(date.value).toEqual(new Date(Date.UTC(2027, 0, 8)));
    expect(date.numFmt).toBe(DATE_FORMAT);
    expect(study.getCell('A5').value).toBe(1);
    expect(study.getCell('A5').numFmt).toBe(MONTH_FORMAT);
    expect(study.getCell('F6').value).toBe(2);
    expect(study.getCell('F6').numFmt ?? 'General').toBe('General');
    expect(plan.getCell('F4').value).toEqual(new Date(Date.UTC(2027, 5, 30)));
  });

  it('writes free text in a date column as text', () => {
    expect(plan.getCell('F5').value).toBe('全年');
    expect(plan.getCell('F5').type).toBe(ExcelJS.ValueType.String);
  });

  it('never turns text starting with = + - @ into a formula', () => {
    for (const [addr, text] of [
      ['D4', '=1+1'],
      ['C5', '+宣传'],
      ['D5', '-培训'],
      ['H5', '@备注'],
    ] as const) {
      const cell = plan.getCell(addr);
      expect(cell.value).toBe(text);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
    }
    const xml = readZip(buf).get('xl/worksheets/sheet1.xml')!.toString();
    expect(xml).toMatch(/<c r="D4"[^>]* t="s"><v>\d+<\/v><\/c>/);
    expect(xml).not.toContain('<f>1+1</f>');
  });

  it('keeps 序号 as text, full-width digits included', () => {
    expect(plan.getCell('B4').value).toBe('1');
    expect(plan.getCell('B5').value).toBe('１３');
    expect(plan.getCell('B5').numFmt).toBe('@');
  });

  it('writes the totals row: the label, and a SUM of the hours with its value', () => {
    expect(study.getCell('A17').value).toBe('合计');
    const sum = study.getCell('F17').value as ExcelJS.CellFormulaValue;
    expect(sum.formula).toBe('SUBTOTAL(109,Study2027[学时])');
    expect(sum.result).toBe(21);
    expect(study.getCell('F17').font).toMatchObject({ bold: true });
  });

  it('freezes the panes below the header row', () => {
    expect(study.views[0]).toMatchObject({ state: 'frozen', ySplit: 4, topLeftCell: 'A5' });
    expect(plan.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
  });

  it('freezes nothing when the text above the header would fill the window, the header still printed', async () => {
    const tall = { ...studySpec(), textRows: ['一'.repeat(300), '二'.repeat(300), '三'.repeat(300)] };
    const ws = sheet(await reload(await written(tall)), tall.name);
    expect(ws.views[0]).toMatchObject({ state: 'normal' });
    expect(ws.pageSetup.printTitlesRow).toBe('5:5');
  });

  it('prints on A4 landscape, one page wide, the header on every page, page numbers below', () => {
    expect(study.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '4:4',
      horizontalCentered: true,
      margins: { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75 },
    });
    expect(plan.pageSetup.printTitlesRow).toBe('3:3');
    expect(study.headerFooter.oddFooter).toBe('&C— &P —');
  });

  it('adds drop-down lists over the whole data range, strict for 状态', () => {
    const model = dataValidationsOf(study).model;
    const status = '"未开始,进行中,已完成,已取消"';
    for (let r = 5; r <= 16; r++) {
      expect(model[`H${r}`]).toMatchObject({
        type: 'list',
        formulae: [status],
        errorStyle: 'stop',
        showErrorMessage: true,
      });
      expect(model[`D${r}`]).toMatchObject({ type: 'list', errorStyle: 'warning' });
      expect(model[`D${r}`]!.formulae[0]).toBe(`"${COLUMNS.study[3]!.list!.values.join(',')}"`);
    }
    expect(Object.keys(model).filter((a) => /^[DH](4|17)$/.test(a))).toEqual([]);
    // One range per column in the file: cell-by-cell validations past row 9 overlap.
    const xml = readZip(buf).get('xl/worksheets/sheet2.xml')!.toString();
    expect([...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'D5:D16',
      'H5:H16',
    ]);
  });

  it('colours 状态 by value with conditional formats', () => {
    const cfs = conditionalFormatsOf(study);
    expect(cfs.map((cf) => cf.ref)).toEqual(['H5:H16']);
    const rules = cfs[0]!.rules as ExcelJS.CellIsRuleType[];
    expect(rules.map((r) => [r.type, r.operator, r.formulae?.[0]])).toEqual(
      Object.keys(STATUS_FILLS).map((s) => ['cellIs', 'equal', `"${s}"`]),
    );
    const fills = rules.map((r) => (r.style?.fill as ExcelJS.FillPattern).bgColor?.argb);
    expect(fills).toEqual(Object.values(STATUS_FILLS).map((rgb) => `FF${rgb}`));
    expect(new Set(rules.map((r) => r.priority)).size).toBe(rules.length);
  });

  it('unlocks the user columns for a later sheet protection, and only them', () => {
    expect(study.getCell('G5').protection).toMatchObject({ locked: false });
    expect(study.getCell('H16').protection).toMatchObject({ locked: false });
    expect(study.getCell('C5').protection?.locked).not.toBe(false);
    expect(plan.getCell('E4').protection).toMatchObject({ locked: false });
    expect(plan.getCell('D4').protection?.locked).not.toBe(false);
    expect((study as unknown as { sheetProtection: unknown }).sheetProtection ?? null).toBeNull();
  });
});

describe('readGrid', () => {
  it('returns what was written: dates as {date}, merged cells in their top-left cell only', async () => {
    const spec = studySpec();
    const xlsx = await XlsxWorkbook.fromBuffer(await written(spec));
    const [grid] = await xlsx.readSheets([spec.name]);
    expect(grid!.name).toBe(spec.name);
    expect(grid!.tables).toEqual([{ name: 'Study2027', range: 'A4:H17' }]);
    expect(grid!.values[0]).toEqual([spec.title]);
    expect(grid!.values[1]).toEqual([spec.textRows[0]]);
    expect(grid!.values[3]).toEqual(COLUMNS.study.map((c) => c.header));
    expect(grid!.values[4]).toEqual([
      1,
      '第1月主题',
      LONG,
      '集中学习',
      { date: '2027-01-08' },
      1.5,
      '',
      '未开始',
    ]);
    expect(grid!.values.slice(4, 16)).toEqual(spec.table.rows);
    expect(grid!.values[16]).toEqual(['合计', null, null, null, null, 21]);
    expect(grid!.values).toHaveLength(17);
  });

  it('agrees with the core tests’ specToGrid, up to trimmed trailing nulls and computed totals', async () => {
    const trim = (row: CellValue[]) => {
      const r = [...row];
      while (r.length && r[r.length - 1] === null) r.pop();
      return r;
    };
    for (const spec of [planSpec(), studySpec()]) {
      const [grid] = await (await XlsxWorkbook.fromBuffer(await written(spec))).readSheets([spec.name]);
      const expected = specToGrid(spec);
      const last = expected.values.length - 1;
      const got = grid!.values.map((row, i) => (spec.table.totals && i === last ? row.slice(0, 1) : row));
      expect(got).toEqual(expected.values.map(trim));
      expect(grid!.tables).toEqual(expected.tables);
    }
  });

  it('reads the sheet just written, before any save, the same way', () => {
    const wb = new ExcelJS.Workbook();
    const ws = writeSpec(wb, planSpec());
    const grid = readGrid(ws);
    expect(grid.values[0]).toEqual(['XX党支部2027年工作计划']);
    expect(grid.values[3]).toEqual([
      '一、理论学习',
      '1',
      '加强理论学习',
      '=1+1',
      '李四',
      { date: '2027-06-30' },
      '进行中',
    ]);
    expect(grid.tables).toEqual([{ name: 'Plan2027', range: 'A3:H5' }]);
  });

  it('turns rich text, formulas, hyperlinks, booleans and errors into plain values', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('x');
    ws.getCell('A1').value = { richText: [{ text: '学习' }, { text: '计划', font: { bold: true } }] };
    ws.getCell('B1').value = { formula: 'A2*2', result: 4 };
    ws.getCell('C1').value = { formula: 'NOW()' } as ExcelJS.CellFormulaValue;
    ws.getCell('D1').value = { text: '链接', hyperlink: 'https://example.org' };
    ws.getCell('E1').value = true;
    ws.getCell('F1').value = { error: '#N/A' };
    ws.getCell('G1').value = new Date(Date.UTC(2027, 11, 31));
    ws.getCell('A3').value = 'x';
    expect(readGrid(ws).values).toEqual([
      ['学习计划', 4, null, '链接', true, null, { date: '2027-12-31' }],
      [],
      ['x'],
    ]);
  });
});

describe('XlsxWorkbook', () => {
  it('writes an empty table with one empty row, read back as no data', async () => {
    const spec = { ...planSpec(), table: { ...planSpec().table, rows: [] } };
    const xlsx = await XlsxWorkbook.fromBuffer(await written(spec));
    const [grid] = await xlsx.readSheets([spec.name]);
    expect(grid!.tables).toEqual([{ name: 'Plan2027', range: 'A3:H4' }]);
    expect(grid!.values.slice(3).every((row) => row.every((v) => v === null))).toBe(true);
    expect(dataValidationsOf(sheet(xlsx.workbook, spec.name)).model['G4:G4']).toMatchObject({ type: 'list' });
  });

  it('replaces a sheet of the same name in its place, leaving one table of that name', async () => {
    const xlsx = XlsxWorkbook.create();
    const study = studySpec();
    await xlsx.writeSheets([
      planSpec(),
      study,
      { ...planSpec(), name: '其他', table: { ...planSpec().table, name: 'Other' } },
    ]);
    await xlsx.writeSheets([{ ...study, title: '新标题', textRows: [] }]);
    expect(await xlsx.listSheets()).toEqual(['2027年工作计划', '2027年学习计划', '其他']);
    const reloaded = await XlsxWorkbook.fromBuffer(await xlsx.toBuffer());
    expect(await reloaded.listSheets()).toEqual(['2027年工作计划', '2027年学习计划', '其他']);
    const [grid] = await reloaded.readSheets(['2027年学习计划']);
    expect(grid!.values[0]).toEqual(['新标题']);
    expect(grid!.tables).toEqual([{ name: 'Study2027', range: 'A2:H15' }]);
    const ws = sheet(reloaded.workbook, '2027年学习计划');
    expect(ws.model.merges).toEqual(['A1:H1']);
    expect(ws.views[0]).toMatchObject({ ySplit: 2 });
  });

  it('leaves the old sheet as it was when writing its replacement fails', async () => {
    const xlsx = XlsxWorkbook.create();
    await xlsx.writeSheets([planSpec(), studySpec()]);
    const bad = planSpec();
    const columns = bad.table.columns.map((c) =>
      c.list ? { ...c, list: { values: ['甲,乙'], strict: true } } : c,
    );
    await expect(
      xlsx.writeSheets([{ ...bad, title: '新', table: { ...bad.table, columns } }]),
    ).rejects.toThrow(/comma/);
    expect(await xlsx.listSheets()).toEqual(['2027年工作计划', '2027年学习计划']);
    const [grid] = await xlsx.readSheets(['2027年工作计划']);
    expect(grid!.values[0]).toEqual(['XX党支部2027年工作计划']);
  });

  it('renames another sheet’s table that holds the name being written', async () => {
    const xlsx = XlsxWorkbook.create();
    await xlsx.writeSheets([{ ...planSpec(), name: '旧计划' }]);
    await xlsx.writeSheets([planSpec()]);
    const grids = await (
      await XlsxWorkbook.fromBuffer(await xlsx.toBuffer())
    ).readSheets(['旧计划', '2027年工作计划']);
    expect(grids.map((g) => g.tables.map((t) => t.name))).toEqual([['Plan2027_2'], ['Plan2027']]);
  });

  it('leaves out missing sheets when reading', async () => {
    const xlsx = await XlsxWorkbook.fromBuffer(await written(planSpec()));
    expect((await xlsx.readSheets(['没有', '2027年工作计划'])).map((g) => g.name)).toEqual([
      '2027年工作计划',
    ]);
  });

  it('writes back a loaded sheet it did not touch without overlapping validations', async () => {
    const xlsx = await XlsxWorkbook.fromBuffer(await written(studySpec()));
    await xlsx.writeSheets([planSpec()]);
    const files = readZip(await xlsx.toBuffer());
    const sheets = [...files.keys()].filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    const sqrefs = sheets.flatMap((n) =>
      [
        ...files
          .get(n)!
          .toString()
          .matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g),
      ].map((m) => m[1]),
    );
    expect(sqrefs.sort()).toEqual(['D5:D16', 'G4:G5', 'H5:H16']);
  });

  it('restores the header row and style of tables saved by Excel or LibreOffice', async () => {
    // Excel omits headerRowCount="1" and LibreOffice writes no tableStyleInfo: ExcelJS then loads the
    // table without a header row and without a style, and cannot write it back.
    const files = readZip(await written(studySpec()));
    for (const [name, content] of files) {
      if (name.startsWith('xl/tables/')) {
        files.set(
          name,
          Buffer.from(
            content
              .toString()
              .replace(' headerRowCount="1"', '')
              .replace(/<tableStyleInfo[^>]*\/>/, ''),
          ),
        );
      }
    }
    const plain = new ExcelJS.Workbook();
    await plain.xlsx.load(writeZip(files) as unknown as ExcelJS.Buffer);
    expect(Object.values(tablesOf(plain.worksheets[0]!))[0]!.model).toMatchObject({
      headerRow: false,
      style: null,
    });

    const xlsx = await XlsxWorkbook.fromBuffer(writeZip(files));
    const table = Object.values(tablesOf(xlsx.workbook.worksheets[0]!))[0]!.model;
    expect(table.headerRow).toBe(true);
    expect(table.style).toBeTruthy();
    const xml = readZip(await xlsx.toBuffer())
      .get('xl/tables/table1.xml')!
      .toString();
    expect(xml).toContain('headerRowCount="1"');
  });

  it('leaves a table without a header row as it is', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('x');
    ws.addTable({ name: 'T', ref: 'A1', headerRow: false, columns: [{ name: '甲' }], rows: [['乙']] });
    repairTables(ws);
    expect(ws.getTable('T').headerRow).toBe(false);
  });

  describe('fromBuffer refuses what is not an .xlsx file', () => {
    const message = '无法读取工作簿：不是有效的 .xlsx 文件 (not a valid .xlsx file)';
    const cases: [string, Uint8Array | ArrayBuffer][] = [
      ['an empty buffer', new Uint8Array(0)],
      ['random bytes', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)],
      ['a text file', Buffer.from('部分,序号,标题\n一,1,学习\n')],
      ['a zip without a workbook', writeZip(new Map([['hello.txt', 'hello']]))],
      ['an empty ArrayBuffer', new ArrayBuffer(0)],
    ];
    it.each(cases)('%s', async (_, input) => {
      const read = XlsxWorkbook.fromBuffer(input);
      await expect(read).rejects.toThrow(XlsxReadError);
      await expect(read).rejects.toThrow(message);
    });
  });

  it('loads its own output from an ArrayBuffer too', async () => {
    const buf = await written(planSpec());
    const copy = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
    expect(await (await XlsxWorkbook.fromBuffer(copy)).listSheets()).toEqual(['2027年工作计划']);
  });
});

describe('text the .xlsx format cannot hold as it is', () => {
  it('keeps control characters and literal _xHHHH_ text through a write and a read', async () => {
    const texts = ['响铃\u0007符', '换页\u000c与\u0001', '字面的_x0041_不是A', '制表\t换行\n都在', '=1+1'];
    const spec = {
      name: 'S',
      title: '标题\u0002',
      textRows: ['说明_x0042_\u001f'],
      table: {
        name: 'T',
        columns: [{ field: 'a', header: 'A', width: 10, kind: 'text' as const, user: false }],
        rows: texts.map((t) => [t]),
      },
      fonts: sheetFonts(),
    };
    const wb = XlsxWorkbook.create();
    await wb.writeSheets([spec]);
    const back = await XlsxWorkbook.fromBuffer(await wb.toBuffer());
    const [grid] = await back.readSheets(['S']);
    expect(grid!.values[0]![0]).toBe('标题\u0002');
    expect(grid!.values[1]![0]).toBe('说明_x0042_\u001f');
    expect(grid!.values.slice(3, 8).map((r) => r[0])).toEqual(texts);
  });
});
