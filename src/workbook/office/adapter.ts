/**
 * The WorkbookPort inside Excel, through Office.js. Every method is one Excel batch with a fixed
 * number of syncs, whatever the number of rows: commands are queued, never synced in a loop.
 */
import type { SheetGrid, SheetSpec } from '../../sheets/spec';
import type { BackupState, ExportKind, ProtectRequest, StoreSheet, UpdatePlan, WorkbookPort } from '../port';
import { exportDocument, type FileSource, type IsSetSupported } from './exportFile';
import { localAddress, sheetGrid } from './read';
import { cellRef, columnNumber, parseCell, parseRange } from '../../sheets/spec';
import { queueRestore, queueState, strandedOrRestorable, writeSafely } from './safeWrite';

/** Runs one Excel batch: `Excel.run` in Excel, a fake in tests. */
export type ExcelBatchRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeWorkbookOptions {
  /** `Office.context.document` unless given. */
  document?: () => FileSource;
  /** `Office.context.requirements.isSetSupported` unless given. */
  isSetSupported?: IsSetSupported;
}

/**
 * Excel.run, waiting while the user is typing in a cell where Excel can (Excel.RunOptions
 * delayForCellEdit, ExcelApi 1.11: "the batch request is delayed until the user exits cell edit
 * mode"); elsewhere a batch started then fails with InvalidOperationInCellEditMode, having done
 * nothing, and the pane asks the user to press Enter (failureNotice).
 */
export function excelRunner(
  run: typeof Excel.run,
  isSetSupported: (name: string, version?: string) => boolean,
): ExcelBatchRunner {
  const delay = isSetSupported('ExcelApi', '1.11');
  const withOptions = run as unknown as <T>(
    options: Excel.RunOptions,
    batch: (context: Excel.RequestContext) => Promise<T>,
  ) => Promise<T>;
  const plain = run as unknown as <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  return (batch) => (delay ? withOptions({ delayForCellEdit: true }, batch) : plain(batch));
}

export class OfficeWorkbook implements WorkbookPort {
  private readonly document: () => FileSource;
  private readonly isSetSupported: IsSetSupported;

  constructor(
    private readonly run: ExcelBatchRunner,
    options: OfficeWorkbookOptions = {},
  ) {
    this.document = options.document ?? (() => Office.context.document);
    this.isSetSupported =
      options.isSetSupported ??
      ((name, version) => Office.context.requirements.isSetSupported(name, version));
  }

  /** The adapter over the Excel this add-in runs in. */
  static inExcel(): OfficeWorkbook {
    return new OfficeWorkbook(
      excelRunner(Excel.run, (name, version) => Office.context.requirements.isSetSupported(name, version)),
    );
  }

  async listSheets(): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/position,items/visibility');
      await context.sync();
      return [...sheets.items]
        .filter((ws) => ws.visibility !== 'VeryHidden')
        .sort((a, b) => a.position - b.position)
        .map((ws) => ws.name);
    });
  }

  /** One sync for any number of sheets, two when they hold tables (their ranges come second). */
  async readSheets(names: readonly string[]): Promise<SheetGrid[]> {
    return this.run(async (context) => {
      const read = queueRead(context, names);
      await context.sync();
      return read(context);
    });
  }

  /**
   * Three syncs for any number of sheets and rows: (1) the names in the workbook; (2) every spec built
   * on a staging sheet; (3) old sheets deleted, staging sheets renamed into their places. When (2)
   * fails, the staging sheets are deleted (one more sync) and the old sheets are as they were.
   */
  async writeSheets(specs: readonly SheetSpec[], store?: StoreSheet): Promise<void> {
    if (specs.length === 0) return;
    await this.run(async (context) => {
      const state = queueState(context);
      await context.sync();
      await writeSafely(context, state(), [], specs, store);
    });
  }

  /**
   * A read and a write whose first round trip is one: the sheets read and the workbook's names come
   * in one sync (two when the sheets hold tables), then the write's two. Three syncs to generate a
   * new year, four to rewrite one.
   */
  async updateSheets<T>(
    names: readonly string[],
    plan: (grids: SheetGrid[], sheets: string[]) => UpdatePlan<T>,
  ): Promise<T> {
    return this.run(async (context) => {
      const state = queueState(context);
      const read = queueRead(context, names);
      await context.sync();
      const grids = await read(context);
      const reachable = state()
        .sheets.filter((s) => s.visibility !== 'VeryHidden')
        .sort((a, b) => a.position - b.position)
        .map((s) => s.name);
      const { specs, store, rebuild, result } = plan(grids, reachable);
      if (specs.length > 0) await writeSafely(context, state(), rebuild ? [] : grids, specs, store);
      return result;
    });
  }

  /** One sync: unlock the editable ranges and protect each sheet, without a password. */
  async protectSheets(requests: readonly ProtectRequest[]): Promise<void> {
    if (requests.length === 0) return;
    await this.run(async (context) => {
      for (const { sheet, editable } of requests) {
        const ws = context.workbook.worksheets.getItem(sheet);
        // A protected sheet must be opened to unlock cells (unprotect is a no-op on an unprotected one).
        ws.protection.unprotect();
        for (const range of editable) ws.getRange(range).format.protection.locked = false;
        // No password: protection guards against slips, and a password would have to be kept somewhere.
        ws.protection.protect({
          allowFormatColumns: true,
          allowFormatRows: true,
          allowSort: true,
          allowAutoFilter: true,
          selectionMode: 'Normal',
        });
      }
      await context.sync();
    });
  }

  /** One sync: activate the sheet and select the cell. */
  async selectCell(sheet: string, cell: string): Promise<void> {
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  }

  /** One sync: the sheets' names and visibility. */
  async backups(): Promise<BackupState> {
    return this.run(async (context) => {
      const state = queueState(context);
      await context.sync();
      return strandedOrRestorable(state());
    });
  }

  /** Two syncs: the state, then every backup put back in its sheet's place (staging sheets deleted). */
  async restoreBackups(): Promise<string[]> {
    return this.run(async (context) => {
      const state = queueState(context);
      await context.sync();
      const restored = queueRestore(context, state());
      await context.sync();
      return restored.filter((n) => !n.startsWith('~'));
    });
  }

  async exportFile(kind: ExportKind): Promise<Uint8Array | null> {
    return exportDocument(this.document(), kind, this.isSetSupported);
  }
}

