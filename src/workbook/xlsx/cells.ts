/** CellValue ⇄ ExcelJS cell values. Dates travel as UTC midnight, so no time zone can shift them. */
import type * as ExcelJS from 'exceljs';
import { isDateCell, type CellValue } from '../../sheets/spec';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Text as the .xlsx format stores it. XML cannot hold control characters, and ExcelJS drops them on
 * write while decoding `_xHHHH_` on read: so a control character is written as its `_xHHHH_` escape
 * and a literal `_xHHHH_` in the text has its underscore escaped (`_x005F_`), as Excel itself does.
 */
export function escapeXlsxText(text: string): string {
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(/[^\t\n\u0020-\u007E\u00A0-\uFFFD]/g, (c) => {
      // Control characters (\r too: XML reads it as \n; DEL and C1 too: ExcelJS drops them) and
      // U+FFFE/U+FFFF; surrogate halves lie inside the kept range.
      return `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
    });
}

/** `{date:'2027-01-08'}` → `Date.UTC(2027,0,8)`; a malformed date is written as its text. */
export function toExcelValue(value: CellValue): ExcelJS.CellValue {
  if (typeof value === 'string') return escapeXlsxText(value);
  if (!isDateCell(value)) return value;
  const m = ISO_DATE.exec(value.date);
  if (!m) return value.date;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCDate() === Number(m[3]) ? date : value.date;
}

function isoDate(d: Date): CellValue {
  if (Number.isNaN(d.getTime())) return null;
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return { date: `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` };
}

function richTextOf(v: { richText: { text: string }[] }): string {
  return v.richText.map((run) => run.text ?? '').join('');
}

/** An ExcelJS cell value as a CellValue: formulas give their cached result, errors give null. */
export function fromExcelValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return isoDate(value);
  if (typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.richText)) return richTextOf(v as { richText: { text: string }[] });
  if ('formula' in v || 'sharedFormula' in v) return fromExcelValue(v.result);
  if ('hyperlink' in v) return fromExcelValue(v.text);
  // { error: '#N/A' } and anything unknown.
  return null;
}
