/**
 * Writing a year's sheets inside Excel, all or nothing. Before any sheet is changed, each one about to
 * be rewritten is copied to a very hidden backup (`~bak~` + its name; Excel.Worksheet.copy, ExcelApi
 * 1.7), which stays until the next rewrite: 恢复上一版 puts it back. Then a sheet that keeps its
 * layout is written in place (values only: its notes, links, fills, widths, merges and the references
 * other sheets make to it stay); one whose layout changes is built on a staging sheet and swapped in.
 *
 * Excel runs a batch's commands until one fails and keeps those done (there is no transaction), so
 * each round trip that changes the workbook is followed, when it fails, by a recovery from the
 * workbook's actual state: staging sheets deleted, each rewritten sheet put back from its backup, the
 * sheets an action created removed. The same recovery finds what a crash left (`leftovers`).
 */
import { parseSheetName, tableName as tableNameOf } from '../../sheets/columns';
import { cellRef, parseCell, specRows, writtenRows, type SheetGrid, type SheetSpec } from '../../sheets/spec';
import { rowPlan, sameShape, shownValue } from '../inPlace';
import type { BackupState, StoreSheet } from '../port';
import { columnFormat } from '../../sheets/columns';
import { heightRuns, rowsRange, sheetLayout } from './layout';
import { planSwap, MAX_SHEET_NAME, STAGING_PREFIX, type ExistingSheet, type ExistingTable } from './swap';
import { cellFormat, textValue, toOfficeValue, type OfficeValue } from './values';
import { queueSheet } from './write';

export const BACKUP_PREFIX = '~bak~';
/**
 * A very hidden sheet that stands while a write changes what users see: added by the first command
 * that changes anything, deleted by the last. Found later, it tells that a write did not finish.
 */
export const WRITING_MARK = '~writing';

export function backupName(name: string): string {
  return `${BACKUP_PREFIX}${name}`.slice(0, MAX_SHEET_NAME);
}

/** Sheets and tables as a sync found them, with each sheet's visibility; the defined names; structure protection. */
export interface WorkbookState {
  sheets: (ExistingSheet & { visibility: string })[];
  tables: ExistingTable[];
  names: string[];
  structureProtected: boolean;
}

const key = (n: string) => n.toLowerCase();
const findSheet = (state: WorkbookState, name: string) => state.sheets.find((s) => key(s.name) === key(name));

/**
 * Queue loading every sheet's name, position and visibility, every table's name and sheet, the
 * defined names (Workbook.names) and the structure protection (WorkbookProtection, ExcelApi 1.7).
 */
export function queueState(context: Excel.RequestContext): () => WorkbookState {
  const { worksheets, tables, names, protection } = context.workbook;
  worksheets.load('items/name,items/position,items/visibility');
  tables.load('items/name,items/worksheet/name');
  names.load('items/name');
  protection.load('protected');
  return () => ({
    sheets: worksheets.items.map((ws) => ({
      name: ws.name,
      position: ws.position,
      visibility: ws.visibility,
    })),
    tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
    names: names.items.map((n) => n.name),
    structureProtected: protection.protected,
  });
}

/** What one sheet of a write is, for recovering from a failure at any point of it. */
interface Entry {
  name: string;
  /** Where it stood and how it was seen, when it existed before the write. */
  old?: { position: number; visibility: string };
  /** Its table's name when it has one, to give back to the restored sheet. */
  table?: string;
  /** The sheet it is built on before it takes `name`'s place. */
  staging?: string;
  /** Written into in place: after a failure its backup goes back whatever was done. */
  inPlace?: boolean;
}

/**
 * The recovery of a failed write, from the workbook's state before it and now: every sheet the write
 * made deleted (staging sheets, copies not yet named, sheets it created); every sheet it changed or
 * replaced put back from its backup, in its place, under its name, seen as before, with its table's
 * name. Sheets it had not reached yet are left alone.
 */
