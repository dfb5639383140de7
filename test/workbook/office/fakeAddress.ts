/** Addresses and bounds in the fake Excel, and the errors it throws, with Excel's error codes. */
export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'FakeExcelError';
  }
}

export interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** `A1`, `A1:H5`, `A:H`, `$4:$4`, `4:4` → bounds. Anything else is Excel's InvalidArgument. */
export function parseAddress(address: string): Bounds {
  const bad = () => new FakeExcelError('InvalidArgument', `Bad range address "${address}"`);
  if (address.includes('!')) throw bad();
  const parts = address.replace(/\$/g, '').toUpperCase().split(':');
  if (parts.length > 2) throw bad();
  const one = (p: string) => {
    let m = /^([A-Z]{1,3})(\d+)$/.exec(p);
    if (m) return { row: Number(m[2]), col: columnNumber(m[1]!), kind: 'cell' as const };
    m = /^([A-Z]{1,3})$/.exec(p);
    if (m) return { row: 0, col: columnNumber(m[1]!), kind: 'column' as const };
    m = /^(\d+)$/.exec(p);
    if (m) return { row: Number(m[1]), col: 0, kind: 'row' as const };
    throw bad();
  };
  const a = one(parts[0]!);
  const b = one(parts[1] ?? parts[0]!);
  if (a.kind !== b.kind || (parts.length === 1 && a.kind !== 'cell')) throw bad();
  const bounds =
    a.kind === 'column'
      ? { top: 1, bottom: MAX_ROWS, left: Math.min(a.col, b.col), right: Math.max(a.col, b.col) }
      : a.kind === 'row'
        ? { left: 1, right: MAX_COLUMNS, top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row) }
        : {
            top: Math.min(a.row, b.row),
            bottom: Math.max(a.row, b.row),
            left: Math.min(a.col, b.col),
            right: Math.max(a.col, b.col),
          };
  if (bounds.top < 1 || bounds.left < 1 || bounds.bottom > MAX_ROWS || bounds.right > MAX_COLUMNS)
    throw bad();
  return bounds;
}

export function formatAddress(b: Bounds): string {
  if (b.top === 1 && b.bottom === MAX_ROWS) return `${columnLetters(b.left)}:${columnLetters(b.right)}`;
  if (b.left === 1 && b.right === MAX_COLUMNS) return `${b.top}:${b.bottom}`;
  const tl = `${columnLetters(b.left)}${b.top}`;
  return b.top === b.bottom && b.left === b.right ? tl : `${tl}:${columnLetters(b.right)}${b.bottom}`;
}

/** A sheet name as Excel writes it in an address: quoted unless it is a plain identifier. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export const overlaps = (a: Bounds, b: Bounds) =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
export const contains = (outer: Bounds, inner: Bounds) =>
  outer.left <= inner.left &&
  inner.right <= outer.right &&
  outer.top <= inner.top &&
  inner.bottom <= outer.bottom;
export const sameBounds = (a: Bounds, b: Bounds) =>
  a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
export const rowsOf = (b: Bounds) => b.bottom - b.top + 1;
export const columnsOf = (b: Bounds) => b.right - b.left + 1;
