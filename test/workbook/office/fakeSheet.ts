/**
 * The state behind the fake Excel: a workbook of sheets, cells, merges, tables, rules and print
 * setup, and Excel's rules for changing them. It rejects what Excel rejects (bad or duplicate
 * sheet and table names, mismatched arrays, tables over merges, edits of a protected sheet…) and
 * parses written strings as Excel does: `=…` and `+x`/`-x`/`@x` become formulas, numbers, ISO dates
 * and booleans become values, a leading apostrophe or a `@` format keeps text as text.
 */
import {
  FakeExcelError,
  columnsOf,
  contains,
  formatAddress,
  overlaps,
  rowsOf,
  sameBounds,
  type Bounds,
} from './fakeAddress';
import type { FakeTable, FakeWorkbook } from './fakeWorkbook';

export type Edge = 'top' | 'bottom' | 'left' | 'right';
export interface BorderLine {
  style: string;
  weight: string;
  color: string;
}

export interface FakeCell {
  /** The constant in the cell; '' when empty. Unused while the cell holds a formula. */
  value: string | number | boolean;
  formula?: string;
  /** Text entered after an apostrophe: shown without it, never parsed. */
  quotePrefix: boolean;
  numberFormat: string;
  font: { name: string; size: number; bold: boolean };
  fill?: string;
  borders: Partial<Record<Edge, BorderLine>>;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  locked: boolean;
}

export function newCell(): FakeCell {
  return {
    value: '',
    quotePrefix: false,
    numberFormat: 'General',
    font: { name: 'Calibri', size: 11, bold: false },
    borders: {},
    horizontalAlignment: 'General',
    verticalAlignment: 'Bottom',
    wrapText: false,
    locked: true,
  };
}

export interface FakeValidation {
  bounds: Bounds;
  rule?: { list?: { inCellDropDown: boolean; source: string } };
  errorAlert?: { showAlert: boolean; style: string; title: string; message: string };
  ignoreBlanks?: boolean;
}

export interface FakeConditionalFormat {
  bounds: Bounds;
  type: string;
  rule?: { formula1: string; formula2?: string; operator: string };
  fill?: string;
}

export interface FakePageLayout {
  orientation: string;
  paperSize: string;
  centerHorizontally: boolean;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printTitleRows: string | null;
  /** In inches. */
  margins: Record<'left' | 'right' | 'top' | 'bottom' | 'header' | 'footer', number>;
  centerFooter: string;
}

