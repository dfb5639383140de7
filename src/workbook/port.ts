/** The one port between the core and a workbook: Office.js inside Excel, or ExcelJS elsewhere. */
import type { SheetGrid, SheetSpec } from '../sheets/spec';

/** Protect a sheet, leaving these A1 ranges (the user columns) editable. No password is ever set. */
export interface ProtectRequest {
  sheet: string;
  editable: readonly string[];
}

export type ExportKind = 'xlsx' | 'pdf';

/**
 * A very hidden sheet of text the product keeps for itself (src/workbook/bases.ts): written whole, as
 * text, with the specs it goes with; users never see it.
 */
export interface StoreSheet {
  name: string;
  rows: string[][];
}

/** What an update writes, and what it gives back to its caller. */
export interface UpdatePlan<T> {
  specs: readonly SheetSpec[];
  /** Written with the specs, all or nothing; only when there are specs. */
  store?: StoreSheet;
  /**
   * Rebuild every sheet in the standard layout (formatting), instead of writing values into a sheet
   * that has its layout already, which keeps what users set on it.
   */
  rebuild?: boolean;
  result: T;
}

/** The backups a host keeps of the sheets its last action rewrote (inside Excel: src/workbook/office/safeWrite.ts). */
export interface BackupState {
  /** Sheets 恢复上一版 would put back, by name (the product's own store sheet left out). */
  restorable: string[];
  /** What a write that did not finish left: staging sheets, sheets missing whose backup is there. */
  stranded: string[];
}

export interface WorkbookPort {
  /** Names of the sheets users can reach (visible or hidden, not very hidden), in workbook order. */
  listSheets(): Promise<string[]>;
  /** Read the named sheets' grids; a missing sheet is left out of the result. */
  readSheets(names: readonly string[]): Promise<SheetGrid[]>;
  /**
   * Write each spec as a formatted sheet, replacing a sheet of the same name, and the store sheet
   * when given; all or nothing.
   */
  writeSheets(specs: readonly SheetSpec[], store?: StoreSheet): Promise<void>;
  /**
   * Read the named sheets, then write the specs `plan` makes of what was read (and of the names of
   * every sheet users can reach, as listSheets gives them), as one batch: inside
   * Excel the read and the write share a round trip. Nothing is written when `plan` gives no specs
   * (or throws); its result comes back either way.
   */
  updateSheets<T>(
    names: readonly string[],
    plan: (grids: SheetGrid[], sheets: string[]) => UpdatePlan<T>,
  ): Promise<T>;
  /** Protect sheets without a password, the given ranges left editable. */
  protectSheets(requests: readonly ProtectRequest[]): Promise<void>;
  /** Show a cell to the user: activate its sheet and select it. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** The backups of the last rewrite, where the host keeps them (inside Excel); absent elsewhere. */
  backups?(): Promise<BackupState>;
  /** Put the last rewrite's backups back (恢复上一版); the sheets restored. */
  restoreBackups?(): Promise<string[]>;
  /** The whole workbook as a file; null when the host cannot make that kind. */
  exportFile(kind: ExportKind): Promise<Uint8Array | null>;
}
