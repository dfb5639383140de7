/**
 * The Excel API requirement sets the Office adapter needs. ExcelApi 1.9 is the highest set among the
 * APIs it calls, each introduced in:
 * - 1.1: worksheets add/getItem/delete/name/position/visibility/activate, range values/numberFormat/
 *   formulas/valueTypes/select, font/fill/borders/alignment/wrapText, tables add/name/style/showTotals;
 * - 1.2: range merge, format columnWidth/rowHeight, format.protection.locked, worksheet.protection
 *   protect/unprotect, table.worksheet;
 * - 1.3: table showBandedRows and showFilterButton;
 * - 1.4: worksheets.getItemOrNullObject, worksheet.getUsedRangeOrNullObject;
 * - 1.6: range.conditionalFormats (cell value rules);
 * - 1.7: freezePanes.freezeRows, the protection option selectionMode, worksheet.copy (the backups);
 * - 1.8: range.dataValidation (list rule, errorAlert, ignoreBlanks);
 * - 1.9: worksheet.pageLayout (orientation, paperSize, zoom, centerHorizontally, setPrintTitleRows,
 *   setPrintMargins, headersFooters).
 * Exporting a file uses the Common API sets CompressedFile and PdfFile; they are optional (a host
 * without them gets null from exportFile), so they are not listed here.
 */
export interface RequirementSet {
  name: string;
  version: string;
}

export const REQUIRED_SETS: readonly RequirementSet[] = [{ name: 'ExcelApi', version: '1.9' }];

export interface RequirementMessage {
  message: string;
  messageEn: string;
}

type IsSetSupported = (name: string, minVersion?: string) => boolean;

function hostIsSetSupported(name: string, minVersion?: string): boolean {
  return Office.context.requirements.isSetSupported(name, minVersion);
}

/** Null when this Excel has every set; otherwise a message naming what is needed. */
export function checkRequirements(
  isSetSupported: IsSetSupported = hostIsSetSupported,
): RequirementMessage | null {
  const missing = REQUIRED_SETS.filter((set) => !isSetSupported(set.name, set.version));
  if (missing.length === 0) return null;
  const needed = missing.map((set) => `${set.name} ${set.version}`).join('、');
  const neededEn = missing.map((set) => `${set.name} ${set.version}`).join(', ');
  return {
    message: `此版本的 Excel 不支持本加载项所需的功能（需要 ${needed}）。请更新 Office 或使用 Excel 网页版。`,
    messageEn: `This version of Excel does not support features this add-in needs (${neededEn} is required). Please update Office or use Excel on the web.`,
  };
}
