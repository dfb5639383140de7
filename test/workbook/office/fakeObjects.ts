/** The fake Excel's workbook, worksheets, tables, page layout and protection proxies. */
import { FakeCollection, FakeObject } from './fakeProxy';
import { FakeRange } from './fakeRange';
import { FakeExcelError, FakeSheet, FakeTable, FakeWorkbook, formatAddress, parseAddress } from './fakeModel';

export class FakeWorkbookObject extends FakeObject<FakeWorkbook> {
  protected readonly kind = 'Workbook';

  get worksheets(): FakeWorksheetCollection {
    return this.child(
      'worksheets',
      () =>
        new FakeWorksheetCollection(
          this.ctx,
          this.part((b) => b),
        ),
    );
  }

  get tables(): FakeTableCollection {
    return this.child(
      'tables',
      () =>
        new FakeTableCollection(
          this.ctx,
          this.part((b) => ({ book: b })),
        ),
    );
  }

  get names(): FakeNamedItemCollection {
    return this.child(
      'names',
      () =>
        new FakeNamedItemCollection(
          this.ctx,
          this.part((b) => b),
        ),
    );
  }

  get protection(): FakeWorkbookProtectionObject {
    return this.child(
      'protection',
      () =>
        new FakeWorkbookProtectionObject(
          this.ctx,
          this.part((b) => b),
        ),
    );
  }
}

/** Excel.NamedItemCollection: the workbook's defined names (Formulas → Name Manager). */
class FakeNamedItemCollection extends FakeCollection<FakeWorkbook, FakeNamedItem> {
  protected readonly kind = 'NamedItemCollection';

  protected itemsOf(book: FakeWorkbook): FakeNamedItem[] {
    return book.definedNames.map((n) => new FakeNamedItem(this.ctx, () => n));
  }
}

class FakeNamedItem extends FakeObject<string> {
  protected readonly kind = 'NamedItem';

  protected override read(name: string, prop: string): unknown {
    if (prop === 'name') return name;
    return super.read(name, prop);
  }

  get name(): string {
    return this.get('name');
  }
}

/** Excel.WorkbookProtection (ExcelApi 1.7): `protected` is the workbook's structure protection. */
class FakeWorkbookProtectionObject extends FakeObject<FakeWorkbook> {
  protected readonly kind = 'WorkbookProtection';

  protected override read(book: FakeWorkbook, prop: string): unknown {
    if (prop === 'protected') return book.structureProtected;
    return super.read(book, prop);
  }

  get protected(): boolean {
    return this.get('protected');
  }
}

class FakeWorksheetCollection extends FakeCollection<FakeWorkbook, FakeWorksheet> {
  protected readonly kind = 'WorksheetCollection';

  protected itemsOf(book: FakeWorkbook): FakeWorksheet[] {
    return book.sheets.map((s) => new FakeWorksheet(this.ctx, () => s));
  }

  add(name?: string): FakeWorksheet {
    let made: FakeSheet | null = null;
    this.command((book) => (made = book.addSheet(name)));
    return new FakeWorksheet(this.ctx, () => {
      if (!made) throw new FakeExcelError('InvalidObjectPath', `Sheet "${name}" was never added`);
      return made;
    });
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.target().sheet(name));
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.target().findSheet(name) ?? null);
  }
}

class FakeWorksheet extends FakeObject<FakeSheet> {
  protected readonly kind = 'Worksheet';

  protected override alive(sheet: FakeSheet) {
    if (sheet.deleted) throw new FakeExcelError('ItemNotFound', `Sheet "${sheet.name}" was deleted`);
  }

  protected override read(sheet: FakeSheet, name: string): unknown {
    if (name === 'name') return sheet.name;
    if (name === 'position') return sheet.book.sheets.indexOf(sheet);
    if (name === 'id') return `{${sheet.id}}`;
    if (name === 'visibility') return sheet.visibility;
    return super.read(sheet, name);
  }

  protected override navigate(name: string): FakeObject<unknown> {
    if (name === 'tables') return this.tables;
    return super.navigate(name);
  }

