/**
 * Round trips to Excel of each task-pane action, counted through the Office adapter over the recording
 * fake of test/workbook/office: for a workbook of one year, of ten years, and of one year whose work
 * plan has ten times the rows. Deterministic: test/budgets.test.ts checks them against budgets.json.
 */
import {
  formatSheets,
  generateSheets,
  rolloverSheets,
  shareYear,
  validateWorkbook,
  type ActionResult,
  type ShareResult,
} from '../src/app/actions';
import { generateYear } from '../src/plan/generate';
import type { YearPlan } from '../src/plan/model';
import { defaultTemplate } from '../src/plan/templates/builtIn';
import { layoutYear } from '../src/sheets/layout';
import { OfficeWorkbook } from '../src/workbook/office/adapter';
import { readYearsFrom } from '../src/workbook/years';
import { FakeDocument } from '../test/workbook/office/fakeDocument';
import { FakeExcel } from '../test/workbook/office/fakeExcel';

/** The actions measured, in the order the table shows them. */
export const ACTIONS = [
  'generateAll',
  'regenerate',
  'read',
  'validate',
  'format',
  'share',
  'rollover',
] as const;
export type Action = (typeof ACTIONS)[number];
export type SyncCounts = Record<Action, number>;

export const FIRST_YEAR = 2027;

/** The default template's year, its items numbered 1, 2, 3 … (the seed's gap would block share). */
export function benchYear(year: number, rowsFactor = 1): YearPlan {
  const model = generateYear(defaultTemplate(year), { year, branch: '机关第一党支部' }).model;
  let n = 0;
  const sections = model.plan.sections.map((s) => ({
    ...s,
    items: Array.from({ length: rowsFactor }, () => s.items)
      .flat()
      .map((item) => ({ ...item, number: String(++n) })),
  }));
  return { ...model, plan: { ...model.plan, sections } };
}

interface Bench {
  excel: FakeExcel;
  port: OfficeWorkbook;
  years: number[];
}

/** A workbook in the fake Excel holding `years` years from 2027 on, written in one call. */
export async function benchWorkbook(years: number, rowsFactor = 1): Promise<Bench> {
  const excel = new FakeExcel(['Sheet1']);
  const document = new FakeDocument({ compressed: new Uint8Array(1000), pdf: new Uint8Array(1000) });
  const port = new OfficeWorkbook(excel.run, {
    document: () => document.source,
    isSetSupported: () => true,
  });
  const list = Array.from({ length: years }, (_, i) => FIRST_YEAR + i);
  await port.writeSheets(list.flatMap((y) => layoutYear(benchYear(y, rowsFactor)).specs));
  return { excel, port, years: list };
}

/** The round trips of `work`: `context.sync()` calls, or syncs carrying commands if more. */
async function counted(excel: FakeExcel, work: () => Promise<unknown>): Promise<number> {
  const before = { syncs: excel.syncs, trips: excel.roundTrips };
  await work();
  return Math.max(excel.syncs - before.syncs, excel.roundTrips - before.trips);
}

function done<T extends ActionResult | ShareResult>(what: string, r: T): T {
  if (r.status !== 'done') {
    const first = r.issues.find((i) => i.severity === 'error') ?? r.issues[0];
    throw new Error(`${what}: ${r.status} (${first?.rule} ${first?.sheet}!${first?.cell})`);
  }
  return r;
}

/** The year generated from the bench's own template (what the workbook holds, so a merge is quiet). */
const request = (year: number, rowsFactor: number) => ({
  year,
  branch: '机关第一党支部',
  rule: '每月第一个星期五',
  source: { kind: 'model' as const, model: benchYear(year, rowsFactor) },
});

/**
 * Every action on a workbook of `years` years (a fresh workbook each, so that one action's writes do
 * not change the next one's count). generate-all writes the year after the last into it.
 */
export async function countSyncs(years: number, rowsFactor = 1): Promise<SyncCounts> {
  const measure = async (work: (b: Bench) => Promise<unknown>) => {
    const b = await benchWorkbook(years, rowsFactor);
    return counted(b.excel, () => work(b));
  };
  const last = (b: Bench) => b.years[b.years.length - 1]!;
  return {
    generateAll: await measure(async (b) =>
      done('generate', await generateSheets(b.port, request(last(b) + 1, rowsFactor))),
    ),
    regenerate: await measure(async (b) =>
      done('regenerate', await generateSheets(b.port, request(last(b), rowsFactor))),
    ),
    read: await measure(async (b) => {
      const read = await readYearsFrom(b.port, b.years);
      if (read.size !== years || [...read.values()].some((r) => r.sheetsFound !== 3))
        throw new Error('read: not every year was read');
    }),
    validate: await measure(async (b) => {
      const r = done('validate', await validateWorkbook(b.port));
      if (r.status === 'done' && 'sheets' in r && r.sheets.length !== 3 * years)
        throw new Error('validate: not every sheet was validated');
    }),
    format: await measure(async (b) =>
      done('format', await formatSheets(b.port, last(b), undefined, { acceptLosses: true })),
    ),
    share: await measure(async (b) => {
      const r = done('share', await shareYear(b.port, last(b), { acceptWarnings: true }));
      if (!('xlsx' in r) || !r.xlsx || !r.pdf) throw new Error('share: nothing exported');
    }),
    rollover: await measure(async (b) => done('rollover', await rolloverSheets(b.port, last(b)))),
  };
}
