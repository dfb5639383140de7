/**
 * Dates belong to the plan's year: a study date and a theme-day date inside their row's month, a plan
 * deadline (when it is a date, not free text such as 全年) inside the year.
 */
import type { Issue } from '../../plan/issue';
import { planRows, studyRows, themeDayRows } from '../../sheets/rows';
import { holds, issueAt, type At, type Rule } from '../rule';
import { isIsoShaped, isoParts, zhDate } from '../text';

const meta = {
  id: 'date-in-range',
  severity: 'error',
  docs: '日期应在计划年度内，学习和主题党日的日期还应在所在行的月份内',
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
  if (!p)
    return [
      issueAt(meta, at, `${label}“${date}”不是有效的日期`, `The ${labelEn} "${date}" is not a valid date.`),
    ];
  if (p.year !== year)
    return [
      issueAt(
        meta,
        at,
        `${label} ${zhDate(date)} 不在 ${year} 年内`,
        `The ${labelEn} ${date} is not in ${year}.`,
      ),
    ];
  const validMonth = month !== null && Number.isInteger(month) && month >= 1 && month <= 12;
  if (validMonth && p.month !== month)
    return [
      issueAt(
        meta,
        at,
        `${label} ${zhDate(date)} 不在本行的 ${month}月 内`,
        `The ${labelEn} ${date} is not in this row's month (${month}).`,
      ),
    ];
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
