/** The fake workbook: its sheets in order, its tables (names unique across the workbook), Excel's naming rules. */
import { FakeExcelError, MAX_COLUMNS, MAX_ROWS, overlaps, type Bounds } from './fakeAddress';
import { FakeSheet } from './fakeSheet';

export class FakeTable {
  showTotals = false;
  style = 'TableStyleMedium2';
  showBandedRows = true;
  showFilterButton = true;
  removed = false;

  constructor(
    public name: string,
    readonly sheet: FakeSheet,
    public bounds: Bounds,
    readonly columns: string[],
  ) {}

  get dataBody(): Bounds {
    return {
      ...this.bounds,
      top: this.bounds.top + 1,
      bottom: this.bounds.bottom - (this.showTotals ? 1 : 0),
    };
  }

  get totalsRow(): Bounds | null {
    return this.showTotals ? { ...this.bounds, top: this.bounds.bottom } : null;
  }

  setShowTotals(show: boolean) {
    if (show === this.showTotals) return;
    const sheet = this.sheet;
    if (show) {
      const below = { ...this.bounds, top: this.bounds.bottom + 1, bottom: this.bounds.bottom + 1 };
      let used = false;
      sheet.eachCell(below, (cell) => (used ||= cell.value !== '' || cell.formula !== undefined));
      if (used) throw new FakeExcelError('NotModelled', 'The row below the table is not empty');
      this.bounds = { ...this.bounds, bottom: below.bottom };
      this.showTotals = true;
      // Excel labels the first column and counts the last.
      sheet.cell(below.top, this.bounds.left).value = 'Total';
      sheet.cell(below.top, this.bounds.right).formula =
        `=SUBTOTAL(103,[${this.columns[this.columns.length - 1]}])`;
    } else {
      const row = this.totalsRow!;
      sheet.eachCell(row, (cell) => {
        cell.value = '';
        delete cell.formula;
      });
      this.bounds = { ...this.bounds, bottom: this.bounds.bottom - 1 };
      this.showTotals = false;
    }
  }
}

/** Excel's rules for sheet names: 1–31 characters, none of []:*?/\, no apostrophe at either end. */
export function checkSheetName(name: string) {
  if (name.length < 1 || name.length > 31) {
    throw new FakeExcelError('InvalidArgument', `Sheet name "${name}" must be 1 to 31 characters`);
  }
  if (/[[\]:*?/\\]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new FakeExcelError('InvalidArgument', `Sheet name "${name}" has a character Excel does not allow`);
  }
  if (name.toLowerCase() === 'history') throw new FakeExcelError('InvalidArgument', '"History" is reserved');
}