export function queueRecovery(
  context: Excel.RequestContext,
  before: WorkbookState,
  now: WorkbookState,
  entries: readonly Entry[],
): void {
  const { worksheets, tables } = context.workbook;
  const deletes = new Set<string>();
  const restores: Entry[] = [];
  for (const e of entries) {
    const current = findSheet(now, e.name);
    const staging = e.staging ? findSheet(now, e.staging) : undefined;
    if (staging) deletes.add(staging.name);
    if (!e.old) {
      if (current && !findSheet(before, e.name)) deletes.add(current.name);
      continue;
    }
    const changed = e.inPlace || !current || (e.staging !== undefined && !staging);
    if (changed && findSheet(now, backupName(e.name))) {
      if (current) deletes.add(current.name);
      restores.push(e);
    }
  }
  const kept = new Set(restores.map((e) => key(backupName(e.name))));
  for (const s of now.sheets)
    if (!findSheet(before, s.name) && !kept.has(key(s.name)) && !s.name.startsWith(BACKUP_PREFIX))
      deletes.add(s.name);
  // A backup not put back stays out of sight (a failure may have come between naming and hiding it).
  for (const s of now.sheets)
    if (s.name.startsWith(BACKUP_PREFIX) && !kept.has(key(s.name)) && s.visibility === 'Visible')
      worksheets.getItem(s.name).visibility = 'VeryHidden' as Excel.SheetVisibility;
  // A sheet put back is made visible before any other goes: a workbook keeps one visible sheet.
  for (const e of restores)
    worksheets.getItem(backupName(e.name)).visibility = 'Visible' as Excel.SheetVisibility;
  for (const name of deletes) {
    const ws = worksheets.getItem(name);
    if (findSheet(now, name)!.visibility === 'VeryHidden') ws.visibility = 'Hidden' as Excel.SheetVisibility;
    ws.delete();
  }
  const left = now.sheets.length - deletes.size;
  for (const e of restores) {
    const ws = worksheets.getItem(backupName(e.name));
    ws.name = e.name;
    if (e.old!.visibility !== 'Visible') ws.visibility = e.old!.visibility as Excel.SheetVisibility;
    const copied = now.tables.find((t) => key(t.sheet) === key(backupName(e.name)));
    if (copied && e.table && key(copied.name) !== key(e.table)) tables.getItem(copied.name).name = e.table;
  }
  // Placed from the first position to the last, each lands where it stood among the others.
  for (const e of [...restores].sort((a, b) => a.old!.position - b.old!.position))
    worksheets.getItem(e.name).position = Math.min(e.old!.position, left - 1);
}

/** Run a round trip; when it fails, recover (two more: the state, then the repair) and rethrow. */
async function guarded(context: Excel.RequestContext, before: WorkbookState, entries: readonly Entry[]) {
  try {
    await context.sync();
  } catch (error) {
    await recover(context, before, entries).catch(() => undefined);
    throw error;
  }
}

async function recover(context: Excel.RequestContext, before: WorkbookState, entries: readonly Entry[]) {
  const now = queueState(context);
  await context.sync();
  queueRecovery(context, before, now(), entries);
  await context.sync();
}

/**
 * Queue a table's rows made as the spec's: each new row inserted at its place among the kept ones,
 * then the old rows that go deleted, from the bottom up. Indexes: `add` in the new rows, `remove` in
 * the old; inserting first, an old row's index moves down by the new rows before it.
 */
function queueShift(
  table: Excel.Table,
  shift: { remove: number[]; add: number[]; old: number },
  width: number,
): void {
  const removed = new Set(shift.remove);
  const kept = Array.from({ length: shift.old }, (_, i) => i).filter((i) => !removed.has(i));
  // Each new row goes after the kept rows before it, while every old row is still there.
  const bases: number[] = [];
  for (const j of shift.add) {
    const before = j - shift.add.filter((a) => a < j).length;
    const base = before === 0 ? 0 : kept[before - 1]! + 1;
    table.rows.add(base + bases.length, [Array.from({ length: width }, () => '')]);
    bases.push(base);
  }
  for (const i of [...shift.remove].sort((a, b) => b - a))
    table.rows.getItemAt(i + bases.filter((b) => b <= i).length).delete();
}

