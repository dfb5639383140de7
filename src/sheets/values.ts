/**
 * Reading user-typed cell values: text, months, dates and numbers in the forms people type them,
 * including the forms Excel turns them into (a date typed as `3.5` is stored as the number 3.5; a
 * pasted date without its format is a serial number).
 */
import { isValid } from 'date-fns';
import { parseChineseNumeral, parseWholeNumber, toAsciiDigits } from '../plan/numerals';
import type { IsoDate } from '../plan/model';
import { isDateCell, type CellValue } from './spec';

export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (isDateCell(v)) return v.date;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

/** Serial numbers read as dates in date and month columns: 1954-10-03 … 2119-01-10. */
export const SERIAL_MIN = 20000;
export const SERIAL_MAX = 80000;

/** An Excel serial day number (1900 date system) as an ISO date; the time of day is dropped. */
export function serialToIso(serial: number): IsoDate {
  // Day 0 is 1899-12-30 for every serial after 60 (Excel's phantom 1900-02-29 lies before).
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function isSerial(v: number): boolean {
  return v >= SERIAL_MIN && v < SERIAL_MAX;
}

/**
 * The month from `3`, `03`, `3月`, `三月`, `３月份`, `2027-03`, `2027年3月`, a date or a date's serial;
 * null when it is no month. Numbers above 12 are kept, for validation to report.
 */
export function parseMonth(v: CellValue | undefined): number | null {
  if (isDateCell(v)) return Number(v.date.slice(5, 7));
  if (typeof v === 'number') {
    if (isSerial(v)) return Number(serialToIso(v).slice(5, 7));
    return Number.isInteger(v) && v >= 1 ? v : null;
  }
  const s = toAsciiDigits(cellText(v).normalize('NFKC'))
    .replace(/\s+/g, '')
    .replace(/月份?$/, '');
  const ym = /^\d{4}(?:[-/.]|年)(\d{1,2})$/.exec(s);
  const n = parseWholeNumber(ym ? ym[1]! : s);
  if (n !== null) return n >= 1 ? n : null;
  const date = parseDate(v);
  return date ? Number(date.slice(5, 7)) : null;
}

function isoOf(y: number, m: number, d: number): IsoDate | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (!isValid(date) || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** What a date cell holds: a date ('' when empty), or why it is not one. */
export type DateRead =
  | { date: IsoDate | '' }
  | { error: 'unreadable' }
  /** The number 3.1 may be 3月1日 or 3月10日 typed as `3.10`: Excel keeps no trailing zero. */
  | { error: 'ambiguous'; candidates: IsoDate[] };

const WEEKDAY = /(?:[(（]\s*(?:星期|周|礼拜)[一二三四五六日天]\s*[)）]|(?:星期|周|礼拜)[一二三四五六日天])$/;
const TIME = /\s+\d{1,2}:\d{2}(?::\d{2})?$/;
const FULL = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*[日号]?$/;
const NO_YEAR = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})$/;
const NO_YEAR_CN = /^([\d一二三四五六七八九十]{1,3})\s*月\s*([\d一二三四五六七八九十]{1,3})\s*[日号]$/;

function monthDay(year: number | undefined, m: string, d: string): DateRead {
  const month = parseWholeNumber(m);
  const day = parseWholeNumber(d);
  if (year === undefined || month === null || day === null) return { error: 'unreadable' };
  const iso = isoOf(year, month, day);
  return iso ? { date: iso } : { error: 'unreadable' };
}

/** The number `m.d` (how Excel stores `3.5` typed into a cell) on the given year. */
function numberDate(v: number, year: number | undefined): DateRead {
  const [whole, frac] = String(v).split('.');
  if (year === undefined || frac === undefined || frac.length > 2) return { error: 'unreadable' };
  const month = Number(whole);
  const days = frac.length === 2 ? [Number(frac)] : [Number(frac), Number(frac) * 10];
  const candidates = days.flatMap((d) => isoOf(year, month, d) ?? []);
  if (candidates.length === 1) return { date: candidates[0]! };
  return candidates.length === 0 ? { error: 'unreadable' } : { error: 'ambiguous', candidates };
}

/**
 * A date from a real date cell, a serial number, or text: `2027-03-05`, `2027/3/5`, `2027.3.5`,
 * `2027年3月5日`, with a weekday after it or not; without a year (`3月5日`, `3/5`, `3.5`) it is in
 * `year`. Empty → ''.
 */
export function readDate(v: CellValue | undefined, year?: number): DateRead {
  if (v === null || v === undefined) return { date: '' };
  if (isDateCell(v)) return { date: v.date };
  if (typeof v === 'number') return isSerial(v) ? { date: serialToIso(v) } : numberDate(v, year);
  if (typeof v !== 'string') return { error: 'unreadable' };
  const s = toAsciiDigits(v.normalize('NFKC').trim()).replace(TIME, '').replace(WEEKDAY, '').trim();
  if (s === '') return { date: '' };
  const full = FULL.exec(s);
  if (full) {
    const iso = isoOf(Number(full[1]), Number(full[2]), Number(full[3]));
    return iso ? { date: iso } : { error: 'unreadable' };
  }
  const short = NO_YEAR.exec(s) ?? NO_YEAR_CN.exec(s);
  return short ? monthDay(year, short[1]!, short[2]!) : { error: 'unreadable' };
}

/** `readDate` as a value: the date, '' when empty, null when it is no date (or an ambiguous one). */
export function parseDate(v: CellValue | undefined, year?: number): IsoDate | '' | null {
  const r = readDate(v, year);
  return 'date' in r ? r.date : null;
}

const HOURS_UNIT = /(?:个)?(?:学时|课时|小时|h)$/i;

/**
 * A number from a number cell or text: `3`, `３`, `2.5`, `3学时`, `三课时`.
 * Empty → null; anything else → NaN.
 */
export function parseNumber(v: CellValue | undefined): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return v;
  const s = toAsciiDigits(cellText(v).normalize('NFKC')).replace(/\s+/g, '');
  if (s === '') return null;
  const n = s.replace(HOURS_UNIT, '');
  if (/^-?\d+(\.\d+)?$/.test(n)) return Number(n);
  return parseChineseNumeral(n) ?? NaN;
}
