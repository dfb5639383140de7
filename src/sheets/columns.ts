/**
 * The three sheets' names and table columns: the contract shared by layout, read and validate; and
 * the number formats and drop-down lists the columns' cells get.
 */
import { columnSpecs, columnsOf, KINDS, SHEET_KINDS, type SheetKind } from './kinds';
import type { ColumnSpec } from './spec';

export { DATE_FORMAT, MONTH_FORMAT, SHEET_KINDS, type SheetKind } from './kinds';

export function sheetName(kind: SheetKind, year: number): string {
  return `${year}年${KINDS[kind].suffix}`;
}

export function tableName(kind: SheetKind, year: number): string {
  return `${KINDS[kind].tablePrefix}${year}`;
}

/** Which kind of sheet a name is, and for which year: `2027年学习计划` → study, 2027. */
export function parseSheetName(name: string): { kind: SheetKind; year: number } | null {
  const m = /^(\d{4})年(.+)$/.exec(name.trim());
  if (!m) return null;
  const kind = SHEET_KINDS.find((k) => KINDS[k].suffix === m[2]);
  return kind ? { kind, year: Number(m[1]) } : null;
}

/** The format of a date column that names none of its own. */
export const FALLBACK_DATE_FORMAT = 'yyyy-mm-dd';

/** A column's number format for its data cells; undefined leaves Excel's General. */
export function columnFormat(c: ColumnSpec): string | undefined {
  return c.numberFormat ?? (c.kind === 'date' ? FALLBACK_DATE_FORMAT : undefined);
}

/** Excel's list formula: `"a,b,c"`. Excel allows at most 255 characters and no comma inside a value. */
export function listFormula(values: readonly string[]): string {
  const bad = values.find((v) => v.includes(','));
  if (bad !== undefined) throw new Error(`Drop-down value contains a comma: ${bad}`);
  const formula = `"${values.map((v) => v.replace(/"/g, '""')).join(',')}"`;
  if (formula.length > 257) throw new Error(`Drop-down list longer than 255 characters: ${formula}`);
  return formula;
}

/**
 * Each kind's columns as the adapters write them, in sheet order (src/sheets/kinds/): read when used,
 * so they are always the kinds' columns as they are.
 */
export const COLUMNS: Readonly<Record<SheetKind, readonly ColumnSpec[]>> = Object.defineProperties(
  {} as Record<SheetKind, readonly ColumnSpec[]>,
  Object.fromEntries(SHEET_KINDS.map((k) => [k, { get: () => columnSpecs(k), enumerable: true }])),
);

/**
 * Other names people give a column, per sheet (each column's `aliases`). A name belongs to one field of
 * a sheet only: on the theme-day sheet 内容 is 活动内容 and 日期/时间 are 活动日期; on the plan sheet 负责人
 * is 责任人. Compared after `normaliseHeader`, so spaces, line breaks and notes in brackets do not matter.
 */
export const HEADER_ALIASES: Readonly<Record<SheetKind, Readonly<Record<string, readonly string[]>>>> =
  Object.defineProperties(
    {} as Record<SheetKind, Record<string, readonly string[]>>,
    Object.fromEntries(
      SHEET_KINDS.map((k) => [
        k,
        { get: () => Object.fromEntries(columnsOf(k).map((c) => [c.field, c.aliases])), enumerable: true },
      ]),
    ),
  );

/**
 * A header cell's text as compared with column names: full-width forms made half-width, spaces and
 * line breaks removed, notes in brackets (`活动日期（星期）`) and marks such as `*` or a trailing colon
 * dropped, Latin letters lower-cased.
 */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/\([^()]*\)|\[[^[\]]*\]|【[^【】]*】/g, '')
    .replace(/^[*※]+|[*※:]+$/g, '')
    .toLowerCase();
}

/** The field a header text names on a sheet; `exact` when it is the column's own header. */
export function fieldOfHeader(kind: SheetKind, text: string): { field: string; exact: boolean } | null {
  const h = normaliseHeader(text);
  if (h === '') return null;
  const columns = columnsOf(kind);
  const own = columns.find((c) => normaliseHeader(c.header) === h);
  if (own) return { field: own.field, exact: true };
  const alias = columns.find((c) => c.aliases.some((a) => normaliseHeader(a) === h));
  return alias === undefined ? null : { field: alias.field, exact: false };
}
