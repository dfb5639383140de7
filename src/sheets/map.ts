/**
 * Where a year's model landed on its sheets: which row holds which item or month and which column
 * holds which field. Layout builds it for what it writes; read builds it for what it found. Validation
 * uses it to name the cell of each issue.
 */
import { cellRef } from './spec';
import type { SheetKind } from './columns';

export interface SheetMap {
  kind: SheetKind;
  sheet: string;
  titleRow: number;
  /** Sheet rows of the text rows (preamble / 学习要求 / rule). */
  textRows: number[];
  headerRow: number;
  /** 1-based column of each field found on the sheet. */
  columns: Partial<Record<string, number>>;
  /** Sheet row of each model row: plan items in reading order, study months, theme-day activities. */
  rows: number[];
  /** Plan sheet only: the sheet row where each section starts. */
  sectionRows: number[];
}

/** Each kind's map (src/sheets/kinds). */
export type YearMaps = Record<SheetKind, SheetMap>;

/** The A1 cell of a model row's field; the row's first cell when the column is missing. */
export function cellOf(map: SheetMap, rowIndex: number, field: string): string {
  const row = map.rows[rowIndex] ?? map.headerRow;
  return cellRef(row, map.columns[field] ?? 1);
}

/** The A1 cell of a section's 部分 cell. */
export function sectionCell(map: SheetMap, sectionIndex: number): string {
  return cellRef(map.sectionRows[sectionIndex] ?? map.headerRow, map.columns.section ?? 1);
}

/** The header cell of a field, for issues about a whole column or a missing row. */
export function headerCell(map: SheetMap, field?: string): string {
  return cellRef(map.headerRow, field ? (map.columns[field] ?? 1) : 1);
}

/** The cell of a text row (0-based index), or the title cell. */
export function textCell(map: SheetMap, index: number): string {
  return cellRef(map.textRows[index] ?? map.titleRow, 1);
}
