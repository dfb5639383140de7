/** A SheetGrid from what Office.js loaded: the used range's values and formats, the tables' addresses. */
import { cellRef, parseCell, type CellValue, type SheetGrid } from '../../sheets/spec';
import { fromOfficeValue } from './values';

export interface LoadedRange {
  /** Sheet-qualified, e.g. `'2027年学习计划'!A1:H17`. */
  address: string;
  values: unknown[][];
  numberFormat: unknown[][];
  valueTypes?: string[][];
  /** The cells' formulas: a constant's is the constant itself. */
  formulas?: unknown[][];
}

/** `'Sheet 1'!$A$5:$H$19` → `A5:H19`; `Sheet1!B2` → `B2`. */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf('!');
  return (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, '');
}

function topLeft(address: string): { row: number; col: number } {
  return parseCell(localAddress(address).split(':')[0]!) ?? { row: 1, col: 1 };
}

/**
 * Values from A1, row-major. Excel gives '' for empty cells and for all but the top-left cell of a
 * merge: both read as null. A number in a date format reads as {date}; an error as null.
 */
export function gridValues(used: LoadedRange | null): CellValue[][] {
  if (!used) return [];
  const start = topLeft(used.address);
  const pad = (n: number) => Array.from({ length: n }, () => null);
  const rows: CellValue[][] = Array.from({ length: start.row - 1 }, () => []);
  used.values.forEach((row, i) => {
    rows.push([
      ...pad(start.col - 1),
      ...row.map((v, j) => fromOfficeValue(v, used.numberFormat[i]?.[j], used.valueTypes?.[i]?.[j])),
    ]);
  });
  return rows;
}

/** The formulas of the cells read, by address: those that start with `=`. */
function gridFormulas(used: LoadedRange | null): Record<string, string> | undefined {
  if (!used?.formulas) return undefined;
  const start = topLeft(used.address);
  const found: Record<string, string> = {};
  used.formulas.forEach((row, i) =>
    row.forEach((f, j) => {
      if (typeof f === 'string' && f.startsWith('=')) found[cellRef(start.row + i, start.col + j)] = f;
    }),
  );
  return Object.keys(found).length > 0 ? found : undefined;
}

export function sheetGrid(
  name: string,
  used: LoadedRange | null,
  tables: { name: string; address: string }[],
  titleFont?: string,
): SheetGrid {
  const formulas = gridFormulas(used);
  return {
    name,
    values: gridValues(used),
    ...(formulas ? { formulas } : {}),
    rowsShift: true,
    tables: tables.map((t) => ({ name: t.name, range: localAddress(t.address) })),
    ...(titleFont ? { titleFont } : {}),
  };
}
