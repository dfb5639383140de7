/** Fonts, borders, fills and row heights of a written sheet. */
import type * as ExcelJS from 'exceljs';
import type { FontSpec } from '../../sheets/spec';

/** GB2312: Excel and LibreOffice replace a missing font by a Chinese one, never by boxes. */
const CHARSET_GB2312 = 134;

export function font(spec: FontSpec, bold = spec.bold ?? false): Partial<ExcelJS.Font> {
  return { name: spec.name, size: spec.size, bold, charset: CHARSET_GB2312 };
}

const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };

export const BORDERS: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };

/** A solid fill for conditional formats (Excel paints a dxf solid fill with its bgColor). */
export function dxfFill(rgb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${rgb}` }, bgColor: { argb: `FF${rgb}` } };
}

/** Excel's tallest row, in points. */
const MAX_ROW_HEIGHT = 409;

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
 * Excel would wrap it. Excel fits no merged cell to its text and LibreOffice fits no wrapped cell at
 * all, so rows get an estimated height.
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
