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

export function sameShape(grid: SheetGrid, spec: SheetSpec): boolean {
  if (grid.titleFont !== undefined && grid.titleFont !== spec.fonts.title.name) return false;
  if (grid.tables.length !== 1) return false;
  const [table] = grid.tables;
  return (
    table!.name.toLowerCase() === spec.table.name.toLowerCase() &&
    table!.range.replace(/\$/g, '').toUpperCase() === tableRange(spec)
  );
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