/**
 * Queue loading the named sheets' used ranges and table names; after a sync, the grids (one more sync
 * for the tables' ranges when there are tables). A missing sheet is left out.
 */
/** Where values are read: far beyond any plan's sheet (columns A–AD, rows 1–2000), far below 5 MB. */
export const READ_WINDOW = 'A1:AD2000';

/**
 * Bounds of an A1 address as Excel gives it: whole rows (`1:30`) and whole columns (`A:C`) span the
 * sheet's 16,384 columns or 1,048,576 rows.
 */
function boundsOf(address: string): { bottom: number; right: number } | null {
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(address);
  if (rows) return { bottom: Number(rows[2]), right: 16384 };
  const cols = /^\$?([A-Z]+):\$?([A-Z]+)$/.exec(address.toUpperCase());
  if (cols) return { bottom: 1048576, right: columnNumber(cols[2]!) };
  const one = parseCell(address);
  return parseRange(address) ?? (one ? { bottom: one.row, right: one.col } : null);
}

/** The far corner of what a sheet uses beyond READ_WINDOW, when it uses more. */
function beyondWindow(usedAddress: string | null): { beyond?: string } {
  const used = usedAddress ? boundsOf(localAddress(usedAddress)) : null;
  const window = parseRange(READ_WINDOW)!;
  if (!used || (used.bottom <= window.bottom && used.right <= window.right)) return {};
  return { beyond: cellRef(used.bottom, used.right) };
}

function queueRead(
  context: Excel.RequestContext,
  names: readonly string[],
): (context: Excel.RequestContext) => Promise<SheetGrid[]> {
  const sheets = names.map((name) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(name);
    ws.load('name');
    // Values are read within READ_WINDOW only: a stray value at XFD1 or A60000 would otherwise make the
    // response pass Excel on the web's 5 MB limit (test/workbook/office/fakeProxy.ts `response`).
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('address');
    const inWindow = used.getIntersectionOrNullObject(READ_WINDOW);
    inWindow.load('address,values,numberFormat,valueTypes,formulas');
    ws.tables.load('items/name');
    return { ws, used, inWindow };
  });
  return async (context) => {
    const found = sheets
      .filter(({ ws }) => !ws.isNullObject)
      .map(({ ws, used, inWindow }) => ({
        ws,
        used,
        inWindow,
        tables: ws.tables.items.map((table) => {
          const range = table.getRange();
          range.load('address');
          return { table, range };
        }),
        // How the sheet was set: A1's font, read with the tables (Excel.RangeFont.name).
        title: ws.getRange('A1').format.font.load('name'),
      }));
    if (found.length > 0) await context.sync();
    return found.map(({ ws, used, inWindow, tables, title }) => ({
      ...sheetGrid(
        ws.name,
        inWindow.isNullObject ? null : inWindow,
        tables.map(({ table, range }) => ({ name: table.name, address: range.address })),
        title.name ?? undefined,
      ),
      ...beyondWindow(used.isNullObject ? null : used.address),
    }));
  };
}
