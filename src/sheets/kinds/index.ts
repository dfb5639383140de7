/**
 * The sheet kinds, listed once. Everything that is per kind — names, columns, what users fill in, what
 * validation reads as text — comes from here; see README.md beside this file for adding a column or a
 * kind.
 */
import type { StudyMonth, ThemeDay } from '../../plan/model';
import type { ColumnSpec } from '../spec';
import { plan, type PlanRow } from './plan';
import { study } from './study';
import { themeDays } from './themeDays';
import type { Column, KindDef } from './types';

export type { Column, ColumnRole, KindDef } from './types';
export type { PlanRow } from './plan';
export { DATE_FORMAT, MONTH_FORMAT } from './shared';

/** The row type of each kind's table. */
export interface KindRows {
  plan: PlanRow;
  study: StudyMonth;
  themeDays: ThemeDay;
}

export type SheetKind = keyof KindRows;

export const KINDS: { readonly [K in SheetKind]: KindDef<KindRows[K]> } = { plan, study, themeDays };

/** The kinds in sheet order. */
export const SHEET_KINDS: readonly SheetKind[] = ['plan', 'study', 'themeDays'];

/** A kind's columns, in sheet order, as any row's. */
export function columnsOf(kind: SheetKind): readonly Column<Record<string, unknown>>[] {
  return KINDS[kind].columns as unknown as Column<Record<string, unknown>>[];
}

/** A kind's columns as the adapters write them. */
export function columnSpecs(kind: SheetKind): ColumnSpec[] {
  return columnsOf(kind).map((c) => ({
    field: c.field,
    header: c.header,
    width: c.width,
    kind: c.kind,
    user: c.role === 'user',
    ...(c.numberFormat !== undefined ? { numberFormat: c.numberFormat } : {}),
    ...(c.list ? { list: c.list } : {}),
    ...(c.statusColours ? { statusColours: true } : {}),
    ...(c.centre ? { centre: true } : {}),
  }));
}

/** The fields of a kind with this role. */
export function fieldsOf<K extends SheetKind>(
  kind: K,
  role: Column<unknown>['role'],
): (keyof KindRows[K] & string)[] {
  return KINDS[kind].columns.filter((c) => c.role === role).map((c) => c.field) as (keyof KindRows[K] &
    string)[];
}

/** What the template writes as text and a merge follows, reporting the old wording: not the keys. */
export function templateTextOf<K extends SheetKind>(kind: K): Column<KindRows[K]>[] {
  const def = KINDS[kind] as unknown as KindDef<KindRows[K]>;
  return def.columns.filter((c) => c.role === 'template' && c.kind === 'text' && !def.key.includes(c.field));
}

/**
 * The columns validation reads as text: text columns and dates that take free text (完成时限), less
 * those marked otherwise (部分, 序号).
 */
export function textColumnsOf(kind: SheetKind): readonly Column<Record<string, unknown>>[] {
  return columnsOf(kind).filter((c) => (c.kind === 'text' || c.freeText) && c.checkedText !== false);
}
