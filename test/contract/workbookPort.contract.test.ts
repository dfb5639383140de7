/**
 * One suite, both WorkbookPort adapters: ExcelJS (CLI and standalone page) and Office.js (inside
 * Excel, here over the fake Excel). What one writes, the other must read back the same way.
 */
import { formatSheets, generateSheets, rolloverSheets } from '../../src/app/actions';
import { generateYear } from '../../src/plan/generate';
import { seedTemplate } from '../helpers/seed';
import { layoutYear } from '../../src/sheets/layout';
import { readYear } from '../../src/sheets/read';
import { parseCell, type CellValue, type SheetGrid, type SheetSpec } from '../../src/sheets/spec';
import { OfficeWorkbook } from '../../src/workbook/office/adapter';
import type { StoreSheet, UpdatePlan, WorkbookPort } from '../../src/workbook/port';
import { BASE_SHEET } from '../../src/workbook/bases';
import { readYearFrom } from '../../src/workbook/years';
import { cellOf } from '../../src/sheets/map';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { specToGrid } from '../helpers/grid';
import { FakeExcel } from '../workbook/office/fakeExcel';

interface Adapter {
  name: string;
  /** A new workbook holding one empty sheet, `Sheet1`, as a new Excel workbook does. */
  make(): WorkbookPort;
  /** A user's edit of one cell, typed into the workbook (not through the port). */
  edit(port: WorkbookPort, sheet: string, cell: string, text: string): void;
}

/** The fake Excel behind each Office port made here, to type into. */
const fakes = new WeakMap<WorkbookPort, FakeExcel>();

function newOffice(): WorkbookPort {
  const excel = new FakeExcel(['Sheet1']);
  const port = new OfficeWorkbook(excel.run);
  fakes.set(port, excel);
  return port;
}

function typeIn(port: WorkbookPort, sheet: string, cell: string, text: string) {
  const p = port instanceof ReopenedXlsx ? port.inner : (port as XlsxWorkbook);
  p.workbook.getWorksheet(sheet)!.getCell(cell).value = text;
}

function newXlsx(): XlsxWorkbook {
  const xlsx = XlsxWorkbook.create();
  xlsx.workbook.addWorksheet('Sheet1');
  return xlsx;
}

/** The ExcelJS adapter with every write saved to .xlsx bytes and opened again, as the CLI does. */
class ReopenedXlsx implements WorkbookPort {
  private xlsx = newXlsx();
  get inner(): XlsxWorkbook {
    return this.xlsx;
  }
  listSheets = () => this.xlsx.listSheets();
  readSheets = (names: readonly string[]) => this.xlsx.readSheets(names);
  protectSheets: WorkbookPort['protectSheets'] = (r) => this.xlsx.protectSheets(r);
  selectCell = (sheet: string, cell: string) => this.xlsx.selectCell(sheet, cell);
  exportFile: WorkbookPort['exportFile'] = (kind) => this.xlsx.exportFile(kind);
  async writeSheets(list: readonly SheetSpec[], store?: StoreSheet) {
    await this.xlsx.writeSheets(list, store);
    this.xlsx = await XlsxWorkbook.fromBuffer(await this.xlsx.toBuffer());
  }
  async updateSheets<T>(
    names: readonly string[],
    plan: (grids: SheetGrid[], sheets: string[]) => UpdatePlan<T>,
  ): Promise<T> {
    const result = await this.xlsx.updateSheets(names, plan);
    this.xlsx = await XlsxWorkbook.fromBuffer(await this.xlsx.toBuffer());
    return result;
  }
}

const ADAPTERS: Adapter[] = [
  { name: 'ExcelJS', make: newXlsx, edit: typeIn },
  { name: 'ExcelJS (saved and reopened)', make: () => new ReopenedXlsx(), edit: typeIn },
  {
    name: 'Office.js (fake Excel)',
    make: newOffice,
    edit: (port, sheet, cell, text) => {
      const { row, col } = parseCell(cell)!;
      fakes.get(port)!.sheet(sheet).writeInput(row, col, text);
    },
  },
];

const model = generateYear(seedTemplate(), { year: 2027, branch: 'XX党支部' }).model;
const specs = layoutYear(model).specs;
const [planSpec, studySpec, themeSpec] = specs as [SheetSpec, SheetSpec, SheetSpec];

/**
 * Grids compared up to what the port leaves open: ExcelJS drops empty cells at the end of a row
 * and empty rows at the end of the sheet, Office.js returns the used range as a rectangle of nulls.
 * Both read as the same model, so trailing nulls are trimmed here on every side.
 */
