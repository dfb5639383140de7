/** Helpers the rules share: every text cell of a year with its location, numbers and dates as written. */
import { isValid } from 'date-fns';
import type { YearPlan } from '../plan/model';
import { parseChineseNumeral, toAsciiDigits } from '../plan/numerals';
import { SHEET_KINDS, type SheetKind } from '../sheets/columns';
import { textColumnsOf } from '../sheets/kinds';
import { planRows, studyRows, themeDayRows, type Located } from '../sheets/rows';
import { sectionCell, textCell, type YearMaps } from '../sheets/map';
import { cellRef } from '../sheets/spec';
import type { At } from './rule';

/** One text cell: where it is, what it holds, and what it is called in a message. */
export interface TextCell extends At {
  text: string;
  /** e.g. `标题`, `第2段前言`. */
  label: string;
  labelEn: string;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoShaped(s: string): boolean {
  return ISO.test(s);
}

/** Year, month and day of a real ISO date; null when the text is not one (e.g. `2027-02-30`). */
export function isoParts(s: string): { year: number; month: number; day: number } | null {
  const m = ISO.exec(s);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (!isValid(d) || d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
    return null;
  return { year, month, day };
}

/** `2027-03-05` → `2027年3月5日`. */
export function zhDate(iso: string): string {
  const p = isoParts(iso);
  return p ? `${p.year}年${p.month}月${p.day}日` : iso;
}

/** An item number as an integer: `5`, `１３`, `13.`; null when it is not a number. */
export function parseItemNumber(s: string): number | null {
  const t = toAsciiDigits(s.trim())
    .replace(/[.、．]$/, '')
    .replace(/^[（(]\s*(.+?)\s*[)）]$/, '$1');
  if (/^\d+$/.test(t)) return Number(t);
  const stem = t.length === 1 ? '甲乙丙丁戊己庚辛壬癸'.indexOf(t) : -1;
  return stem >= 0 ? stem + 1 : parseChineseNumeral(t);
}

/** A kind's columns validation reads as text, with how messages name them (src/sheets/kinds). */
const textFields = (kind: SheetKind) =>
  textColumnsOf(kind).map((c) => [c.field, c.header, c.headerEn, c.kind === 'date'] as const);

/**
 * Every text cell of the year: titles, preamble and 学习要求 paragraphs, the theme-day rule, section
 * titles and the text fields of every row (a plan deadline only when it is free text, not a date).
 * Empty texts are left out, and so are the parts of kinds not in `kinds` (sheets the year lacks).
 */
export function textCells(
  model: YearPlan,
  maps: YearMaps,
  kinds: readonly SheetKind[] = SHEET_KINDS,
): TextCell[] {
  const out: TextCell[] = [];
  const add: Add = (at, text, label, labelEn) => {
    // Fields listed, not `...at`: spreading here made textCells twenty times slower (bench: validate10yMs).
    if (text.trim() !== '') out.push({ sheet: at.sheet, cell: at.cell, text, label, labelEn });
  };
  if (kinds.includes('plan')) planCells(model, maps, add);
  if (kinds.includes('study')) studyCells(model, maps, add);
  if (kinds.includes('themeDays')) themeDayCells(model, maps, add);
  return out;
}

type Add = (at: At, text: string, label: string, labelEn: string) => void;

function planCells(model: YearPlan, maps: YearMaps, add: Add): void {
  const { plan } = maps;
  add({ sheet: plan.sheet, cell: cellRef(plan.titleRow, 1) }, model.plan.title, '工作计划标题', 'plan title');
  model.plan.preamble.forEach((p, i) =>
    add({ sheet: plan.sheet, cell: textCell(plan, i) }, p, `前言第${i + 1}段`, `preamble paragraph ${i + 1}`),
  );
  model.plan.sections.forEach((s, i) =>
    add(
      { sheet: plan.sheet, cell: sectionCell(plan, i) },
      s.title,
      `第${s.numeral}部分标题`,
      `title of section ${i + 1}`,
    ),
  );
  tableCells('plan', planRows(model, maps), (i) => [`第${i.number}项`, `item ${i.number}`], add);
}

/** The text fields of a kind's rows, named by the row (`第5项`, `3月`) and the column's header. */
function tableCells<Row>(
  kind: SheetKind,
  rows: readonly Located<Row>[],
  name: (row: Row) => [zh: string, en: string],
  add: Add,
): void {
  const fields = textFields(kind);
  for (const { row, at } of rows) {
    const [zhRow, enRow] = name(row);
    for (const [field, zh, en, date] of fields) {
      const text = String((row as Record<string, unknown>)[field] ?? '');
      // A date column that takes free text (完成时限) is text only when it is not a date.
      if (date && isIsoShaped(text)) continue;
      add(at(field as keyof Row & string), text, `${zhRow}${zh}`, `${en} of ${enRow}`);
    }
  }
}

const monthName = (r: { month: number }): [string, string] => [`${r.month}月`, `month ${r.month}`];

function studyCells(model: YearPlan, maps: YearMaps, add: Add): void {
  const { study } = maps;
  add(
    { sheet: study.sheet, cell: cellRef(study.titleRow, 1) },
    model.study.title,
    '学习计划标题',
    'study plan title',
  );
  model.study.requirements.forEach((p, i) =>
    add(
      { sheet: study.sheet, cell: textCell(study, i) },
      p,
      `学习要求第${i + 1}段`,
      `study requirements paragraph ${i + 1}`,
    ),
  );
  tableCells('study', studyRows(model, maps), monthName, add);
}

function themeDayCells(model: YearPlan, maps: YearMaps, add: Add): void {
  const { themeDays } = maps;
  add(
    { sheet: themeDays.sheet, cell: cellRef(themeDays.titleRow, 1) },
    model.themeDays.title,
    '主题党日标题',
    'theme-day plan title',
  );
  add(
    { sheet: themeDays.sheet, cell: textCell(themeDays, 0) },
    model.themeDays.rule,
    '固定活动日',
    'fixed-day rule',
  );
  (model.themeDays.notes ?? []).forEach((p, i) =>
    add(
      { sheet: themeDays.sheet, cell: textCell(themeDays, i + 1) },
      p,
      `主题党日说明第${i + 1}段`,
      `theme-day plan paragraph ${i + 1}`,
    ),
  );
  tableCells('themeDays', themeDayRows(model, maps), monthName, add);
}

/** How a message names a study month or theme-day row: `3月`, or `表中第5行` when its month is not 1–12. */
export function monthLabel(month: number, index: number): [zh: string, en: string] {
  return Number.isInteger(month) && month >= 1 && month <= 12
    ? [`${month}月`, `month ${month}`]
    : [`表中第${index + 1}行`, `table row ${index + 1}`];
}
