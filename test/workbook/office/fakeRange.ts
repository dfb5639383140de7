/** The fake Excel's Range and its format: values, number formats, fonts, fills, borders, rules. */
import { FakeObject } from './fakeProxy';
import {
  FakeExcelError,
  formatAddress,
  parseAddress,
  quoteSheetName,
  type Bounds,
  type Edge,
  type FakeCell,
  type FakeConditionalFormat,
  type FakeSheet,
} from './fakeModel';
import { newCell } from './fakeSheet';

export interface RangeTarget {
  sheet: FakeSheet;
  bounds: Bounds;
}

export class FakeRange extends FakeObject<RangeTarget> {
  protected readonly kind = 'Range';

  protected override alive({ sheet }: RangeTarget) {
    if (sheet.deleted) throw new FakeExcelError('ItemNotFound', `Sheet "${sheet.name}" was deleted`);
  }

  protected override read({ sheet, bounds }: RangeTarget, name: string): unknown {
    const grid = <V>(fn: (row: number, col: number) => V): V[][] =>
      Array.from({ length: bounds.bottom - bounds.top + 1 }, (_, i) =>
        Array.from({ length: bounds.right - bounds.left + 1 }, (_, j) => fn(bounds.top + i, bounds.left + j)),
      );
    switch (name) {
      case 'address':
        return `${quoteSheetName(sheet.name)}!${formatAddress(bounds)}`;
      case 'values':
        return grid((r, c) => sheet.valueAt(r, c));
      case 'formulas':
        return grid((r, c) => sheet.peek(r, c)?.formula ?? sheet.valueAt(r, c));
      case 'numberFormat':
        return grid((r, c) => sheet.peek(r, c)?.numberFormat ?? 'General');
      case 'valueTypes':
        return grid((r, c) => {
          const v = sheet.valueAt(r, c);
          if (v === '') return 'Empty';
          if (typeof v === 'number') return 'Double';
          if (typeof v === 'boolean') return 'Boolean';
          return sheet.peek(r, c)?.formula !== undefined && v.startsWith('#') ? 'Error' : 'String';
        });
      case 'rowCount':
        return bounds.bottom - bounds.top + 1;
      case 'columnCount':
        return bounds.right - bounds.left + 1;
      default:
        return super.read({ sheet, bounds }, name);
    }
  }

  get address(): string {
    return this.get('address');
  }
  get values(): unknown[][] {
    return this.get('values');
  }
  set values(values: unknown[][]) {
    this.command(({ sheet, bounds }) => {
      sheet.assertEditable(bounds, true);
      sheet.assertWholeMerges(bounds);
      sheet.writeGrid(bounds, values, (r, c, v) => sheet.writeInput(r, c, v));
    });
  }
  get formulas(): unknown[][] {
    return this.get('formulas');
  }
  set formulas(formulas: unknown[][]) {
    // Written formulas and constants are parsed as values are.
    this.values = formulas;
  }
  get numberFormat(): unknown[][] {
    return this.get('numberFormat');
  }
  set numberFormat(formats: unknown[][]) {
    this.command(({ sheet, bounds }) => {
      sheet.assertEditable(bounds);
      sheet.writeGrid(bounds, formats, (r, c, f) => {
        if (f === null || f === undefined) return;
        if (typeof f !== 'string') throw new FakeExcelError('InvalidArgument', 'A number format is text');
        sheet.cell(r, c).numberFormat = f;
      });
    });
  }
  get valueTypes(): string[][] {
    return this.get('valueTypes');
  }

  /**
   * The part of this range inside another (an A1 address on the same sheet); a null object when they
   * do not meet (Excel.Range.getIntersectionOrNullObject, ExcelApi 1.4).
   */
  getIntersectionOrNullObject(address: string): FakeRange {
    return new FakeRange(this.ctx, () => {
      const t = this.bind();
      if (t === null) return null;
      const o = parseAddress(address);
      const b = {
        top: Math.max(t.bounds.top, o.top),
        left: Math.max(t.bounds.left, o.left),
        bottom: Math.min(t.bounds.bottom, o.bottom),
        right: Math.min(t.bounds.right, o.right),
      };
      return b.top > b.bottom || b.left > b.right ? null : { sheet: t.sheet, bounds: b };
    });
  }