function normalise({
  formulas: _formulas,
  extrasRead: _read,
  rowsShift: _shift,
  ...grid
}: SheetGrid): SheetGrid {
  const values = grid.values.map((row) => {
    const r = [...row];
    while (r.length && r[r.length - 1] === null) r.pop();
    return r;
  });
  while (values.length && values[values.length - 1]!.length === 0) values.pop();
  return { ...grid, values };
}

/**
 * What a spec should read back as. specToGrid (the core tests' stand-in for an adapter) leaves the
 * totals row's sums empty; a workbook holds their computed value (SUBTOTAL of the column), so the
 * expected grid gets the sums filled in. read.ts skips the 合计 row either way.
 */
function expectedGrid(spec: SheetSpec): SheetGrid {
  const grid = specToGrid(spec);
  const totals = spec.table.totals;
  if (totals) {
    const row = grid.values[grid.values.length - 1]!;
    spec.table.columns.forEach((c, j) => {
      if (j > 0 && totals.sumFields.includes(c.field)) {
        row[j] = spec.table.rows.reduce<number>(
          (n, r) => n + (typeof r[j] === 'number' ? (r[j] as number) : 0),
          0,
        );
      }
    });
  }
  return normalise(grid);
}

async function grids(port: WorkbookPort, list = specs): Promise<SheetGrid[]> {
  return (await port.readSheets(list.map((s) => s.name))).map(normalise);
}