/** The grid as the shifted rows leave it, for what queueInPlace compares: new rows empty, formulas where they moved. */
function shiftedGrid(
  grid: SheetGrid,
  spec: SheetSpec,
  shift: { remove: number[]; add: number[]; old: number },
): SheetGrid {
  const first = specRows(spec).firstData;
  const removed = new Set(shift.remove);
  const added = new Set(shift.add);
  const oldRows = grid.values.slice(first - 1, first - 1 + shift.old);
  const kept = Array.from({ length: shift.old }, (_, i) => i).filter((i) => !removed.has(i));
  const rows: (number | null)[] = [];
  for (let j = 0, k = 0; j < writtenRows(spec).length; j++)
    rows.push(added.has(j) ? null : (kept[k++] ?? null));
  const values = [
    ...grid.values.slice(0, first - 1),
    ...rows.map((i) => (i === null ? [] : (oldRows[i] ?? []))),
  ];
  const formulas: Record<string, string> = {};
  rows.forEach((i, j) => {
    if (i === null) return;
    for (const [address, f] of Object.entries(grid.formulas ?? {})) {
      const c = parseCell(address);
      if (c && c.row === first + i) formulas[cellRef(first + j, c.col)] = f;
    }
  });
  return { ...grid, values, formulas };
}

/** The spec's values written into the sheet it already has the layout of (see inPlace.ts). */
function queueInPlace(ws: Excel.Worksheet, spec: SheetSpec, grid: SheetGrid): void {
  const layout = sheetLayout(spec);
  const { columns } = spec.table;
  const blank = (first: OfficeValue): OfficeValue[] => [first, ...columns.slice(1).map(() => '')];
  ws.getRange(rowsRange(layout, 1, layout.header)).values = [
    blank(textValue(spec.title, 'General')),
    ...spec.textRows.map((t) => blank(textValue(t, 'General'))),
    columns.map((c) => textValue(c.header, 'General')),
  ];
  const formats = layout.data.map((row) =>
    columns.map((c, j) => cellFormat(columnFormat(c), row[j] ?? null)),
  );
  const data = rowsRange(layout, layout.firstData, layout.lastData);
  ws.getRange(data).numberFormat = formats;
  // A formula whose result is the value to write stays a formula.
  ws.getRange(data).formulas = layout.data.map((row, i) =>
    columns.map((_, j) => {
      const r = layout.firstData + i;
      const formula = grid.formulas?.[cellRef(r, j + 1)];
      const was = grid.values[r - 1]?.[j];
      const now = row[j] ?? null;
      if (formula && shownValue(was) === shownValue(now)) return formula;
      return toOfficeValue(now, formats[i]![j]!);
    }),
  );
  for (const [top, bottom, height] of heightRuns(layout.heights)) {
    ws.getRange(`A${top}:A${bottom}`).format.rowHeight = height;
  }
}

/** Queue the store sheet built on its staging sheet: very hidden, its rows as text. */
function queueStore(context: Excel.RequestContext, staging: string, store: StoreSheet): void {
  const ws = context.workbook.worksheets.add(staging);
  const width = Math.max(0, ...store.rows.map((r) => r.length));
  if (store.rows.length > 0 && width > 0) {
    const range = ws.getRange(`A1:${cellRef(store.rows.length, width)}`);
    range.numberFormat = store.rows.map(() => Array.from({ length: width }, () => '@'));
    range.values = store.rows.map((r) => Array.from({ length: width }, (_, j) => textValue(r[j] ?? '', '@')));
  }
  ws.visibility = 'VeryHidden' as Excel.SheetVisibility;
}

/**
 * Write the specs (and the store) into the workbook whose state and grids the batch read: three round
 * trips — backups; in-place values and staging builds; the swap and the store — each recovered from
 * when it fails. The sheets grids were read for are those of `grids`.
 */