/** Excel's rules for table names: a letter, _ or \ first, then letters, digits, _ and .; no cell reference. */
export function checkTableName(name: string) {
  const ok =
    name.length <= 255 &&
    /^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[RrCc]$/.test(name) &&
    !/^[Rr]\d*[Cc]\d*$/.test(name);
  if (!ok) throw new FakeExcelError('InvalidArgument', `"${name}" is not a valid table name`);
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  active: FakeSheet | null = null;
  /**
   * The workbook's defined names. A table's name is one of them: Excel refuses a table name that is
   * already a defined name ("Rename an Excel table", support.microsoft.com: duplicate names are not
   * allowed; tables and defined names share one namespace, case-insensitively).
   */
  definedNames: string[] = [];
  /**
   * Structure protection (Review → Protect Workbook): sheets cannot be added, deleted, renamed,
   * moved, copied, hidden or shown (support.microsoft.com, "Protect a workbook").
   */
  structureProtected = false;
  private nextSheetId = 1;
  private nextTableNumber = 1;

  findSheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  sheet(name: string): FakeSheet {
    const found = this.findSheet(name);
    if (!found) throw new FakeExcelError('ItemNotFound', `No sheet "${name}"`);
    return found;
  }

  findTable(name: string): FakeTable | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  private checkStructure(what: string) {
    if (this.structureProtected)
      throw new FakeExcelError('AccessDenied', `The workbook's structure is protected: cannot ${what}`);
  }

  private checkNotDefinedName(name: string) {
    if (this.definedNames.some((n) => n.toLowerCase() === name.toLowerCase()))
      throw new FakeExcelError('InvalidArgument', `"${name}" is already a defined name of the workbook`);
  }

  private checkNewSheetName(name: string, self?: FakeSheet) {
    checkSheetName(name);
    const other = this.findSheet(name);
    if (other && other !== self) throw new FakeExcelError('ItemAlreadyExists', `A sheet "${name}" exists`);
  }

  addSheet(name?: string): FakeSheet {
    this.checkStructure('add a sheet');
    let chosen = name;
    for (let i = this.sheets.length + 1; chosen === undefined; i++) {
      if (!this.findSheet(`Sheet${i}`)) chosen = `Sheet${i}`;
    }
    this.checkNewSheetName(chosen);
    const sheet = new FakeSheet(this, chosen, this.nextSheetId++);
    this.sheets.push(sheet);
    this.active ??= sheet;
    return sheet;
  }

  visibleSheets(): FakeSheet[] {
    return this.sheets.filter((s) => s.visibility === 'Visible');
  }

  /**
   * Excel.Worksheet.visibility (Excel.SheetVisibility: Visible, Hidden, VeryHidden): the last visible
   * sheet cannot be hidden (Excel: "A workbook must contain at least one visible worksheet").
   */
  setVisibility(sheet: FakeSheet, visibility: string) {
    if (visibility !== 'Visible' && visibility !== 'Hidden' && visibility !== 'VeryHidden')
      throw new FakeExcelError('InvalidArgument', `"${visibility}" is not a sheet visibility`);
    if (visibility !== sheet.visibility) this.checkStructure('hide or show a sheet');
    if (visibility !== 'Visible' && sheet.visibility === 'Visible' && this.visibleSheets().length === 1)
      throw new FakeExcelError('InvalidOperation', 'A workbook must contain at least one visible worksheet');
    sheet.visibility = visibility;
    if (visibility !== 'Visible' && this.active === sheet) this.active = this.visibleSheets()[0] ?? null;
  }

  renameSheet(sheet: FakeSheet, name: string) {
    if (sheet.name !== name) this.checkStructure('rename a sheet');
    this.checkNewSheetName(name, sheet);
    sheet.name = name;
  }

  moveSheet(sheet: FakeSheet, position: number) {
    this.checkStructure('move a sheet');
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) {
      throw new FakeExcelError('InvalidArgument', `Position ${position} is out of range`);
    }
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.sheets.splice(position, 0, sheet);
  }

  /**
   * Excel.Worksheet.delete (learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)):
   * "if the worksheet's visibility is set to VeryHidden, the delete operation will fail with an
   * InvalidOperation exception"; and a workbook keeps at least one visible sheet.
   */
  deleteSheet(sheet: FakeSheet) {
    this.checkStructure('delete a sheet');
    if (sheet.visibility === 'VeryHidden')
      throw new FakeExcelError(
        'InvalidOperation',
        `Sheet "${sheet.name}" is very hidden and cannot be deleted`,
      );
    if (sheet.visibility === 'Visible' && this.visibleSheets().length === 1) {
      throw new FakeExcelError('InvalidOperation', 'A workbook must contain at least one visible worksheet');
    }
    const index = this.sheets.indexOf(sheet);
    this.sheets.splice(index, 1);
    for (const t of sheet.tables) t.removed = true;
    this.tables = this.tables.filter((t) => t.sheet !== sheet);
    sheet.deleted = true;
    if (this.active === sheet) this.active = this.sheets[Math.max(0, index - 1)] ?? null;
  }

  addTable(sheet: FakeSheet, b: Bounds, hasHeaders: boolean): FakeTable {
    sheet.assertEditable(b);
    if (!hasHeaders || b.bottom === b.top) {
      throw new FakeExcelError('NotModelled', 'The fake only adds tables with a header row and data rows');
    }
    if (b.bottom === MAX_ROWS || b.right === MAX_COLUMNS)
      throw new FakeExcelError('InvalidArgument', 'Range too large');
    const clash = this.tables.find((t) => t.sheet === sheet && overlaps(t.bounds, b));
    if (clash) throw new FakeExcelError('InvalidOperation', `A table can't overlap table ${clash.name}`);
    if (sheet.merges.some((m) => overlaps(m, b))) {
      throw new FakeExcelError('InvalidOperation', 'A table cannot contain merged cells');
    }
    // The header row becomes the column names, as text; empty and repeated ones are made unique.
    const columns: string[] = [];
    for (let c = b.left; c <= b.right; c++) {
      const shown = sheet.valueAt(b.top, c);
      let name = shown === '' ? `Column${c - b.left + 1}` : String(shown);
      const base = name;
      for (let i = 2; columns.some((n) => n.toLowerCase() === name.toLowerCase()); i++) name = `${base}${i}`;
      columns.push(name);
      const cell = sheet.cell(b.top, c);
      delete cell.formula;
      cell.value = name;
    }
    let name = '';
    while (!name || this.findTable(name)) name = `Table${this.nextTableNumber++}`;
    const table = new FakeTable(name, sheet, { ...b }, columns);
    this.tables.push(table);
    return table;
  }

  /**
   * Excel.Worksheet.copy (ExcelApi 1.7; learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-copy-member(1)):
   * a new sheet with everything of the old one, placed by `positionType` (the fake models `End` and
   * `After`), named as Excel names a copy (`Name (2)`), its tables under new unique names as Excel
   * gives a copied table (the name with a number appended). A very hidden sheet cannot be copied into
   * view: the copy takes the source's visibility.
   */
  copySheet(source: FakeSheet, positionType = 'None', relativeTo?: FakeSheet): FakeSheet {
    this.checkStructure('copy a sheet');
    if (!['None', 'End', 'After'].includes(positionType))
      throw new FakeExcelError('NotModelled', `The fake copies to End or After, not ${positionType}`);
    let name = '';
    for (let i = 2; !name || this.findSheet(name); i++)
      name = `${source.name.slice(0, 31 - ` (${i})`.length)} (${i})`;
    const copy = new FakeSheet(this, name, this.nextSheetId++);
    for (const [k, c] of source.cells) copy.cells.set(k, structuredClone(c));
    for (const [k, v] of source.columnWidths) copy.columnWidths.set(k, v);
    for (const [k, v] of source.rowHeights) copy.rowHeights.set(k, v);
    copy.merges = structuredClone(source.merges);
    copy.validations = structuredClone(source.validations);
    copy.conditionalFormats = structuredClone(source.conditionalFormats);
    copy.frozenRows = source.frozenRows;
    copy.pageLayout = structuredClone(source.pageLayout);
    copy.protection = structuredClone(source.protection);
    copy.visibility = source.visibility;
    const at =
      positionType === 'After' && relativeTo ? this.sheets.indexOf(relativeTo) + 1 : this.sheets.length;
    this.sheets.splice(at, 0, copy);
    for (const t of source.tables) {
      let tableName = '';
      for (let i = 2; !tableName || this.findTable(tableName); i++) tableName = `${t.name}${i}`;
      const table = new FakeTable(tableName, copy, { ...t.bounds }, [...t.columns]);
      table.showTotals = t.showTotals;
      table.style = t.style;
      table.showBandedRows = t.showBandedRows;
      table.showFilterButton = t.showFilterButton;
      this.tables.push(table);
    }
    return copy;
  }

  renameTable(table: FakeTable, name: string) {
    checkTableName(name);
    this.checkNotDefinedName(name);
    const other = this.findTable(name);
    if (other && other !== table) throw new FakeExcelError('ItemAlreadyExists', `A table "${name}" exists`);
    table.name = name;
  }
}
