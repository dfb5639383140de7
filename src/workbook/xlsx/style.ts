/** Fonts, borders and fills of a written sheet. */
import type * as ExcelJS from 'exceljs';
import { HEADER_FILL, type FontSpec } from '../../sheets/spec';

/** GB2312: Excel and LibreOffice replace a missing font by a Chinese one, never by boxes. */
const CHARSET_GB2312 = 134;

export function font(spec: FontSpec, bold = spec.bold ?? false): Partial<ExcelJS.Font> {
  return { name: spec.name, size: spec.size, bold, charset: CHARSET_GB2312 };
}

const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };

export const BORDERS: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/** The header cells' fill. */
export const HEADER_CELL_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: `FF${HEADER_FILL}` },
};

/** A solid fill for conditional formats (Excel paints a dxf solid fill with its bgColor). */
export function dxfFill(rgb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${rgb}` }, bgColor: { argb: `FF${rgb}` } };
}
