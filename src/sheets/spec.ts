/**
 * The contract between the core and the workbook adapters: what to write (SheetSpec) and what was
 * read back (SheetGrid). Adapters turn these into cells; they hold no domain rules.
 */
import type { IsoDate } from '../plan/model';

/** A date cell. Adapters write it as a real Excel date and read real dates back as this. */
export interface DateCell {
  date: IsoDate;
}

export type CellValue = string | number | boolean | DateCell | null;

export function isDateCell(v: unknown): v is DateCell {
  return typeof v === 'object' && v !== null && typeof (v as DateCell).date === 'string';
}

export type ColumnKind = 'text' | 'number' | 'date' | 'month';

export interface ColumnSpec {
  /** Model field this column holds, e.g. `title`. */
  field: string;
  header: string;
  /** Width in Excel character units. */
  width: number;
  kind: ColumnKind;
  /** Excel number format for the column's data cells. */
  numberFormat?: string;
  /** A drop-down list of allowed values. `strict` rejects other input; otherwise Excel only warns. */
  list?: { values: readonly string[]; strict: boolean };
  /** Colour the cell by its value (状态). */
  statusColours?: boolean;
  /** A column users fill in: stays editable when the sheet is protected; never overwritten. */
  user: boolean;
  /** Centre short values (numbers, months, statuses). */
  centre?: boolean;
}

export interface FontSpec {
  name: string;
  size: number;
  bold?: boolean;
}

export interface SheetFonts {
  title: FontSpec;
  text: FontSpec;
  header: FontSpec;
  body: FontSpec;
}

/** The header row's fill, as RGB hex without `#`. */
export const HEADER_FILL = 'E7E6E6';

/** Colours for 状态 values, as RGB hex without `#`. */
export const STATUS_FILLS: Readonly<Record<string, string>> = {
  未开始: 'F2F2F2',
  进行中: 'FFF2CC',
  已完成: 'E2EFDA',
  已取消: 'D9D9D9',
};

export interface SheetSpec {
  /** Sheet name, e.g. `2027年工作计划`. */
  name: string;
  /** Title, written merged across the table's width in row 1. */
  title: string;
  /** Text rows below the title (preamble, 学习要求, the theme-day rule), each merged across. */
  textRows: string[];
  table: {
    /** Excel table name, e.g. `Plan2027`. */
    name: string;
    columns: readonly ColumnSpec[];
    rows: CellValue[][];
    /** A totals row: label in the first column, SUM of the named fields. */
    totals?: { label: string; sumFields: string[] };
  };
  fonts: SheetFonts;
}

/** Row numbers (1-based) where a SheetSpec lands on the sheet. */
export function specRows(spec: SheetSpec): {
  title: number;
  text: number[];
  header: number;
  firstData: number;
} {
  const text = spec.textRows.map((_, i) => 2 + i);
  const header = 2 + spec.textRows.length;
  return { title: 1, text, header, firstData: header + 1 };
}

/** The table's data rows as written: a table needs one data row, so an empty table gets one empty row. */
export function writtenRows(spec: SheetSpec): CellValue[][] {
  const { columns, rows } = spec.table;
  return rows.length ? rows : [columns.map(() => null)];
}

/** What a workbook adapter reads back from one sheet. */
export interface SheetGrid {
  name: string;
  /** Cell values from A1, row-major; merged cells hold their value in the top-left cell only. */
  values: CellValue[][];
  /** Excel tables on the sheet with their A1 ranges, e.g. `A5:H19`. */
  tables: { name: string; range: string }[];
  /** The font of A1 (where layout puts the title), when the adapter read it: how the sheet was set. */
  titleFont?: string;
  /** The far corner of cells in use that the adapter did not read (beyond its read window). */
  beyond?: string;
  /** The formulas among the cells read, by A1 address (`=SUM(F4:F15)`); values hold their results. */
  formulas?: Record<string, string>;
  /** What the sheet holds beside values that rebuilding it would not keep, where the adapter can tell. */
  extras?: GridExtras;
  /** Whether the adapter looked for `extras` (ExcelJS does; inside Excel that would cost a read per kind). */
  extrasRead?: boolean;
  /** Whether the adapter can insert and delete the table's rows in place (inside Excel; see inPlace.ts rowPlan). */
  rowsShift?: boolean;
}

/** Things users set on a sheet beside its values, by A1 cell or range. */
export interface GridExtras {
  notes?: string[];
  links?: string[];
  fills?: string[];
  merges?: string[];
  images?: number;
  password?: boolean;
}

/** Column letter for a 1-based column number. */
export function columnLetter(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** The 1-based column number of column letters: `A` → 1, `AA` → 27. */
export function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** Row and column of an A1 reference (`$` allowed); null when it is none. */
export function parseCell(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref.toUpperCase());
  return m ? { row: Number(m[2]), col: columnNumber(m[1]!) } : null;
}

export function cellRef(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** Parse `A5:H19` into 1-based bounds. */
export function parseRange(
  range: string,
): { top: number; left: number; bottom: number; right: number } | null {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(range.toUpperCase());
  if (!m) return null;
  return { left: columnNumber(m[1]!), top: Number(m[2]), right: columnNumber(m[3]!), bottom: Number(m[4]) };
}
