/** Reading user-typed cell values: text, months, dates and numbers in the forms people type them. */
import { isValid } from 'date-fns';
import { parseWholeNumber, toAsciiDigits } from '../plan/numerals';
import type { IsoDate } from '../plan/model';
import { isDateCell, type CellValue } from './spec';

export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (isDateCell(v)) return v.date;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

/** 1–12 from `3`, `3月`, `三月`, `３月`; null when it is no month. */
export function parseMonth(v: CellValue | undefined): number | null {
  if (typeof v === 'number') return Number.isInteger(v) ? v : null;
  return parseWholeNumber(
    cellText(v)
      .trim()
      .replace(/月份?$/, ''),
  );
}

function isoOf(y: number, m: number, d: number): IsoDate | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (!isValid(date) || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A date from a real date cell or from text: `2027-03-05`, `2027/3/5`, `2027.3.5`, `2027年3月5日`.
 * Empty → ''. Anything else → null.
 */
export function parseDate(v: CellValue | undefined): IsoDate | '' | null {
  if (v === null || v === undefined) return '';
  if (isDateCell(v)) return v.date;
  if (typeof v !== 'string') return null;
  const s = toAsciiDigits(v.trim());
  if (s === '') return '';
  const m = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$/.exec(s);
  return m ? isoOf(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** A number from a number cell or numeric text; empty → null; anything else → NaN. */
export function parseNumber(v: CellValue | undefined): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return v;
  const s = toAsciiDigits(cellText(v).trim());
  if (s === '') return null;
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : NaN;
}