export interface FakeProtection {
  protected: boolean;
  password?: string;
  options?: Record<string, unknown>;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MAX_CELLS_PER_CALL = 2_000_000;

function isoSerial(text: string): number | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(ms).getUTCDate() !== Number(m[3])) return null;
  return (ms - Date.UTC(1899, 11, 30)) / 86_400_000;
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  merges: Bounds[] = [];
  validations: FakeValidation[] = [];
  conditionalFormats: FakeConditionalFormat[] = [];
  frozenRows = 0;
  pageLayout: FakePageLayout = {
    orientation: 'Portrait',
    paperSize: 'Letter',
    centerHorizontally: false,
    zoom: { scale: 100 },
    printTitleRows: null,
    margins: { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    centerFooter: '',
  };
  protection: FakeProtection = { protected: false };
  selection = 'A1';
  deleted = false;
  /** Excel.SheetVisibility: `Visible`, `Hidden` or `VeryHidden` (hidden from the UI's Unhide too). */
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';

  constructor(
    readonly book: FakeWorkbook,
    public name: string,
    readonly id: number,
  ) {}

  get tables(): FakeTable[] {
    return this.book.tables.filter((t) => t.sheet === this);
  }

  peek(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  cell(row: number, col: number): FakeCell {
    const key = `${row},${col}`;
    let cell = this.cells.get(key);
    if (!cell) this.cells.set(key, (cell = newCell()));
    return cell;
  }

  /** Each cell of a range, made when missing. Whole rows or columns are refused: the fake is sparse. */
  eachCell(b: Bounds, fn: (cell: FakeCell, row: number, col: number) => void) {
    if (rowsOf(b) * columnsOf(b) > MAX_CELLS_PER_CALL) {
      throw new FakeExcelError('NotModelled', `The fake does not format ${formatAddress(b)} cell by cell`);
    }
    for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) fn(this.cell(r, c), r, c);
  }

  /**
   * Insert (`count` > 0) or delete (`count` < 0) cells in columns `left`…`right` at row `at`, the cells
   * below moving down or up, as a table row added or deleted does (Excel.TableRowCollection.add: "any
   * rows below the inserted row are shifted downwards"; Excel.TableRow.delete). Merges, rules and
   * tables over those columns follow; the fake refuses a merge or rule that only partly spans them.
   */
  shiftCells(left: number, right: number, at: number, count: number) {
    if (this.protection.protected)
      throw new FakeExcelError('AccessDenied', `Sheet ${this.name} is protected`);
    const moved = new Map<string, FakeCell>();
    for (const [k, cell] of this.cells) {
      const [r, c] = k.split(',').map(Number) as [number, number];
      if (c < left || c > right || r < at) moved.set(k, cell);
      else if (count < 0 && r < at - count) continue;
      else moved.set(`${r + count},${c}`, cell);
    }
    this.cells.clear();
    for (const [k, cell] of moved) this.cells.set(k, cell);
    const shift = (b: Bounds): Bounds | null => {
      if (b.right < left || b.left > right) return b;
      if (b.left < left || b.right > right)
        throw new FakeExcelError('NotModelled', `${formatAddress(b)} spans beyond the shifted columns`);
      if (b.bottom < at) return b;
      if (count > 0)
        return b.top >= at
          ? { ...b, top: b.top + count, bottom: b.bottom + count }
          : { ...b, bottom: b.bottom + count };
      const gone = -count;
      const end = at + gone - 1;
      const top = b.top > end ? b.top - gone : b.top >= at ? at : b.top;
      const bottom = b.bottom > end ? b.bottom - gone : at - 1;
      return bottom < top ? null : { ...b, top, bottom };
    };
    this.merges = this.merges.map(shift).filter((b): b is Bounds => b !== null);
    this.validations = this.validations.flatMap((v) => {
      const b = shift(v.bounds);
      return b ? [{ ...v, bounds: b }] : [];
    });
    this.conditionalFormats = this.conditionalFormats.flatMap((f) => {
      const b = shift(f.bounds);
      return b ? [{ ...f, bounds: b }] : [];
    });
    for (const t of this.tables) {
      const b = shift(t.bounds);
      if (b) t.bounds = b;
    }
  }

  /** Excel refuses any change to a protected sheet, except values in unlocked cells. */
  assertEditable(b: Bounds, valuesOnly = false) {
    if (!this.protection.protected) return;
    if (valuesOnly) {
      let locked = false;
      this.eachCell(b, (cell) => (locked ||= cell.locked));
      if (!locked) return;
    }
    throw new FakeExcelError('AccessDenied', `Sheet ${this.name} is protected`);
  }

  /** Excel refuses to write part of a merged area. */
  assertWholeMerges(b: Bounds) {
    const cut = this.merges.find((m) => overlaps(m, b) && !contains(b, m));
    if (cut)
      throw new FakeExcelError('InvalidOperation', `Cannot change part of merged cell ${formatAddress(cut)}`);
  }

  /** The value Excel shows: a formula's result, else the constant. */
  valueAt(row: number, col: number): string | number | boolean {
    const cell = this.peek(row, col);
    if (!cell) return '';
    return cell.formula === undefined ? cell.value : this.evaluate(row, col, cell.formula);
  }

  /** The formulas the fake can compute: a table's SUBTOTAL(109|103,[column]); others are #NAME?. */
  private evaluate(row: number, col: number, formula: string): string | number {
    const m = /^=SUBTOTAL\((109|103),\[(.+)\]\)$/.exec(formula);
    const table = this.tables.find((t) =>
      contains(t.bounds, { top: row, bottom: row, left: col, right: col }),
    );
    if (!m || !table) return '#NAME?';
    const header = m[2]!.replace(/'(.)/g, '$1');
    const j = table.columns.findIndex((c) => c.toLowerCase() === header.toLowerCase());
    if (j < 0) return '#REF!';
    const body = table.dataBody;
    const values = Array.from({ length: rowsOf(body) }, (_, i) =>
      this.valueAt(body.top + i, table.bounds.left + j),
    );
    return m[1] === '109'
      ? values.reduce<number>((n, v) => n + (typeof v === 'number' ? v : 0), 0)
      : values.filter((v) => v !== '').length;
  }

  /** Write one input as Excel parses a typed or API-written value; null leaves the cell as it is. */
  writeInput(row: number, col: number, input: unknown) {
    if (input === null || input === undefined) return;
    const cell = this.cell(row, col);
    delete cell.formula;
    cell.quotePrefix = false;
    if (typeof input === 'number') {
      if (!Number.isFinite(input)) throw new FakeExcelError('InvalidArgument', 'Not a finite number');
      cell.value = input;
    } else if (typeof input === 'boolean') {
      cell.value = input;
    } else if (typeof input === 'string') {
      // "Total number of characters that a cell can contain: 32,767" (support.microsoft.com, Excel
      // specifications and limits).
      if (input.length > 32_767)
        throw new FakeExcelError(
          'InvalidArgument',
          `A cell holds at most 32,767 characters (${input.length})`,
        );
      const trimmed = input.trim();
      if (input.startsWith("'")) {
        cell.value = input.slice(1);
        cell.quotePrefix = true;
      } else if (input === '' || cell.numberFormat === '@') {
        cell.value = input;
      } else if (input.length > 1 && input.startsWith('=')) {
        cell.formula = input;
      } else if (input.length > 1 && /^[+\-@]/.test(input) && !NUMBER.test(trimmed)) {
        cell.formula = `=${input}`;
      } else if (NUMBER.test(trimmed)) {
        cell.value = Number(trimmed);
      } else if (isoSerial(trimmed) !== null) {
        cell.value = isoSerial(trimmed)!;
        if (cell.numberFormat === 'General') cell.numberFormat = 'yyyy-mm-dd';
      } else if (/^(true|false)$/i.test(trimmed)) {
        cell.value = trimmed.toLowerCase() === 'true';
      } else {
        cell.value = input;
      }
    } else {
      throw new FakeExcelError('InvalidArgument', `Cannot write ${typeof input} into a cell`);
    }
  }

  /** A 2-D array written to a range: its dimensions must be the range's. */
  writeGrid(b: Bounds, grid: unknown, apply: (row: number, col: number, v: unknown) => void) {
    if (
      !Array.isArray(grid) ||
      grid.length !== rowsOf(b) ||
      grid.some((r) => !Array.isArray(r) || r.length !== columnsOf(b))
    ) {
      const got = Array.isArray(grid)
        ? `${grid.length}×${(grid[0] as unknown[] | undefined)?.length ?? 0}`
        : 'a scalar';
      throw new FakeExcelError(
        'InvalidArgument',
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${formatAddress(b)} is ${rowsOf(b)}×${columnsOf(b)}, got ${got})`,
      );
    }
    (grid as unknown[][]).forEach((r, i) => r.forEach((v, j) => apply(b.top + i, b.left + j, v)));
  }

  /** Bounds of the cells holding a value or formula (valuesOnly) or anything at all; null when none. */
  usedBounds(valuesOnly: boolean): Bounds | null {
    let b: Bounds | null = null;
    for (const [key, cell] of this.cells) {
      const filled = cell.formula !== undefined || cell.value !== '';
      const formatted = JSON.stringify({ ...cell, value: '' }) !== JSON.stringify(newCell());
      if (!filled && (valuesOnly || !formatted)) continue;
      const [r, c] = key.split(',').map(Number) as [number, number];
      b = b
        ? {
            top: Math.min(b.top, r),
            bottom: Math.max(b.bottom, r),
            left: Math.min(b.left, c),
            right: Math.max(b.right, c),
          }
        : { top: r, bottom: r, left: c, right: c };
    }
    return b;
  }

  merge(b: Bounds, across: boolean) {
    this.assertEditable(b);
    if (this.tables.some((t) => overlaps(t.bounds, b))) {
      throw new FakeExcelError('InvalidOperation', `Cannot merge cells inside a table (${formatAddress(b)})`);
    }
    const areas = across
      ? Array.from({ length: rowsOf(b) }, (_, i) => ({ ...b, top: b.top + i, bottom: b.top + i }))
      : [b];
    for (const area of areas) {
      if (columnsOf(area) * rowsOf(area) < 2) continue;
      this.merges = this.merges.filter((m) => !overlaps(m, area));
      this.merges.push(area);
      // Excel keeps the top-left value only.
      this.eachCell(area, (cell, r, c) => {
        if (r === area.top && c === area.left) return;
        cell.value = '';
        delete cell.formula;
      });
    }
  }

  setValidation(b: Bounds, change: Partial<FakeValidation>) {
    this.assertEditable(b);
    if (change.rule?.list) {
      const { source } = change.rule.list;
      if (source === '' || source.length > 255) {
        throw new FakeExcelError('InvalidArgument', 'A list source must be 1 to 255 characters');
      }
    }
    let entry = this.validations.find((v) => sameBounds(v.bounds, b));
    if (!entry) {
      this.validations = this.validations.filter((v) => !overlaps(v.bounds, b));
      this.validations.push((entry = { bounds: b }));
    }
    Object.assign(entry, change);
  }
}
