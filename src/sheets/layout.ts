/** Model → SheetSpec: the three formatted sheets of a year, and where each model row lands. */
import type { YearPlan } from '../plan/model';
import { ruleSentence } from '../plan/dayRule';
import { COLUMNS, sheetName, tableName, type SheetKind } from './columns';
import { sheetFonts, type FontProfile } from './fonts';
import type { SheetMap, YearMaps } from './map';
import { specRows, type CellValue, type SheetSpec } from './spec';

export interface LayoutOptions {
  fonts?: FontProfile;
}

export interface YearLayout {
  specs: SheetSpec[];
  maps: YearMaps;
}

export const REQUIREMENTS_LABEL = '学习要求：';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function text(s: string): CellValue {
  return s === '' ? null : s;
}

function dateOrText(s: string): CellValue {
  if (s === '') return null;
  return ISO.test(s) ? { date: s } : s;
}

export function sectionLabel(numeral: string, title: string): string {
  return `${numeral}、${title}`;
}

function mapFor(kind: SheetKind, spec: SheetSpec, rowCount: number, sectionRows: number[] = []): SheetMap {
  const r = specRows(spec);
  const columns: Record<string, number> = {};
  COLUMNS[kind].forEach((c, i) => (columns[c.field] = i + 1));
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
  const { year } = model;

  const planRows: CellValue[][] = [];
  const sectionStarts: number[] = [];
  const itemRowIndex: number[] = [];
  for (const section of model.plan.sections) {
    sectionStarts.push(planRows.length);
    const label = sectionLabel(section.numeral, section.title);
    if (section.items.length === 0) planRows.push([label, null, null, null, null, null, null, null]);
    for (const item of section.items) {
      itemRowIndex.push(planRows.length);
      planRows.push([
        label,
        text(item.number),
        text(item.title),
        text(item.content),
        text(item.owner),
        dateOrText(item.deadline),
        text(item.status),
        text(item.note),
      ]);
    }
  }
  const plan: SheetSpec = {
    name: sheetName('plan', year),
    title: model.plan.title,
    textRows: model.plan.preamble,
    table: { name: tableName('plan', year), columns: COLUMNS.plan, rows: planRows },
    fonts,
  };

  const study: SheetSpec = {
    name: sheetName('study', year),
    title: model.study.title,
    textRows: model.study.requirements.map((p, i) => (i === 0 ? REQUIREMENTS_LABEL + p : p)),
    table: {
      name: tableName('study', year),
      columns: COLUMNS.study,
      rows: model.study.months.map((m) => [
        m.month,
        text(m.theme),
        text(m.content),
        text(m.form),
        dateOrText(m.plannedDate),
        m.hours,
        text(m.owner),
        text(m.done),
      ]),
      totals: { label: '合计', sumFields: ['hours'] },
    },
    fonts,
  };

  const themeDays: SheetSpec = {
    name: sheetName('themeDays', year),
    title: model.themeDays.title,
    textRows: [ruleSentence(model.themeDays.rule), ...(model.themeDays.notes ?? [])],
    table: {
      name: tableName('themeDays', year),
      columns: COLUMNS.themeDays,
      rows: model.themeDays.activities.map((a) => [
        a.month,
        dateOrText(a.date),
        text(a.theme),
        text(a.content),
        text(a.form),
        text(a.place),
        text(a.attendees),
        text(a.owner),
        text(a.status),
        text(a.note),
      ]),
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