describe.each(ADAPTERS)('WorkbookPort contract: $name', ({ make, edit }) => {
  let port: WorkbookPort;

  beforeEach(async () => {
    port = make();
    await port.writeSheets(specs);
  });

  it('lists the sheets in workbook order, new ones after the existing', async () => {
    expect(await port.listSheets()).toEqual(['Sheet1', '2027年工作计划', '2027年学习计划', '2027年主题党日']);
  });

  it('reads back what was written: title, text rows, header, data with dates, table name and range', async () => {
    const read = await grids(port);
    specs.forEach((spec, i) => expect(read[i]).toEqual(expectedGrid(spec)));
    expect(read.map((g) => g.tables)).toEqual([
      [{ name: 'Plan2027', range: `A3:H${3 + planSpec.table.rows.length}` }],
      [{ name: 'Study2027', range: 'A3:H16' }],
      [{ name: 'ThemeDay2027', range: 'A3:J15' }],
    ]);
    expect(read[2]!.values[3]![1]).toEqual({ date: '2027-01-04' });
  });

  it('keeps the fonts the sheets were set in when formatting, rolling over and regenerating', async () => {
    const official = make();
    const request = { year: 2027, branch: 'XX党支部', rule: '', source: { kind: 'default' as const } };
    await generateSheets(official, { ...request, fonts: 'official' });
    const titleFonts = async (names: string[]) => (await official.readSheets(names)).map((g) => g.titleFont);
    const y2027 = ['2027年工作计划', '2027年学习计划', '2027年主题党日'];
    expect(await titleFonts(y2027)).toEqual(['方正小标宋简体', '方正小标宋简体', '方正小标宋简体']);
    expect((await formatSheets(official, 2027, undefined, { acceptLosses: true })).status).toBe('done');
    expect(await titleFonts(y2027)).toEqual(['方正小标宋简体', '方正小标宋简体', '方正小标宋简体']);
    expect((await generateSheets(official, { ...request, rule: '每月20日' })).status).toBe('done');
    expect(await titleFonts(y2027)).toEqual(['方正小标宋简体', '方正小标宋简体', '方正小标宋简体']);
    expect((await rolloverSheets(official, 2027)).status).toBe('done');
    expect(await titleFonts(['2028年工作计划'])).toEqual(['方正小标宋简体']);
    // Asked for, the other profile is used.
    await generateSheets(official, { ...request, fonts: 'common', acceptLosses: true });
    expect(await titleFonts(['2027年工作计划'])).toEqual(['宋体']);
  });

  it('leaves a missing sheet out of what it reads', async () => {
    expect((await port.readSheets(['无此表', studySpec.name])).map((g) => g.name)).toEqual([studySpec.name]);
  });

  it('replaces a rewritten sheet in its place, leaving nothing of the old one', async () => {
    const shorter: SheetSpec = {
      ...studySpec,
      title: '新标题',
      textRows: [],
      table: { ...studySpec.table, rows: studySpec.table.rows.slice(0, 4) },
    };
    await port.writeSheets([shorter]);
    expect(await port.listSheets()).toEqual(['Sheet1', '2027年工作计划', '2027年学习计划', '2027年主题党日']);
    const [grid] = await grids(port, [shorter]);
    expect(grid).toEqual(expectedGrid(shorter));
    expect(grid!.tables).toEqual([{ name: 'Study2027', range: 'A2:H7' }]);
    const [plan, , theme] = await grids(port);
    expect(plan).toEqual(expectedGrid(planSpec));
    expect(theme).toEqual(expectedGrid(themeSpec));
  });

  it('reads back the model it was written from', async () => {
    const [plan, study, themeDays] = await port.readSheets(specs.map((s) => s.name));
    const read = readYear(2027, { plan: plan!, study: study!, themeDays: themeDays! });
    expect(read.issues).toEqual([]);
    expect(read.model).toEqual(model);
  });

  it('updates: the plan sees what was read and its specs are written, its result returned', async () => {
    const seen: string[][] = [];
    const result = await port.updateSheets(['无此表', studySpec.name], (read) => {
      seen.push(read.map((g) => g.name));
      const title = read[0]!.values[0]![0] as string;
      return { specs: [{ ...studySpec, title: `${title}（修订）` }], result: title };
    });
    expect(seen).toEqual([[studySpec.name]]);
    expect(result).toBe(studySpec.title);
    const [study] = await grids(port, [studySpec]);
    expect(study!.values[0]![0]).toBe(`${studySpec.title}（修订）`);
    expect(await port.listSheets()).toEqual(['Sheet1', '2027年工作计划', '2027年学习计划', '2027年主题党日']);
  });

  it('writes nothing when an update plans no specs, or when its plan throws', async () => {
    const before = await grids(port);
    expect(await port.updateSheets([planSpec.name], () => ({ specs: [], result: 'none' }))).toBe('none');
    await expect(
      port.updateSheets([planSpec.name], () => {
        throw new Error('plan failed');
      }),
    ).rejects.toThrow('plan failed');
    expect(await grids(port)).toEqual(before);
    expect(await port.listSheets()).toEqual(['Sheet1', '2027年工作计划', '2027年学习计划', '2027年主题党日']);
  });

  it('keeps a store sheet out of reach: not listed, read back as the text written, rewritten whole', async () => {
    const long = '=甲'.repeat(15_000);
    const store: StoreSheet = { name: BASE_SHEET, rows: [['2027', '+1', long], ['0012']] };
    await port.writeSheets([studySpec], store);
    expect(await port.listSheets()).toEqual(['Sheet1', '2027年工作计划', '2027年学习计划', '2027年主题党日']);
    const [grid] = await port.readSheets([BASE_SHEET]);
    expect(normalise(grid!).values).toEqual([['2027', '+1', long], ['0012']]);
    await port.writeSheets([studySpec], { name: BASE_SHEET, rows: [['2028']] });
    const [again] = await port.readSheets([BASE_SHEET]);
    expect(normalise(again!).values).toEqual([['2028']]);
  });

  it('merges three ways with the base it keeps: a user’s rewording of template text survives regenerating twice', async () => {
    const wb = make();
    const request = { year: 2027, branch: '第三党支部', rule: '', source: { kind: 'default' as const } };
    await generateSheets(wb, request);
    const { maps } = await readYearFrom(wb, 2027);
    edit(wb, maps.study.sheet, cellOf(maps.study, 2, 'theme'), '我们支部自己定的主题');
    const edited = (await readYearFrom(wb, 2027)).model;
    expect(edited.study.months[2]!.theme).toBe('我们支部自己定的主题');
    for (let i = 0; i < 2; i++) {
      const r = await generateSheets(wb, request);
      expect(r.status === 'done' && r.written).toEqual({ how: 'merged', kept: 1 });
      expect(r.issues).toEqual([]);
      expect((await readYearFrom(wb, 2027)).model).toEqual(edited);
    }
  });

  it('still reads the same after protecting the sheets', async () => {
    const before = await grids(port);
    await port.protectSheets([{ sheet: planSpec.name, editable: ['E4:H17'] }]);
    await port.selectCell(studySpec.name, 'B5');
    expect(await grids(port)).toEqual(before);
  });
});

describe('both adapters', () => {
  it('read the same grids from the same specs', async () => {
    const read = await Promise.all(
      ADAPTERS.map(async ({ make }) => {
        const port = make();
        await port.writeSheets(specs);
        return grids(port);
      }),
    );
    expect(read[1]).toEqual(read[0]);
    expect(read[2]).toEqual(read[0]);
    const totals = read[0]![1]!.values[15] as CellValue[];
    expect(totals).toEqual(['合计', null, null, null, null, 36]);
  });
});
