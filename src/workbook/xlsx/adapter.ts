/** The WorkbookPort over an ExcelJS workbook: for Node (CLI) and for the browser outside Excel. */
import * as ExcelJS from 'exceljs';
import type { SheetGrid, SheetSpec } from '../../sheets/spec';
import type { ExportKind, ProtectRequest, StoreSheet, UpdatePlan, WorkbookPort } from '../port';
import { parseRange } from '../../sheets/spec';
import { readGrid } from './read';
import { repairLoadedSheet } from './repair';
import { printFlags } from './flags';
import { openZip, sizeProblem } from './limits';
import { writeInPlace, writeSpec } from './write';
import { escapeXlsxText } from './cells';

/** The input is not an .xlsx workbook. The message is one line, for people. */
export class XlsxReadError extends Error {
  constructor(options?: { cause?: unknown; message?: string }) {
    super(options?.message ?? '无法读取工作簿：不是有效的 .xlsx 文件 (not a valid .xlsx file)', options);
    this.name = 'XlsxReadError';
  }
}

/**
 * A workbook saved without a theme part (LibreOffice and WPS write none) loads with no themes, and
 * ExcelJS then writes none while its workbook relations still point to theme/theme1.xml — a dangling
 * part Excel answers with its repair prompt. ExcelJS writes its default theme when the workbook has
 * no themes at all (exceljs lib/xlsx/xlsx.js: `model.themes || {theme1: theme1Xml}`, and the relation
 * to theme/theme1.xml it always adds), so an empty set is made none.
 */
function keepATheme(workbook: ExcelJS.Workbook): void {
  const wb = workbook as unknown as { _themes?: Record<string, string> };
  if (!wb._themes || Object.keys(wb._themes).length === 0) wb._themes = undefined;
}

/** The store sheet, very hidden, last in the workbook, holding its rows as text and nothing else. */
function writeStore(workbook: ExcelJS.Workbook, store: StoreSheet): void {
  const old = workbook.getWorksheet(store.name);
  if (old) workbook.removeWorksheet(old.id);
  const ws = workbook.addWorksheet(store.name, { state: 'veryHidden' });
  store.rows.forEach((row, i) => {
    row.forEach((text, j) => {
      const cell = ws.getCell(i + 1, j + 1);
      cell.numFmt = '@';
      cell.value = escapeXlsxText(text);
    });
  });
}

export class XlsxWorkbook implements WorkbookPort {
  private constructor(readonly workbook: ExcelJS.Workbook) {}

  static create(): XlsxWorkbook {
    return new XlsxWorkbook(new ExcelJS.Workbook());
  }

  /** Load an .xlsx file; anything else throws XlsxReadError. */
  static async fromBuffer(buf: ArrayBuffer | Uint8Array): Promise<XlsxWorkbook> {
    // One look at the zip serves the size checks and the print flags ExcelJS misreads.
    const zip = await openZip(buf);
    const tooLarge = await sizeProblem(buf.byteLength, zip);
    if (tooLarge) throw new XlsxReadError({ message: tooLarge });
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(buf as unknown as ExcelJS.Buffer);
    } catch (cause) {
      throw new XlsxReadError({ cause });
    }
    // A zip without a workbook part loads as a workbook without sheets; Excel never writes one.
    if (workbook.worksheets.length === 0) throw new XlsxReadError();
    keepATheme(workbook);
    const flags = await printFlags(zip);
    for (const ws of workbook.worksheets) {
      const f = flags.get(ws.name);
      // Set only what the file says and ExcelJS missed: a flag written as `true` (see flags.ts).
      if (f?.fitToPage) ws.pageSetup.fitToPage = true;
      if (f?.horizontalCentered) ws.pageSetup.horizontalCentered = true;
      if (f?.verticalCentered) ws.pageSetup.verticalCentered = true;
    }
    workbook.worksheets.forEach(repairLoadedSheet);
    return new XlsxWorkbook(workbook);
  }

  async toBuffer(): Promise<Uint8Array> {
    const buf: unknown = await this.workbook.xlsx.writeBuffer();
    return buf instanceof Uint8Array
      ? new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength)
      : new Uint8Array(buf as ArrayBuffer);
  }

  async listSheets(): Promise<string[]> {
    return this.workbook.worksheets.filter((ws) => ws.state !== 'veryHidden').map((ws) => ws.name);
  }

  async readSheets(names: readonly string[]): Promise<SheetGrid[]> {
    return names.flatMap((name) => {
      const ws = this.workbook.getWorksheet(name);
      return ws ? [readGrid(ws)] : [];
    });
  }

  async updateSheets<T>(
    names: readonly string[],
    plan: (grids: SheetGrid[], sheets: string[]) => UpdatePlan<T>,
  ): Promise<T> {
    const grids = await this.readSheets(names);
    const { specs, store, rebuild, result } = plan(grids, await this.listSheets());
    if (specs.length > 0) this.write(specs, store, rebuild ? [] : grids);
    return result;
  }

  async writeSheets(specs: readonly SheetSpec[], store?: StoreSheet): Promise<void> {
    this.write(specs, store, []);
  }

  /** Sheets that keep their layout are written in place, the others rebuilt (write.ts). */
  private write(specs: readonly SheetSpec[], store: StoreSheet | undefined, grids: readonly SheetGrid[]) {
    const gridOf = (name: string) => grids.find((g) => g.name.toLowerCase() === name.toLowerCase());
    for (const spec of specs)
      if (!writeInPlace(this.workbook, spec, gridOf(spec.name))) writeSpec(this.workbook, spec);
    if (store) writeStore(this.workbook, store);
    // Totals are formulas: have Excel compute them on open.
    this.workbook.calcProperties.fullCalcOnLoad = true;
  }

  async protectSheets(requests: readonly ProtectRequest[]): Promise<void> {
    for (const { sheet, editable } of requests) {
      const ws = this.workbook.getWorksheet(sheet);
      if (!ws) throw new Error(`No sheet ${sheet} to protect`);
      for (const range of editable) {
        const r = parseRange(range.includes(':') ? range : `${range}:${range}`);
        if (!r) throw new Error(`Bad range ${range}`);
        for (let row = r.top; row <= r.bottom; row++)
          for (let col = r.left; col <= r.right; col++) {
            const cell = ws.getCell(row, col);
            // A new style object: cells share theirs (ExcelJS shares one per style when it loads a
            // file, and the writer one per column), so setting `cell.protection` would unlock them all.
            cell.style = { ...cell.style, protection: { ...cell.style.protection, locked: false } };
          }
      }
      // No password: protection guards against slips, and a password would have to be kept somewhere.
      await ws.protect('', {
        selectLockedCells: true,
        selectUnlockedCells: true,
        formatColumns: true,
        formatRows: true,
        sort: true,
        autoFilter: true,
      });
    }
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    const ws = this.workbook.getWorksheet(sheet);
    if (!ws) return;
    const index = this.workbook.worksheets.indexOf(ws);
    this.workbook.views = [{ ...(this.workbook.views?.[0] ?? {}), activeTab: index } as ExcelJS.WorkbookView];
    const view = ws.views[0] ?? {};
    ws.views = [{ ...view, activeCell: cell } as ExcelJS.WorksheetView];
  }

  async exportFile(kind: ExportKind): Promise<Uint8Array | null> {
    return kind === 'xlsx' ? this.toBuffer() : null;
  }
}