  get format(): FakeRangeFormat {
    return this.child(
      'format',
      () =>
        new FakeRangeFormat(
          this.ctx,
          this.part((t) => t),
        ),
    );
  }

  get dataValidation() {
    const set = (change: Parameters<FakeSheet['setValidation']>[1]) =>
      this.command(({ sheet, bounds }) => sheet.setValidation(bounds, change));
    return {
      set rule(rule: NonNullable<Parameters<FakeSheet['setValidation']>[1]['rule']>) {
        set({ rule: structuredClone(rule) });
      },
      set errorAlert(errorAlert: NonNullable<Parameters<FakeSheet['setValidation']>[1]['errorAlert']>) {
        set({ errorAlert: structuredClone(errorAlert) });
      },
      set ignoreBlanks(ignoreBlanks: boolean) {
        set({ ignoreBlanks });
      },
    };
  }

  get conditionalFormats() {
    return {
      add: (type: string) => {
        let made: FakeConditionalFormat | null = null;
        this.command(({ sheet, bounds }) => {
          sheet.assertEditable(bounds);
          if (type !== 'CellValue') throw new FakeExcelError('NotModelled', `Conditional format ${type}`);
          sheet.conditionalFormats.push((made = { bounds, type }));
        });
        const cf = () => {
          if (!made) throw new FakeExcelError('InvalidObjectPath', 'The conditional format was never added');
          return made;
        };
        const ctx = this.ctx;
        return {
          cellValue: {
            format: {
              fill: {
                set color(color: string) {
                  ctx.enqueue(() => (cf().fill = color));
                },
              },
            },
            set rule(rule: { formula1: string; formula2?: string; operator: string }) {
              ctx.enqueue(() => {
                if (!rule.formula1 || !rule.operator) {
                  throw new FakeExcelError(
                    'InvalidArgument',
                    'A cell value rule needs formula1 and operator',
                  );
                }
                cf().rule = { ...rule };
              });
            },
          },
        };
      },
    };
  }

  merge(across = false) {
    this.command(({ sheet, bounds }) => sheet.merge(bounds, across));
  }

  select() {
    this.command(({ sheet, bounds }) => {
      sheet.book.active = sheet;
      sheet.selection = formatAddress(bounds);
    });
  }
}

type FormatKey = 'horizontalAlignment' | 'verticalAlignment' | 'wrapText';

class FakeRangeFormat extends FakeObject<RangeTarget> {
  protected readonly kind = 'RangeFormat';

  private cells(fn: (cell: FakeCell, row: number, col: number) => void) {
    this.command(({ sheet, bounds }) => {
      sheet.assertEditable(bounds);
      sheet.eachCell(bounds, fn);
    });
  }

  private setCells<K extends FormatKey>(key: K, value: FakeCell[K]) {
    this.cells((cell) => (cell[key] = value));
  }

  set horizontalAlignment(value: string) {
    this.setCells('horizontalAlignment', value);
  }
  set verticalAlignment(value: string) {
    this.setCells('verticalAlignment', value);
  }
  set wrapText(value: boolean) {
    this.setCells('wrapText', value);
  }

  set columnWidth(points: number) {
    this.command(({ sheet, bounds }) => {
      sheet.assertEditable(bounds);
      if (!(points >= 0 && points <= 255 * 7.5))
        throw new FakeExcelError('InvalidArgument', `Width ${points}`);
      for (let c = bounds.left; c <= bounds.right; c++) sheet.columnWidths.set(c, points);
    });
  }

  set rowHeight(points: number) {
    this.command(({ sheet, bounds }) => {
      sheet.assertEditable(bounds);
      if (!(points >= 0 && points <= 409)) throw new FakeExcelError('InvalidArgument', `Height ${points}`);
      for (let r = bounds.top; r <= bounds.bottom; r++) sheet.rowHeights.set(r, points);
    });
  }