  get name(): string {
    return this.get('name');
  }
  set name(value: string) {
    this.command((s) => s.book.renameSheet(s, value));
  }

  get position(): number {
    return this.get('position');
  }

  get visibility(): string {
    return this.get('visibility');
  }
  set visibility(value: string) {
    this.command((s) => s.book.setVisibility(s, value));
  }
  set position(value: number) {
    this.command((s) => s.book.moveSheet(s, value));
  }

  get tables(): FakeTableCollection {
    return this.child(
      'tables',
      () =>
        new FakeTableCollection(
          this.ctx,
          this.part((s) => ({ book: s.book, sheet: s })),
        ),
    );
  }

  get freezePanes() {
    return {
      freezeRows: (count = 1) =>
        this.command((s) => {
          if (!Number.isInteger(count) || count < 0)
            throw new FakeExcelError('InvalidArgument', 'Bad row count');
          s.frozenRows = count;
        }),
    };
  }

  get pageLayout(): FakePageLayoutObject {
    return this.child(
      'pageLayout',
      () =>
        new FakePageLayoutObject(
          this.ctx,
          this.part((s) => s),
        ),
    );
  }

  get protection(): FakeProtectionObject {
    return this.child(
      'protection',
      () =>
        new FakeProtectionObject(
          this.ctx,
          this.part((s) => s),
        ),
    );
  }

  getRange(address: string): FakeRange {
    return new FakeRange(
      this.ctx,
      this.part((s) => ({ sheet: s, bounds: parseAddress(address) })),
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, () => {
      const s = this.bind();
      const bounds = s === null ? null : s.usedBounds(valuesOnly);
      return s === null || bounds === null ? null : { sheet: s, bounds };
    });
  }

  activate() {
    this.command((s) => (s.book.active = s));
  }

  copy(positionType?: string, relativeTo?: FakeWorksheet): FakeWorksheet {
    let made: FakeSheet | null = null;
    this.command((s) => (made = s.book.copySheet(s, positionType, relativeTo?.bind() ?? undefined)));
    return new FakeWorksheet(this.ctx, () => {
      if (!made) throw new FakeExcelError('InvalidObjectPath', 'The sheet was never copied');
      return made;
    });
  }

  delete() {
    this.command((s) => s.book.deleteSheet(s));
  }
}

interface TablesTarget {
  book: FakeWorkbook;
  sheet?: FakeSheet;
}

class FakeTableCollection extends FakeCollection<TablesTarget, FakeTableObject> {
  protected readonly kind = 'TableCollection';

  protected itemsOf({ book, sheet }: TablesTarget): FakeTableObject[] {
    return book.tables
      .filter((t) => !sheet || t.sheet === sheet)
      .map((t) => new FakeTableObject(this.ctx, () => t));
  }

  add(address: string, hasHeaders: boolean): FakeTableObject {
    let made: FakeTable | null = null;
    this.command(({ book, sheet }) => {
      if (!sheet) throw new FakeExcelError('NotModelled', 'Add tables through a worksheet');
      made = book.addTable(sheet, parseAddress(address), hasHeaders);
    });
    return new FakeTableObject(this.ctx, () => {
      if (!made) throw new FakeExcelError('InvalidObjectPath', 'The table was never added');
      return made;
    });
  }

  getItem(name: string): FakeTableObject {
    return new FakeTableObject(this.ctx, () => {
      const { book, sheet } = this.target();
      const t = book.findTable(name);
      if (!t || (sheet && t.sheet !== sheet)) throw new FakeExcelError('ItemNotFound', `No table "${name}"`);
      return t;
    });
  }
}

/**
 * Excel.TableRowCollection (ExcelApi 1.1): `add(index, values)` inserts data rows at a zero-based
 * index of the data body (null or -1: at the end), the cells below in the table's columns shifted
 * down, each new row formatted as the data row above it (below it at index 0), as Excel extends a
 * table's formatting; `getItemAt(index).delete()` removes one, the cells below shifted up.
 */
class FakeTableRowCollection extends FakeObject<FakeTable> {
  protected readonly kind = 'TableRowCollection';

