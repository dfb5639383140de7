/** Model → SheetSpec: the three formatted sheets of a year, and where each model row lands. */
import { emptyItem, type YearPlan } from '../plan/model';
import { ruleSentence } from '../plan/dayRule';
import { COLUMNS, sheetName, tableName, type SheetKind } from './columns';
import { columnsOf, KINDS, type Column, type KindRows } from './kinds';
import { sheetFonts, type FontProfile } from './fonts';
import type { SheetMap, YearMaps } from './map';
import type { ColumnHeaders } from './read';
import { specRows, type CellValue, type SheetSpec } from './spec';

export interface LayoutOptions {
  fonts?: FontProfile;
  /** Headers users gave columns, kept in place of the standard ones. */
  headers?: ColumnHeaders;
}

export interface YearLayout {
  specs: SheetSpec[];
  maps: YearMaps;
}

export const REQUIREMENTS_LABEL = '学习要求：';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** A model value as its column's cell: empty text as an empty cell, an ISO date as a date cell. */
function cellValue(c: Column<Record<string, unknown>>, v: unknown): CellValue {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  const s = String(v);
  return c.kind === 'date' && ISO.test(s) ? { date: s } : s;
}

/** A model row as its sheet row, field by field in the kind's column order. */
export function rowCells<K extends SheetKind>(kind: K, row: KindRows[K]): CellValue[] {
  const r = row as unknown as Record<string, unknown>;
  return columnsOf(kind).map((c) => cellValue(c, r[c.field]));
}

export function sectionLabel(numeral: string, title: string): string {
  return `${numeral}、${title}`;
}

function mapFor(kind: SheetKind, spec: SheetSpec, rowCount: number, sectionRows: number[] = []): SheetMap {
  const r = specRows(spec);
  const columns: Record<string, number> = {};
  columnsOf(kind).forEach((c, i) => (columns[c.field] = i + 1));
  return {
    kind,
    sheet: spec.name,
    titleRow: r.title,
    textRows: r.text,
    headerRow: r.header,
    columns,
    rows: Array.from({ length: rowCount }, (_, i) => r.firstData + i),
    sectionRows,
  };
}

/** A layout's specs of these kinds only: a year that has some of its sheets gets no others written. */
export function specsOf(specs: readonly SheetSpec[], year: number, kinds: readonly SheetKind[]): SheetSpec[] {
  const names = new Set(kinds.map((k) => sheetName(k, year)));
  return specs.filter((s) => names.has(s.name));
}

export function layoutYear(model: YearPlan, options: LayoutOptions = {}): YearLayout {
  const fonts = sheetFonts(options.fonts);
  const headed = (kind: SheetKind) =>
    COLUMNS[kind].map((c) => {
      const header = options.headers?.[kind]?.[c.field];
      return header ? { ...c, header } : c;
    });
  const { year } = model;

  const planRows: CellValue[][] = [];
  const sectionStarts: number[] = [];
  const itemRowIndex: number[] = [];
  for (const section of model.plan.sections) {
    sectionStarts.push(planRows.length);
    const label = sectionLabel(section.numeral, section.title);
    if (section.items.length === 0)
      planRows.push(rowCells('plan', { ...emptyItem('', '', ''), section: label }));
    for (const item of section.items) {
      itemRowIndex.push(planRows.length);
      planRows.push(rowCells('plan', { ...item, section: label }));
    }
  }
  const plan: SheetSpec = {
    name: sheetName('plan', year),
    title: model.plan.title,
    textRows: model.plan.preamble,
    table: { name: tableName('plan', year), columns: headed('plan'), rows: planRows },
    fonts,
  };

  const study: SheetSpec = {
    name: sheetName('study', year),
    title: model.study.title,
    textRows: model.study.requirements.map((p, i) => (i === 0 ? REQUIREMENTS_LABEL + p : p)),
    table: {
      name: tableName('study', year),
      columns: headed('study'),
      rows: model.study.months.map((m) => rowCells('study', m)),
      ...(KINDS.study.totals ? { totals: KINDS.study.totals } : {}),
    },
    fonts,
  };

  const themeDays: SheetSpec = {
    name: sheetName('themeDays', year),
    title: model.themeDays.title,
    textRows: [ruleSentence(model.themeDays.rule), ...(model.themeDays.notes ?? [])],
    table: {
      name: tableName('themeDays', year),
      columns: headed('themeDays'),
      rows: model.themeDays.activities.map((a) => rowCells('themeDays', a)),
    },
    fonts,
  };

  const planMap = mapFor('plan', plan, 0);
  const first = specRows(plan).firstData;
  planMap.rows = itemRowIndex.map((i) => first + i);
  planMap.sectionRows = sectionStarts.map((i) => first + i);
  return {
    specs: [plan, study, themeDays],
    maps: {
      plan: planMap,
      study: mapFor('study', study, study.table.rows.length),
      themeDays: mapFor('themeDays', themeDays, themeDays.table.rows.length),
    },
  };
}
