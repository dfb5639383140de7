/**
 * Generate a year's plan from a template of any year: texts carried to the new year, the branch's
 * name in the titles, theme-day dates from the fixed-day rule, study dates on the theme days, and
 * every status starting as 未开始.
 */
import type { Issue } from './issue';
import { codedIssue, defineMessages } from './messages';
import type { YearPlan } from './model';
import { DEFAULT_RULE_TEXT, parseDayRule, themeDayDate } from './dayRule';
import { changeYear } from './yearChange';
import { builtInTemplate, DEFAULT_TEMPLATE } from './templates/builtIn';
import { sheetName } from '../sheets/columns';

const MESSAGES = {
  rule: defineMessages('theme-day-rule', {
    unknown: {
      zh: '无法理解固定活动日规则“{{rule}}”（应如“每月第一个星期五”“每月最后一个星期三”或“每月20日”）',
      en: 'Cannot understand the theme-day rule "{{rule}}" (expected e.g. 每月第一个星期五 or 每月20日).',
    },
  }),
  defaults: defineMessages('theme-day-defaults', {
    used: {
      zh: '模板没有主题党日活动安排，已按内置模板的12个月活动生成，请按支部实际修改',
      en: 'The template has no theme-day activities; the default 12-month programme was used.',
    },
  }),
};

export interface GenerateOptions {
  year: number;
  /** The branch's name; the template's when not given. */
  branch?: string;
  /** The fixed-day rule; the template's (or 每月第一个星期五) when not given. */
  rule?: string;
}

export interface GenerateResult {
  model: YearPlan;
  /** What the user should know: an unknown rule, defaults filled in. */
  issues: Issue[];
}

function renameBranch(title: string, from: string, to: string): string {
  if (from && title.startsWith(from)) return to + title.slice(from.length);
  return title;
}

export function generateYear(template: YearPlan, options: GenerateOptions): GenerateResult {
  const issues: Issue[] = [];
  const moved = changeYear(template, options.year);
  const branch = options.branch?.trim() || moved.branch;
  const ruleText = options.rule?.trim() || moved.themeDays.rule || DEFAULT_RULE_TEXT;
  const rule = parseDayRule(ruleText);
  if (!rule) {
    issues.push(
      codedIssue(
        'theme-day-rule',
        MESSAGES.rule.unknown,
        'error',
        { sheet: sheetName('themeDays', options.year), cell: 'A2' },
        { rule: ruleText },
      ),
    );
  }
  let activities = moved.themeDays.activities;
  if (activities.length === 0) {
    activities = builtInTemplate(DEFAULT_TEMPLATE, { year: options.year }).themeDays.activities;
    issues.push(
      codedIssue('theme-day-defaults', MESSAGES.defaults.used, 'warning', {
        sheet: sheetName('themeDays', options.year),
        cell: 'A1',
      }),
    );
  }
  const dates = new Map<number, string>();
  activities = activities.map((a) => {
    const date = rule && a.month >= 1 && a.month <= 12 ? themeDayDate(rule, options.year, a.month) : '';
    if (date) dates.set(a.month, date);
    return { ...a, date, status: '未开始' };
  });
  const model: YearPlan = {
    ...moved,
    branch,
    plan: {
      ...moved.plan,
      title: renameBranch(moved.plan.title, moved.branch, branch),
      sections: moved.plan.sections.map((s) => ({
        ...s,
        items: s.items.map((i) => ({ ...i, status: '未开始' })),
      })),
    },
    study: {
      ...moved.study,
      title: renameBranch(moved.study.title, moved.branch, branch),
      months: moved.study.months.map((m) => ({ ...m, plannedDate: dates.get(m.month) ?? '', done: '' })),
    },
    themeDays: {
      ...moved.themeDays,
      title: renameBranch(moved.themeDays.title, moved.branch, branch),
      rule: ruleText,
      activities,
    },
  };
  return { model, issues };
}