  add(index?: number | null, values?: unknown[][]) {
    this.command((t) => {
      const body = t.dataBody;
      const rows = body.bottom - body.top + 1;
      const at = index === null || index === undefined || index === -1 ? rows : index;
      const count = values?.length ?? 1;
      if (!Number.isInteger(at) || at < 0 || at > rows)
        throw new FakeExcelError('InvalidArgument', `Row index ${at} is out of the table's ${rows} rows`);
      const sheet = t.sheet;
      const row = body.top + at;
      const like = at > 0 ? row - 1 : row;
      sheet.shiftCells(t.bounds.left, t.bounds.right, row, count);
      // Rows added below the last (no totals row to push down): the table, and the rules that end
      // with it, grow over them.
      if (!t.showTotals && at === rows) {
        const bottom = t.bounds.bottom;
        const grow = <B extends { bounds: { bottom: number; left: number; right: number } }>(x: B) =>
          x.bounds.bottom === bottom && x.bounds.left >= t.bounds.left && x.bounds.right <= t.bounds.right
            ? { ...x, bounds: { ...x.bounds, bottom: bottom + count } }
            : x;
        sheet.validations = sheet.validations.map(grow);
        sheet.conditionalFormats = sheet.conditionalFormats.map(grow);
        t.bounds = { ...t.bounds, bottom: bottom + count };
      }
      const from = at > 0 ? like : like + count;
      for (let i = 0; i < count; i++)
        for (let c = t.bounds.left; c <= t.bounds.right; c++) {
          const source = sheet.peek(from, c);
          const cell = sheet.cell(row + i, c);
          if (source) Object.assign(cell, structuredClone({ ...source, value: '', formula: undefined }));
          delete cell.formula;
          const v = values?.[i]?.[c - t.bounds.left];
          if (v !== undefined && v !== '') sheet.writeInput(row + i, c, v);
        }
    });
  }

  getItemAt(index: number): { delete(): void } {
    return {
      delete: () =>
        this.command((t) => {
          const body = t.dataBody;
          const rows = body.bottom - body.top + 1;
          if (!Number.isInteger(index) || index < 0 || index >= rows)
            throw new FakeExcelError('ItemNotFound', `No row ${index} in the table's ${rows} rows`);
          if (rows === 1) throw new FakeExcelError('InvalidOperation', 'A table keeps at least one data row');
          t.sheet.shiftCells(t.bounds.left, t.bounds.right, body.top + index, -1);
        }),
    };
  }
}

class FakeTableObject extends FakeObject<FakeTable> {
  protected readonly kind = 'Table';

  protected override alive(table: FakeTable) {
    if (table.removed) throw new FakeExcelError('ItemNotFound', `Table "${table.name}" was deleted`);
  }

  protected override read(table: FakeTable, name: string): unknown {
    if (name === 'name') return table.name;
    if (name === 'showTotals') return table.showTotals;
    if (name === 'style') return table.style;
    return super.read(table, name);
  }

  protected override navigate(name: string): FakeObject<unknown> {
    if (name === 'worksheet') return this.worksheet;
    return super.navigate(name);
  }

  get name(): string {
    return this.get('name');
  }
  set name(value: string) {
    this.command((t) => t.sheet.book.renameTable(t, value));
  }

  get rows(): FakeTableRowCollection {
    return this.child(
      'rows',
      () =>
        new FakeTableRowCollection(
          this.ctx,
          this.part((t) => t),
        ),
    );
  }
  set style(value: string) {
    this.command((t) => (t.style = value));
  }
  set showBandedRows(value: boolean) {
    this.command((t) => (t.showBandedRows = value));
  }
  set showFilterButton(value: boolean) {
    this.command((t) => (t.showFilterButton = value));
  }
  set showTotals(value: boolean) {
    this.command((t) => t.setShowTotals(value));
  }

  get worksheet(): FakeWorksheet {
    return this.child(
      'worksheet',
      () =>
        new FakeWorksheet(
          this.ctx,
          this.part((t) => t.sheet),
        ),
    );
  }

