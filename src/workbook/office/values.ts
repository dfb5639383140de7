/**
 * CellValue ⇄ the values Office.js writes and reads. Excel parses a string written through
 * `range.values` as if it were typed: `=…`, `+…`, `-…` and `@…` become formulas, `2027-03-05` a date,
 * `1.5` a number, `TRUE` a boolean. A leading apostrophe (Excel's quote prefix, not part of the value
 * read back) keeps such text as text; a cell formatted `@` keeps whatever is written as text.
 */
import { FALLBACK_DATE_FORMAT } from '../../sheets/columns';
import { isDateCell, type CellValue } from '../../sheets/spec';

export type OfficeValue = string | number | boolean;

export const TEXT_FORMAT = '@';

const DAY_MS = 86_400_000;
/** Excel's day 0 is 1899-12-30 for every date from 1900-03-01 (it counts a 29 February 1900). */
const EPOCH_MS = Date.UTC(1899, 11, 30);
const FIRST_TRUE_DAY_MS = Date.UTC(1900, 2, 1);
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2027-01-08` → 46395; null when the text is no date Excel can hold (before 1900, or malformed). */
export function dateToSerial(iso: string): number | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const date = new Date(ms);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  if (y < 1900 || y > 9999) return null;
  const days = (ms - EPOCH_MS) / DAY_MS;
  return ms < FIRST_TRUE_DAY_MS ? days - 1 : days;
}

/** 46395 → `2027-01-08`; the time of day is dropped. */
export function serialToDate(serial: number): string {
  const whole = Math.floor(serial);
  const days = whole < 61 ? whole + 1 : whole;
  const d = new Date(EPOCH_MS + days * DAY_MS);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Whether an Excel number format shows a date: y or d, or m without h or s, outside quotes. */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  const section = format.split(';')[0] ?? '';
  const bare = section
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?!h+\]|m+\]|s+\])[^\]]*\]/gi, '')
    .toLowerCase();
  if (/[yd]/.test(bare) || /[年日]/.test(section.replace(/"[^"]*"/g, ''))) return true;
  return /m/.test(bare) && !/[hs]/.test(bare);
}

const FORMULA_START = /^[=+\-@']/;
const VALUE_WORDS =
  /(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|am|pm|上午|下午|年|月|日|时|分|秒|e)/g;
const VALUE_CHARS = /[\d\s.,:/\-+%$()０-９．，：／－＋％￥¥€£（）]/g;

/**
 * Whether Excel would read this text as something else when written as a value: a formula, a
 * number, a date or time (in any locale's usual shapes), a boolean or an error. Errs towards yes;
 * a needless quote prefix only shows in the formula bar.
 */
export function needsQuotePrefix(text: string): boolean {
  if (FORMULA_START.test(text)) return true;
  const t = text.trim().toLowerCase();
  if (t === '') return false;
  if (t === 'true' || t === 'false' || t.startsWith('#')) return true;
  if (!/[0-9０-９]/.test(t)) return false;
  return t.replace(VALUE_WORDS, '').replace(VALUE_CHARS, '') === '';
}

/**
 * The number format of a data cell: its column's, or the fallback date format for a date in a column
 * whose format shows no date.
 */
export function cellFormat(columnFormat: string | undefined, value: CellValue): string {
  const format = columnFormat ?? 'General';
  if (isDateCell(value) && dateToSerial(value.date) !== null && !isDateFormat(format)) {
    return FALLBACK_DATE_FORMAT;
  }
  return format;
}

/** Text as it must be written so that Excel keeps it as this text. */
export function textValue(text: string, format: string): string {
  if (text.startsWith("'")) return `'${text}`;
  if (format === TEXT_FORMAT) return text;
  return needsQuotePrefix(text) ? `'${text}` : text;
}

/** A CellValue as written into a cell of the given number format. */
export function toOfficeValue(value: CellValue, format: string): OfficeValue {
  if (value === null) return '';
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  if (isDateCell(value)) return dateToSerial(value.date) ?? textValue(value.date, format);
  return textValue(value, format);
}

/** A value read back: a number in a date format is a date, '' and errors are empty. */
export function fromOfficeValue(value: unknown, format: unknown, type?: string): CellValue {
  if (type === 'Error') return null;
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    return isDateFormat(typeof format === 'string' ? format : null) && value >= 1
      ? { date: serialToDate(value) }
      : value;
  }
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  return null;
}
