/** Where a SheetSpec's rows and columns land, and the heights its rows need: shared by writer and styles. */
import {
  columnLetter,
  isDateCell,
  specRows,
  type CellValue,
  type ColumnSpec,
  type SheetSpec,
} from '../../sheets/spec';
import { estimateLines, rowHeight } from '../xlsx/style';

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
}

export function sheetLayout(spec: SheetSpec): SheetLayout {
  const { columns } = spec.table;
  const rows = specRows(spec);
  // A table needs one data row; an empty table gets one empty row, read back as nulls.
  const data: CellValue[][] = spec.table.rows.length ? spec.table.rows : [columns.map(() => null)];
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

/** About what Excel shows for a value, to estimate its wrapping (as the ExcelJS writer does). */
export function displayText(value: CellValue, column: ColumnSpec): string {
  if (value === null) return '';
  if (isDateCell(value)) return value.date.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日');
  if (typeof value === 'number' && column.kind === 'month') return `${value}月`;
  return String(value);
}

/**
 * Row heights in points by row number, as the ExcelJS writer sets them: the title at least 1.4 lines,
 * each text row by its wrapped lines across the table, header and data rows only when they wrap.
 */
export function rowHeights(spec: SheetSpec, layout: SheetLayout): Map<number, number> {
  const { columns } = spec.table;
  const widths = columns.map((c) => c.width);
  const totalWidth = widths.reduce((n, w) => n + w, 0);
  const heights = new Map<number, number>();
  const { title, text, header, body } = spec.fonts;
  heights.set(1, rowHeight(Math.max(1.4, estimateLines(spec.title, title.size, totalWidth)), title.size));
  spec.textRows.forEach((t, i) =>
    heights.set(layout.text[i]!, rowHeight(estimateLines(t, text.size, totalWidth), text.size)),
  );
  const fit = (row: number, texts: string[], fontSize: number) => {
    const lines = Math.max(1, ...texts.map((t, j) => estimateLines(t, fontSize, widths[j] ?? 1)));
    if (lines > 1) heights.set(row, rowHeight(lines, fontSize));
  };
  fit(
    layout.header,
    columns.map((c) => c.header),
    header.size,
  );
  layout.data.forEach((row, i) =>
    fit(
      layout.firstData + i,
      columns.map((c, j) => displayText(row[j] ?? null, c)),
      body.size,
    ),
  );
  return heights;
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