  get font(): FakeRangeFont {
    return this.child('font', () => new FakeRangeFont(this.ctx, () => this.bind()));
  }

  get fill() {
    const cells = (fn: (cell: FakeCell) => void) => this.cells(fn);
    return {
      set color(value: string) {
        if (!/^#[0-9A-Fa-f]{6}$/.test(value)) throw new FakeExcelError('InvalidArgument', `Colour ${value}`);
        cells((cell) => (cell.fill = value.toUpperCase()));
      },
    };
  }

  get protection() {
    const cells = (fn: (cell: FakeCell) => void) => this.cells(fn);
    return {
      set locked(value: boolean) {
        cells((cell) => (cell.locked = value));
      },
    };
  }

  get borders() {
    const ctx = this.ctx;
    const target = () => this.target();
    return {
      getItem: (edge: string) => {
        const line = { style: 'None', weight: 'Thin', color: '#000000' };
        const apply = (key: keyof typeof line, value: string) =>
          ctx.enqueue(() => {
            const { sheet, bounds } = target();
            sheet.assertEditable(bounds);
            line[key] = value;
            sheet.eachCell(bounds, (cell, r, c) => {
              const sides = bordersOf(edge, bounds, r, c);
              for (const side of sides) cell.borders = { ...cell.borders, [side]: { ...line } };
            });
          });
        return {
          set style(value: string) {
            apply('style', value);
          },
          set weight(value: string) {
            apply('weight', value);
          },
          set color(value: string) {
            apply('color', value);
          },
        };
      },
    };
  }
}

/** Which sides of the cell at (r, c) an Excel border index of a range draws. */
function bordersOf(edge: string, b: Bounds, r: number, c: number): Edge[] {
  switch (edge) {
    case 'EdgeTop':
      return r === b.top ? ['top'] : [];
    case 'EdgeBottom':
      return r === b.bottom ? ['bottom'] : [];
    case 'EdgeLeft':
      return c === b.left ? ['left'] : [];
    case 'EdgeRight':
      return c === b.right ? ['right'] : [];
    case 'InsideHorizontal':
      return [...(r > b.top ? (['top'] as const) : []), ...(r < b.bottom ? (['bottom'] as const) : [])];
    case 'InsideVertical':
      return [...(c > b.left ? (['left'] as const) : []), ...(c < b.right ? (['right'] as const) : [])];
    default:
      throw new FakeExcelError('InvalidArgument', `Border index ${edge}`);
  }
}

/**
 * A range's font: set for every cell; `name` read back once loaded, null when the cells differ, as
 * Excel.RangeFont documents (https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangefont:
 * "the font name … null when the range has mixed fonts" — the same holds for its other properties).
 */
class FakeRangeFont extends FakeObject<RangeTarget> {
  protected readonly kind = 'RangeFont';

  protected override read({ sheet, bounds }: RangeTarget, name: string): unknown {
    if (name !== 'name' && name !== 'size' && name !== 'bold') return super.read({ sheet, bounds }, name);
    const values = new Set<unknown>();
    for (let r = bounds.top; r <= bounds.bottom; r++)
      for (let c = bounds.left; c <= bounds.right; c++)
        values.add((sheet.peek(r, c) ?? newCell()).font[name]);
    return values.size === 1 ? [...values][0] : null;
  }

  private set<K extends keyof FakeCell['font']>(key: K, value: FakeCell['font'][K]) {
    this.command(({ sheet, bounds }) => {
      sheet.assertEditable(bounds);
      sheet.eachCell(bounds, (cell) => (cell.font = { ...cell.font, [key]: value }));
    });
  }

  get name(): string | null {
    return this.get('name');
  }
  set name(value: string) {
    this.set('name', value);
  }
  set size(value: number) {
    this.set('size', value);
  }
  set bold(value: boolean) {
    this.set('bold', value);
  }
}
