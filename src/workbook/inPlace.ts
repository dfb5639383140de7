/**
 * Whether a sheet can be rewritten in place: when it already has the layout its spec gives (the same
 * table, over the same rows and columns, in the same fonts), writing it is writing values into its
 * cells. Everything else of the sheet stays: cell notes, links, hand-set fills, column widths, merges
 * users made, formulas whose result is what would be written, and references into it from elsewhere.
 */
import {
  columnLetter,
  specRows,
  writtenRows,
  type CellValue,
  type SheetGrid,
  type SheetSpec,
} from '../sheets/spec';
import { isDateCell, parseCell, parseRange } from '../sheets/spec';
import { KINDS } from '../sheets/kinds';

/** The table's A1 range as a spec lays it out, totals row included. */
export function tableRange(spec: SheetSpec): string {
  const rows = specRows(spec);
  const bottom = rows.header + writtenRows(spec).length + (spec.table.totals ? 1 : 0);
  return `A${rows.header}:${columnLetter(spec.table.columns.length)}${bottom}`;
}

/** The fields that say which row is which: the plan's 部分 and 序号, a month. */
const ROW_KEYS = new Set(['section', 'number', 'month']);

export function sameShape(grid: SheetGrid, spec: SheetSpec): boolean {
  if (grid.titleFont !== undefined && grid.titleFont !== spec.fonts.title.name) return false;
  if (grid.tables.length !== 1) return false;
  const [table] = grid.tables;
  if (
    table!.name.toLowerCase() !== spec.table.name.toLowerCase() ||
    table!.range.replace(/\$/g, '').toUpperCase() !== tableRange(spec)
  )
    return false;
  // The same rows too: a row written over another's would keep that one's notes and formats.
  const keys = rowKeys(grid, spec, writtenRows(spec).length);
  return keys.old.every((k, i) => k === keys.now[i]);
}

/** The rows' keys (部分 and 序号, or the month) as the sheet has them and as the spec writes them. */
function rowKeys(grid: SheetGrid, spec: SheetSpec, oldCount: number): { old: string[]; now: string[] } {
  const first = specRows(spec).firstData;
  const cols = spec.table.columns.flatMap((c, j) => (ROW_KEYS.has(c.field) ? [j] : []));
  const key = (row: readonly (CellValue | undefined)[] | undefined) =>
    cols.map((j) => shownValue(row?.[j] ?? null).trim()).join('|');
  return {
    old: Array.from({ length: oldCount }, (_, i) => key(grid.values[first + i - 1])),
    now: writtenRows(spec).map(key),
  };
}

/** A value as shown, to tell whether writing it would change a cell. */
export function shownValue(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (isDateCell(v)) return v.date;
  return String(v);
}

/** What rebuilding a sheet would not keep, of what the adapter could tell it holds. */
export interface Loss {
  /** `unknown`: the adapter could not look, and a rebuild may drop any of the others. */
  what: 'note' | 'link' | 'fill' | 'merge' | 'formula' | 'image' | 'password' | 'unknown';
  /** The cells or ranges, in sheet order; empty for images and a password. */
  at: string[];
  count: number;
}

export function lossesOf(grid: SheetGrid): Loss[] {
  const e = grid.extras ?? {};
  const table = grid.tables[0] ? parseRange(grid.tables[0].range) : null;
  // The totals row's formulas are layout's own: a rebuild writes them again.
  const totals = table && isTotalsRow(grid, table.bottom) ? table.bottom : null;
  const formulas = Object.keys(grid.formulas ?? {}).filter((a) => parseCell(a)?.row !== totals);
  const list: [Loss['what'], string[] | undefined][] = [
    ['note', e.notes],
    ['link', e.links],
    ['fill', e.fills],
    ['merge', e.merges],
    ['formula', formulas],
  ];
  const losses: Loss[] = list
    .filter(([, at]) => at && at.length > 0)
    .map(([what, at]) => ({ what, at: at!, count: at!.length }));
  if (e.images) losses.push({ what: 'image', at: [], count: e.images });
  if (e.password) losses.push({ what: 'password', at: [], count: 1 });
  if (!grid.extrasRead) losses.push({ what: 'unknown', at: [], count: 0 });
  return losses;
}

function isTotalsRow(grid: SheetGrid, row: number): boolean {
  const first = grid.values[row - 1]?.find((v) => v !== null && v !== '');
  return typeof first === 'string' && first.trim() === KINDS.study.totals?.label;
}

/**
 * When only the table's data rows differ from the spec (same title, text rows, header, columns,
 * fonts and table) and the adapter can insert and delete table rows (`rowsShift`): which of the old
 * rows go and where new ones come, rows matched by their keys in order (a longest common
 * subsequence), so that each kept row keeps its cells' notes and formats. Null otherwise.
 */
export function rowPlan(
  grid: SheetGrid,
  spec: SheetSpec,
): { remove: number[]; add: number[]; old: number } | null {
  if (!grid.rowsShift || grid.tables.length !== 1) return null;
  if (grid.titleFont !== undefined && grid.titleFont !== spec.fonts.title.name) return null;
  const [table] = grid.tables;
  const t = parseRange(table!.range);
  const rows = specRows(spec);
  const width = spec.table.columns.length;
  if (!t || table!.name.toLowerCase() !== spec.table.name.toLowerCase()) return null;
  if (t.top !== rows.header || t.left !== 1 || t.right !== width) return null;
  if (!spec.table.columns.some((c) => ROW_KEYS.has(c.field))) return null;
  const lastData = t.bottom - (spec.table.totals ? 1 : 0);
  const { old: oldKeys, now: newKeys } = rowKeys(grid, spec, lastData - rows.header);
  if (oldKeys.length === newKeys.length && oldKeys.every((k, i) => k === newKeys[i])) return null;
  // Longest common subsequence of the two key lists.
  const n = oldKeys.length;
  const m = newKeys.length;
  const len = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      len[i]![j] =
        oldKeys[i] === newKeys[j] ? len[i + 1]![j + 1]! + 1 : Math.max(len[i + 1]![j]!, len[i]![j + 1]!);
  const keptOld = new Set<number>();
  const keptNew = new Set<number>();
  for (let i = 0, j = 0; i < n && j < m;) {
    if (oldKeys[i] === newKeys[j]) {
      keptOld.add(i++);
      keptNew.add(j++);
    } else if (len[i + 1]![j]! >= len[i]![j + 1]!) i++;
    else j++;
  }
  // Mostly other rows: a rebuild says what it does not keep rather than shifting every row.
  if (keptOld.size === 0 || keptOld.size * 2 < n) return null;
  const remove = oldKeys.flatMap((_, i) => (keptOld.has(i) ? [] : [i]));
  const add = newKeys.flatMap((_, j) => (keptNew.has(j) ? [] : [j]));
  return { remove, add, old: n };
}
