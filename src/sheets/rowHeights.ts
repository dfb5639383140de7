/**
 * The height of each row of a written sheet. Excel fits no merged cell to its text and LibreOffice
 * fits no wrapped cell at all, so rows get a height estimated from their text, the same in every
 * adapter.
 */
import { isDateCell, specRows, type CellValue, type ColumnSpec, type SheetSpec } from './spec';

/** Excel's tallest row, in points. */
const MAX_ROW_HEIGHT = 409;

/** The title's least height, in lines: room above and below a one-line title. */
const TITLE_MIN_LINES = 1.4;

/** Width in Excel character units of one character at 11 pt: CJK and full-width forms take two. */
function charUnits(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code > 0xffff) return 2;
  const wide =
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6);
  return wide ? 2 : 1;
}

/**
 * Lines `text` wraps to in a column `width` character units wide at `fontSize` points, estimated as
 * Excel would wrap it.
 */
export function estimateLines(text: string, fontSize: number, width: number): number {
  const scale = fontSize / 11;
  // A cell loses about one character of its width to padding.
  const usable = Math.max(1, width - 1);
  return text.split(/\r?\n/).reduce((lines, paragraph) => {
    const units = [...paragraph].reduce((n, ch) => n + charUnits(ch), 0) * scale;
    return lines + Math.max(1, Math.ceil(units / usable));
  }, 0);
}

/** Height in points of `lines` lines of text at `fontSize` points. */
export function rowHeight(lines: number, fontSize: number): number {
  return Math.min(MAX_ROW_HEIGHT, Math.ceil(lines * fontSize * 1.45 + 6));
}

/** About what Excel shows for a value in a column, to estimate its wrapping. */
export function displayText(value: CellValue, column: ColumnSpec): string {
  if (value === null) return '';
  if (isDateCell(value)) return value.date.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日');
  if (typeof value === 'number' && column.kind === 'month') return `${value}月`;
  return String(value);
}

/**
 * Row heights in points by row number: the title at least 1.4 lines tall, each text row by the lines
 * it wraps to across the table, the header and each data row by its most-wrapped cell. A header or
 * data row that does not wrap has no entry: it keeps Excel's own height. The totals row has none.
 */
export function rowHeights(spec: SheetSpec): Map<number, number> {
  const { columns, rows: data } = spec.table;
  const { title, text, header, body } = spec.fonts;
  const widths = columns.map((c) => c.width);
  const totalWidth = widths.reduce((n, w) => n + w, 0);
  const rows = specRows(spec);
  const heights = new Map<number, number>();

  const titleLines = estimateLines(spec.title, title.size, totalWidth);
  heights.set(rows.title, rowHeight(Math.max(TITLE_MIN_LINES, titleLines), title.size));
  spec.textRows.forEach((t, i) =>
    heights.set(rows.text[i]!, rowHeight(estimateLines(t, text.size, totalWidth), text.size)),
  );

  const fit = (row: number, texts: string[], fontSize: number) => {
    const lines = Math.max(1, ...texts.map((t, j) => estimateLines(t, fontSize, widths[j] ?? 1)));
    if (lines > 1) heights.set(row, rowHeight(lines, fontSize));
  };
  fit(
    rows.header,
    columns.map((c) => c.header),
    header.size,
  );
  data.forEach((row, i) =>
    fit(
      rows.firstData + i,
      columns.map((c, j) => displayText(row[j] ?? null, c)),
      body.size,
    ),
  );
  return heights;
}

/** Excel's row height at 11 pt, for rows that keep their own height. */
const DEFAULT_ROW_HEIGHT = 15;

/**
 * The most the frozen rows may take, in points: about half of what a laptop's Excel window shows, so
 * the data below always has room to scroll.
 */
export const MAX_FROZEN_HEIGHT = 200;

/**
 * How many rows to freeze: down to the header, so that it stays in view, unless the title and text rows
 * above it are so tall that, frozen, they would take the window; then none (printed pages still repeat
 * the header).
 */
export function frozenRows(spec: SheetSpec, heights: Map<number, number> = rowHeights(spec)): number {
  const { header } = specRows(spec);
  let total = 0;
  for (let row = 1; row <= header; row++) total += heights.get(row) ?? DEFAULT_ROW_HEIGHT;
  return total <= MAX_FROZEN_HEIGHT ? header : 0;
}
