/** The one port between the core and a workbook: Office.js inside Excel, or ExcelJS elsewhere. */
import type { SheetGrid, SheetSpec } from '../sheets/spec';

export interface WorkbookPort {
  /** Names of all sheets, in workbook order. */
  listSheets(): Promise<string[]>;
  /** Read the named sheets' grids; a missing sheet is left out of the result. */
  readSheets(names: readonly string[]): Promise<SheetGrid[]>;
  /** Write each spec as a formatted sheet, replacing a sheet of the same name. */
  writeSheets(specs: readonly SheetSpec[]): Promise<void>;
}
