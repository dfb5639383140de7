/**
 * Model rows with their cells: every row of a kind as layout and read place it (plan items in reading
 * order across sections, study months, theme days), each able to name the cell of any of its fields.
 * Rules ask a row for its cell; none counts rows.
 */
import {
  allItems,
  type PlanItem,
  type PlanSection,
  type StudyMonth,
  type ThemeDay,
  type YearPlan,
} from '../plan/model';
import type { SheetKind } from './kinds';
import { cellOf, type YearMaps } from './map';

/** The model's row type of each kind (a plan row's 部分 is its section's). */
export interface ModelRows {
  plan: PlanItem;
  study: StudyMonth;
  themeDays: ThemeDay;
}

export interface Located<Row> {
  row: Row;
  /** The row's key in the kind's map: its place among the kind's rows. */
  index: number;
  /** Where one of its fields is: the sheet and the A1 cell. */
  at(field: keyof Row & string): { sheet: string; cell: string };
}

export interface LocatedItem extends Located<PlanItem> {
  section: PlanSection;
  /** The item's place in its section (0 for the first). */
  inSection: number;
}

function located<Row>(maps: YearMaps, kind: SheetKind, row: Row, index: number): Located<Row> {
  const map = maps[kind];
  return { row, index, at: (field) => ({ sheet: map.sheet, cell: cellOf(map, index, field) }) };
}

/** The plan's items, each with its section and its cells. */
export function planRows(model: YearPlan, maps: YearMaps): LocatedItem[] {
  return allItems(model.plan).map(({ section, item, index }) => ({
    ...located(maps, 'plan', item, index),
    section,
    inSection: section.items.indexOf(item),
  }));
}

export function studyRows(model: YearPlan, maps: YearMaps): Located<StudyMonth>[] {
  return model.study.months.map((m, i) => located(maps, 'study', m, i));
}

export function themeDayRows(model: YearPlan, maps: YearMaps): Located<ThemeDay>[] {
  return model.themeDays.activities.map((a, i) => located(maps, 'themeDays', a, i));
}
