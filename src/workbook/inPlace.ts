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
import { isDateCell } from '../sheets/spec';

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
