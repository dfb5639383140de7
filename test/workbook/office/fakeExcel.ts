/**
 * A small recording fake of the Excel JavaScript API objects the Office adapter uses, over the state
 * in fakeModel. It works as Office.js does: proxies queue commands; `context.sync()` runs them in
 * order against the workbook and stops at the first that fails (earlier ones stay done); a property
 * can only be read after it was loaded and synced; `*OrNullObject` gives objects whose
 * `isNullObject` is known after a sync. It counts syncs and round trips, and fails on demand.
 */
import type { ExcelBatchRunner } from '../../../src/workbook/office/adapter';
import { FakeExcelError, FakeSheet, FakeWorkbook } from './fakeModel';
import { FakeWorkbookObject } from './fakeObjects';
import { response, type Op } from './fakeProxy';

interface Failure {
  afterOps: number;
  error: Error;
}

export class FakeExcel {
  readonly book = new FakeWorkbook();
  /**
   * `context.sync()` calls made by the code under test, and the round trips to Excel: syncs that
   * carried commands, the last flush of Excel.run included.
   */
  syncs = 0;
  roundTrips = 0;
  /** Commands carried by each round trip, in order. */
  readonly opCounts: number[] = [];
  private readonly failures = new Map<number, Failure>();
  /**
   * The user is typing in a cell: Excel refuses every request until they leave the cell, with the
   * code InvalidOperationInCellEditMode (Office.js's string L_InvalidOperationInCellEditMode: "Excel is
   * in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell,
   * and then try again"; Excel.ErrorCodes), and runs none of its commands.
   */
  cellEditMode = false;
  /** Excel on the web's 5 MB limit on what one round trip returns (see fakeProxy's `response`); null: none. */
  responseLimit: number | null = 5 * 1024 * 1024;

  constructor(sheets: readonly string[] = ['Sheet1']) {
    for (const name of sheets) this.book.addSheet(name);
  }

  /**
   * Make the n-th round trip from now (1 = the next sync that carries commands) fail after running
   * its first `afterOps` commands, as Excel does when a command fails: those before it are done,
   * none after it.
   */
  failOnSync(
    n: number,
    afterOps = 0,
    error: Error = new FakeExcelError('GeneralException', 'Injected failure'),
  ) {
    this.failures.set(this.roundTrips + n, { afterOps, error });
  }

  /** Excel.run: a new context per batch, and a last sync of whatever the batch left queued. */
  readonly run: ExcelBatchRunner = async (batch) => {
    const context = new FakeContext(this);
    const result = await batch(context as unknown as Excel.RequestContext);
    context.flush();
    return result;
  };

  /** @internal */
  execute(ops: Op[], explicit: boolean) {
    if (explicit) this.syncs += 1;
    if (ops.length === 0) return;
    if (this.cellEditMode)
      throw new FakeExcelError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode');
    this.roundTrips += 1;
    this.opCounts.push(ops.length);
    const failure = this.failures.get(this.roundTrips);
    this.failures.delete(this.roundTrips);
    response.bytes = 0;
    ops.forEach((op, i) => {
      if (failure && i === failure.afterOps) throw failure.error;
      op();
    });
    if (failure && failure.afterOps >= ops.length) throw failure.error;
    if (this.responseLimit !== null && response.bytes > this.responseLimit)
      throw new FakeExcelError('ResponsePayloadSizeLimitExceeded', `The response is ${response.bytes} bytes`);
  }

  sheet(name: string): FakeSheet {
    return this.book.sheet(name);
  }

  /** Another fake Excel holding a copy of this workbook (sheets, tables, visibility), counters at zero. */
  clone(): FakeExcel {
    const other = new FakeExcel([]);
    for (const sheet of this.book.sheets) {
      const made = other.book.tables.length;
      const copy = other.book.copySheet(sheet);
      copy.name = sheet.name;
      copy.selection = sheet.selection;
      other.book.tables.slice(made).forEach((t, i) => (t.name = sheet.tables[i]!.name));
    }
    other.book.active = other.book.findSheet(this.book.active?.name ?? '') ?? null;
    other.book.definedNames = [...this.book.definedNames];
    other.book.structureProtected = this.book.structureProtected;
    return other;
  }

  /** Everything about a sheet and its tables, as plain data: to compare before and after. */
  snapshot(name: string): unknown {
    const sheet = this.book.sheet(name);
    return JSON.parse(
      JSON.stringify({
        name: sheet.name,
        position: this.book.sheets.indexOf(sheet),
        cells: [...sheet.cells].sort(([a], [b]) => a.localeCompare(b)),
        columnWidths: [...sheet.columnWidths],
        rowHeights: [...sheet.rowHeights],
        merges: sheet.merges,
        validations: sheet.validations,
        conditionalFormats: sheet.conditionalFormats,
        frozenRows: sheet.frozenRows,
        pageLayout: sheet.pageLayout,
        protection: sheet.protection,
        tables: sheet.tables.map(({ name: n, bounds, columns, showTotals, style }) => ({
          n,
          bounds,
          columns,
          showTotals,
          style,
        })),
      }),
    );
  }
}

export class FakeContext {
  private queue: Op[] = [];
  readonly workbook: FakeWorkbookObject;

  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbookObject(this, () => excel.book);
  }

  enqueue(op: Op) {
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    this.run(true);
  }

  /** What Excel.run does when the batch is done: send whatever is still queued. */
  flush() {
    this.run(false);
  }

  private run(explicit: boolean) {
    const ops = this.queue;
    this.queue = [];
    this.excel.execute(ops, explicit);
  }
}