export async function writeSafely(
  context: Excel.RequestContext,
  state: WorkbookState,
  grids: readonly SheetGrid[],
  specs: readonly SheetSpec[],
  store?: StoreSheet,
): Promise<void> {
  const { worksheets, tables } = context.workbook;
  // A write after one that did not finish would build on what it stranded: the user restores first.
  const { stranded } = strandedOrRestorable(state);
  if (stranded.length > 0) throw new StrandedError(stranded);
  refuseWhatExcelWould(state, specs);
  const gridOf = (name: string) => grids.find((g) => key(g.name) === key(name));
  // In place: the same layout, or the same but for table rows, which are inserted and deleted.
  const shifts = new Map<SheetSpec, { remove: number[]; add: number[]; old: number }>();
  for (const s of specs) {
    const g = gridOf(s.name);
    const p = g && findSheet(state, s.name) && !sameShape(g, s) ? rowPlan(g, s) : null;
    if (p) shifts.set(s, p);
  }
  const inPlace = specs.filter(
    (s) => findSheet(state, s.name) && gridOf(s.name) && (sameShape(gridOf(s.name)!, s) || shifts.has(s)),
  );
  // Staging tables' names avoid the defined names as they avoid the tables'.
  const plan = planSwap(
    specs.filter((s) => !inPlace.includes(s)),
    state.sheets,
    [...state.tables, ...state.names.map((n) => ({ name: n, sheet: '' }))],
  );
  const oldStore = store ? findSheet(state, store.name) : undefined;
  const storeStaging = store ? uniqueName(state, `${STAGING_PREFIX}~${store.name}`) : undefined;
  const entries: Entry[] = specs.map((spec): Entry => {
    const old = findSheet(state, spec.name);
    const staged = plan.staged.find((p) => p.spec === spec);
    return {
      name: spec.name,
      ...(old ? { old: { position: old.position, visibility: old.visibility } } : {}),
      table: spec.table.name,
      ...(staged ? { staging: staged.stagingSheet } : { inPlace: true }),
    };
  });
  if (store)
    entries.push({
      name: store.name,
      ...(oldStore ? { old: { position: oldStore.position, visibility: oldStore.visibility } } : {}),
      staging: storeStaging!,
    });

  // 1. Backups: the last action's give way to copies of the sheets this one changes, as they are now.
  for (const previous of state.sheets.filter((s) => s.name.startsWith(BACKUP_PREFIX))) {
    const ws = worksheets.getItem(previous.name);
    if (previous.visibility === 'VeryHidden') ws.visibility = 'Hidden' as Excel.SheetVisibility;
    ws.delete();
  }
  for (const e of entries.filter((x) => x.old)) {
    const copy = worksheets
      .getItem(findSheet(state, e.name)!.name)
      .copy('End' as Excel.WorksheetPositionType);
    copy.name = backupName(e.name);
    copy.visibility = 'VeryHidden' as Excel.SheetVisibility;
  }
  // A failure here leaves every visible sheet as it was: copies not yet hidden are deleted.
  if (entries.some((e) => e.old) || state.sheets.some((s) => s.name.startsWith(BACKUP_PREFIX)))
    await guarded(context, state, []);

  // 2. Values into the sheets that keep their layout; the others built on staging sheets.
  const mark = worksheets.add(WRITING_MARK);
  mark.visibility = 'VeryHidden' as Excel.SheetVisibility;
  for (const spec of inPlace) {
    const ws = worksheets.getItem(findSheet(state, spec.name)!.name);
    const shift = shifts.get(spec);
    // Rows added first, then the old ones that go (bottom up): a table never has none.
    if (shift) queueShift(ws.tables.getItem(spec.table.name), shift, spec.table.columns.length);
    queueInPlace(ws, spec, shift ? shiftedGrid(gridOf(spec.name)!, spec, shift) : gridOf(spec.name)!);
  }
  const staging = plan.staged.map((s) => worksheets.add(s.stagingSheet));
  plan.staged.forEach((s, i) => queueSheet(staging[i]!, s.spec, s.stagingTable));
  if (store) queueStore(context, storeStaging!, store);
  await guarded(context, state, entries);

  // 3. Each staged sheet takes its old sheet's place; so does the store.
  plan.staged.forEach((s, i) => {
    if (!s.old) return;
    staging[i]!.position = s.old.position;
    worksheets.getItem(s.old.name).delete();
  });
  for (const { from, to } of plan.tableRenames) tables.getItem(from).name = to;
  plan.staged.forEach((s, i) => {
    staging[i]!.name = s.spec.name;
    tables.getItem(s.stagingTable).name = s.spec.table.name;
  });
  if (store) {
    if (oldStore) {
      const ws = worksheets.getItem(oldStore.name);
      ws.visibility = 'Hidden' as Excel.SheetVisibility;
      ws.delete();
    }
    worksheets.getItem(storeStaging!).name = store.name;
  }
  mark.visibility = 'Hidden' as Excel.SheetVisibility;
  mark.delete();
  await guarded(context, state, entries);
}

