/** Where a SheetSpec's rows and columns land, as Office.js ranges: shared by writer and styles. */
import { rowHeights } from '../../sheets/rowHeights';
import { columnLetter, specRows, writtenRows, type CellValue, type SheetSpec } from '../../sheets/spec';

export interface SheetLayout {
  /** Number of table columns, and the letter of the last one. */
  width: number;
  last: string;
  text: number[];
  header: number;
  firstData: number;
  lastData: number;
  /** The totals row, when the table has one. */
  totals?: number;
  /** The data rows as written: an empty table gets one empty row. */
  data: CellValue[][];
  /** Row heights in points by row number (rowHeights), for the rows that get one. */
  heights: Map<number, number>;
}

export function sheetLayout(spec: SheetSpec): SheetLayout {
  const { columns } = spec.table;
  const rows = specRows(spec);
  // An empty table gets one empty row, read back as nulls.
  const data = writtenRows(spec);
  const lastData = rows.header + data.length;
  return {
    width: columns.length,
    last: columnLetter(columns.length),
    text: rows.text,
    header: rows.header,
    firstData: rows.firstData,
    lastData,
    ...(spec.table.totals ? { totals: lastData + 1 } : {}),
    data,
    heights: rowHeights(spec),
  };
}

/** The A1 range of one column between two rows. */
export function columnRange(col: number, top: number, bottom: number): string {
  const letter = columnLetter(col);
  return `${letter}${top}:${letter}${bottom}`;
}

/** The A1 range of whole rows `top`…`bottom` across the table's width. */
export function rowsRange(layout: SheetLayout, top: number, bottom = top): string {
  return `A${top}:${layout.last}${bottom}`;
}

/**
 * Excel's column width in points for a width in character units, as Excel itself converts it with
 * the default font (Calibri 11, a 7-pixel digit): pixels = trunc((256·w + trunc(128/7)) / 256 · 7).
 */
export function columnPoints(width: number): number {
  const pixels = Math.trunc(((256 * width + Math.trunc(128 / 7)) / 256) * 7);
  return pixels * 0.75;
}

/** Consecutive rows of equal height as `[top, bottom, height]` runs: one format call per run. */
export function heightRuns(heights: Map<number, number>): [number, number, number][] {
  const runs: [number, number, number][] = [];
  for (const [row, h] of [...heights].sort((a, b) => a[0] - b[0])) {
    const prev = runs[runs.length - 1];
    if (prev && prev[1] === row - 1 && prev[2] === h) prev[1] = row;
    else runs.push([row, row, h]);
  }
  return runs;
}
