/**
 * The study plan and the theme-day plan each have every month 1–12 exactly once. A branch that plans
 * fewer theme days (setting `themeDayMonths` below 12, e.g. 11 or 8) gets no missing-month error: only
 * a warning when fewer months than that are present. Duplicates and months outside 1–12 stay errors.
 */
import type { Issue } from '../../plan/issue';
import { cellOf, headerCell, type SheetMap } from '../../sheets/map';
import { defineMessages } from '../../plan/messages';
import { holds, report, type Rule } from '../rule';

const ID = 'months-complete';

const MESSAGES = defineMessages(ID, {
  noneFewerSet: {
    zh: '{{name}}没有任何月份（设置为每年至少 {{expected}} 个月）',
    en: 'The {{nameEn}} has no months (at least {{expected}} expected by the settings).',
  },
  none: { zh: '{{name}}没有任何月份（应有 1月–12月）', en: 'The {{nameEn}} has no months (1–12 expected).' },
  outside: { zh: '月份“{{month}}”不在 1–12 之间', en: 'Month "{{month}}" is not between 1 and 12.' },
  twice: {
    zh: '{{month}}月重复出现：每月只应有一行',
    en: 'Month {{month}} appears twice; one row per month.',
  },
  fewerThanSet: {
    zh: '{{name}}只有 {{count}} 个月（设置为每年至少 {{expected}} 个月），缺少 {{months}}',
    en: {
      one: 'The {{nameEn}} has {{count}} month (at least {{expected}} expected by the settings); missing {{monthsEn}}.',
      other:
        'The {{nameEn}} has {{count}} months (at least {{expected}} expected by the settings); missing {{monthsEn}}.',
    },
  },
  missing: {
    zh: '{{name}}缺少 {{months}}',
    en: {
      one: 'The {{nameEn}} is missing month {{monthsEn}}.',
      other: 'The {{nameEn}} is missing months {{monthsEn}}.',
    },
  },
});

const meta = {
  id: ID,
  severity: 'error',
  docs: '学习计划和主题党日活动计划应有 1月至12月，每月一行，不缺不重（主题党日月数可在设置中减少）',
  docsEn: 'The study and theme-day plans have each month 1–12 once (fewer theme-day months can be set)',
  messages: MESSAGES,
} as const;

function checkMonths(months: number[], map: SheetMap, name: string, nameEn: string, expected = 12): Issue[] {
  const header = { sheet: map.sheet, cell: headerCell(map, 'month') };
  const names = { name, nameEn, expected };
  if (months.length === 0)
    return [
      expected < 12
        ? report(meta, MESSAGES.noneFewerSet, header, names, 'warning')
        : report(meta, MESSAGES.none, header, names),
    ];
  const issues: Issue[] = [];
  const seen = new Set<number>();
  months.forEach((month, i) => {
    const at = { sheet: map.sheet, cell: cellOf(map, i, 'month') };
    // Month 0 is a month the reader could not read: it already reported it at this cell.
    if (month === 0) return;
    if (!Number.isInteger(month) || month < 1 || month > 12)
      issues.push(report(meta, MESSAGES.outside, at, { month }));
    else if (seen.has(month)) issues.push(report(meta, MESSAGES.twice, at, { month }));
    else seen.add(month);
  });
  const missing = Array.from({ length: 12 }, (_, i) => i + 1).filter((m) => !seen.has(m));
  const list = { months: missing.map((m) => `${m}月`).join('、'), monthsEn: missing.join(', ') };
  if (expected < 12) {
    if (seen.size < expected)
      issues.push(
        report(meta, MESSAGES.fewerThanSet, header, { ...names, ...list, count: seen.size }, 'warning'),
      );
    return issues;
  }
  if (missing.length > 0)
    issues.push(report(meta, MESSAGES.missing, header, { ...names, ...list, count: missing.length }));
  return issues;
}

export const monthsComplete: Rule = {
  meta,
  check(ctx) {
    const { model, maps, settings } = ctx;
    // A sheet the year lacks is not reported as a plan without months (read-kinds-missing names it).
    return [
      ...(holds(ctx, 'study')
        ? checkMonths(
            model.study.months.map((m) => m.month),
            maps.study,
            '每月学习计划',
            'monthly study plan',
          )
        : []),
      ...(holds(ctx, 'themeDays')
        ? checkMonths(
            model.themeDays.activities.map((a) => a.month),
            maps.themeDays,
            '主题党日活动计划表',
            'theme-day plan',
            settings.themeDayMonths,
          )
        : []),
    ];
  },
};