function uniqueName(state: WorkbookState, base: string): string {
  for (let i = 1; ; i++) {
    const name = (i === 1 ? base : `${base}${i}`).slice(0, MAX_SHEET_NAME);
    if (!findSheet(state, name)) return name;
  }
}

/** A write Excel would refuse half-way, refused before anything is sent. */
export class WorkbookRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookRefusal';
  }
}

/**
 * What Excel would refuse part-way through a write, said before it starts: a protected structure
 * (no sheet can be added, copied, renamed or deleted), and a table name that is already one of the
 * workbook's defined names (tables and names share one namespace).
 */
function refuseWhatExcelWould(state: WorkbookState, specs: readonly SheetSpec[]): void {
  if (state.structureProtected)
    throw new WorkbookRefusal(
      '工作簿的结构受保护（审阅 → 保护工作簿），无法备份和重建工作表：请先取消保护再试 (the workbook structure is protected: unprotect it first)',
    );
  const names = new Set(state.names.map(key));
  const clash = specs.find((s) => names.has(key(s.table.name)));
  if (clash)
    throw new WorkbookRefusal(
      `工作簿中已有名称“${clash.table.name}”（公式 → 名称管理器），与“${clash.name}”表格的名称相同：请删除或改名后再试 (a defined name clashes with the table ${clash.table.name})`,
    );
}

/** A write refused because the last one did not finish: its sheets are to be put back first. */
export class StrandedError extends Error {
  constructor(readonly stranded: string[]) {
    super(
      `上次操作没有完成（${stranded.join('、')}），请先点“恢复上一版”恢复原来的工作表 (the last action did not finish: restore the previous version first)`,
    );
    this.name = 'StrandedError';
  }
}

/** What 恢复上一版 can put back, and what a write that did not finish left. */
export function strandedOrRestorable(state: WorkbookState): BackupState {
  const { backups, staging } = backupsIn(state);
  return {
    restorable: backups.filter((n) => !n.startsWith('~')),
    stranded: [
      ...(findSheet(state, WRITING_MARK) ? [WRITING_MARK] : []),
      ...staging,
      ...backups.filter((n) => !findSheet(state, n)),
    ],
  };
}

/** Backups and staging sheets in a workbook: what 恢复上一版 can put back, and what a crash left. */
export function backupsIn(state: WorkbookState): { backups: string[]; staging: string[] } {
  return {
    backups: state.sheets
      .filter((s) => s.name.startsWith(BACKUP_PREFIX))
      .map((s) => s.name.slice(BACKUP_PREFIX.length)),
    staging: state.sheets.filter((s) => s.name.startsWith(STAGING_PREFIX)).map((s) => s.name),
  };
}

/**
 * Put the backups back (恢复上一版): each sheet with a backup replaced by it, in its place; staging
 * sheets a crash left deleted. The sheets restored, by name.
 */
export function queueRestore(context: Excel.RequestContext, state: WorkbookState): string[] {
  const { backups } = backupsIn(state);
  const entries: Entry[] = backups.map((name): Entry => {
    const current = findSheet(state, name);
    const parsed = parseSheetName(name);
    return {
      name,
      old: current
        ? { position: current.position, visibility: current.visibility }
        : { position: state.sheets.length, visibility: name.startsWith('~') ? 'VeryHidden' : 'Visible' },
      ...(parsed ? { table: tableNameOf(parsed.kind, parsed.year) } : {}),
      inPlace: true,
    };
  });
  // Staging sheets a crash left go too: they are the product's, half built.
  const before: WorkbookState = {
    ...state,
    sheets: state.sheets.filter((s) => !s.name.startsWith(STAGING_PREFIX) && key(s.name) !== WRITING_MARK),
  };
  queueRecovery(context, before, state, entries);
  return backups;
}
