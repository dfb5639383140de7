/**
 * Dates belong to the plan's year: a study date and a theme-day date inside their row's month, a plan
 * deadline (when it is a date, not free text such as 全年) inside the year.
 */
import type { Issue } from '../../plan/issue';
import { planRows, studyRows, themeDayRows } from '../../sheets/rows';
import { defineMessages } from '../../plan/messages';
import { holds, report, type At, type Rule } from '../rule';
import { isIsoShaped, isoParts, zhDate } from '../text';

const ID = 'date-in-range';

const MESSAGES = defineMessages(ID, {
  invalid: { zh: '{{label}}“{{raw}}”不是有效的日期', en: 'The {{labelEn}} "{{raw}}" is not a valid date.' },
  otherYear: {
    zh: '{{label}} {{date}} 不在 {{year}} 年内',
    en: 'The {{labelEn}} {{dateEn}} is not in {{year}}.',
  },
  otherMonth: {
    zh: '{{label}} {{date}} 不在本行的 {{month}}月 内',
    en: "The {{labelEn}} {{dateEn}} is not in this row's month ({{month}}).",
  },
});

const meta = {
  id: ID,
  severity: 'error',
  docs: '日期应在计划年度内，学习和主题党日的日期还应在所在行的月份内',
  docsEn: 'Dates lie in the plan’s year, and a study or theme-day date in its row’s month',
  messages: MESSAGES,
} as const;

function checkDate(
  date: string,
  month: number | null,
  year: number,
  at: At,
  label: string,
  labelEn: string,
): Issue[] {
  if (!isIsoShaped(date)) return [];
  const p = isoParts(date);
  const data = { label, labelEn, raw: date, date: zhDate(date), dateEn: date, year };
  if (!p) return [report(meta, MESSAGES.invalid, at, data)];
  if (p.year !== year) return [report(meta, MESSAGES.otherYear, at, data)];
  const validMonth = month !== null && Number.isInteger(month) && month >= 1 && month <= 12;
  if (validMonth && p.month !== month) return [report(meta, MESSAGES.otherMonth, at, { ...data, month })];
  return [];
}

export const dateInRange: Rule = {
  meta,
  check(ctx) {
    const { model, maps } = ctx;
    const { year } = model;
    const issues: Issue[] = [];
    for (const { row, at } of holds(ctx, 'plan') ? planRows(model, maps) : [])
      issues.push(...checkDate(row.deadline, null, year, at('deadline'), '完成时限', 'deadline'));
    for (const { row, at } of holds(ctx, 'study') ? studyRows(model, maps) : [])
      issues.push(
        ...checkDate(row.plannedDate, row.month, year, at('plannedDate'), '计划日期', 'planned date'),
      );
    for (const { row, at } of holds(ctx, 'themeDays') ? themeDayRows(model, maps) : [])
      issues.push(...checkDate(row.date, row.month, year, at('date'), '活动日期', 'activity date'));
    return issues;
  },
};