  getRange(): FakeRange {
    return new FakeRange(
      this.ctx,
      this.part((t) => ({ sheet: t.sheet, bounds: t.bounds })),
    );
  }

  getTotalRowRange(): FakeRange {
    return new FakeRange(
      this.ctx,
      this.part((t) => {
        const bounds = t.totalsRow;
        if (!bounds) throw new FakeExcelError('InvalidOperation', `Table ${t.name} has no totals row`);
        return { sheet: t.sheet, bounds };
      }),
    );
  }
}

class FakePageLayoutObject extends FakeObject<FakeSheet> {
  protected readonly kind = 'PageLayout';

  private set<K extends keyof FakeSheet['pageLayout']>(key: K, value: FakeSheet['pageLayout'][K]) {
    this.command((s) => {
      s.assertEditable({ top: 1, left: 1, bottom: 1, right: 1 });
      s.pageLayout = { ...s.pageLayout, [key]: value };
    });
  }

  set orientation(value: string) {
    if (!['Portrait', 'Landscape'].includes(value)) throw new FakeExcelError('InvalidArgument', value);
    this.set('orientation', value);
  }
  set paperSize(value: string) {
    this.set('paperSize', value);
  }
  set centerHorizontally(value: boolean) {
    this.set('centerHorizontally', value);
  }
  set zoom(value: FakeSheet['pageLayout']['zoom']) {
    const pages = [value.horizontalFitToPages, value.verticalFitToPages];
    if (pages.some((p) => p !== undefined && (!Number.isInteger(p) || p < 0))) {
      throw new FakeExcelError('InvalidArgument', 'Fit to pages is a whole number');
    }
    if (value.scale !== undefined && (value.scale < 10 || value.scale > 400)) {
      throw new FakeExcelError('InvalidArgument', 'Scale is 10 to 400');
    }
    this.set('zoom', { ...value });
  }

  setPrintTitleRows(address: string) {
    this.command((s) => {
      const b = parseAddress(address);
      if (b.left !== 1 || b.right !== 16_384) {
        throw new FakeExcelError('InvalidArgument', 'Print title rows must span entire rows');
      }
      s.pageLayout = { ...s.pageLayout, printTitleRows: formatAddress(b) };
    });
  }

  setPrintMargins(unit: string, margins: Partial<FakeSheet['pageLayout']['margins']>) {
    const perInch: Record<string, number> = { Inches: 1, Points: 72, Centimeters: 2.54 };
    const scale = perInch[unit];
    if (!scale) throw new FakeExcelError('InvalidArgument', `Unit ${unit}`);
    this.command((s) => {
      const inches = Object.fromEntries(Object.entries(margins).map(([k, v]) => [k, (v ?? 0) / scale]));
      s.pageLayout = { ...s.pageLayout, margins: { ...s.pageLayout.margins, ...inches } };
    });
  }

  get headersFooters() {
    const set = (value: string) => this.set('centerFooter', value);
    return {
      defaultForAllPages: {
        set centerFooter(value: string) {
          set(value);
        },
      },
    };
  }
}

class FakeProtectionObject extends FakeObject<FakeSheet> {
  protected readonly kind = 'WorksheetProtection';

  protected override read(s: FakeSheet, name: string): unknown {
    if (name === 'protected') return s.protection.protected;
    if (name === 'options') return s.protection.options;
    return super.read(s, name);
  }

  get protected(): boolean {
    return this.get('protected');
  }

  protect(options?: Record<string, unknown>, password?: string) {
    this.command((s) => {
      if (s.protection.protected)
        throw new FakeExcelError('InvalidOperation', `Sheet ${s.name} is already protected`);
      s.protection = {
        protected: true,
        ...(password !== undefined ? { password } : {}),
        ...(options ? { options: { ...options } } : {}),
      };
    });
  }

  unprotect(password?: string) {
    this.command((s) => {
      if (!s.protection.protected) return;
      if (s.protection.password !== undefined && s.protection.password !== password) {
        throw new FakeExcelError('InvalidArgument', 'The password is incorrect');
      }
      s.protection = { protected: false };
    });
  }
}
