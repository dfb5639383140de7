/**
 * A plan back in the text form branches keep it in: the inverse of `importPlanText` for what a text
 * can hold (titles, preamble, sections and items, 学习要求 and the study months, the theme-day months).
 * Columns a text has no place for (owners, dates, hours, statuses, notes, study forms, the theme-day
 * rule) are left out, and themes are not written: import takes them from the first clause of content.
 */
import type { PlanItem, StudyMonth, ThemeDay, YearPlan } from '../../src/plan/model';
import { studyTitle, themeDayTitle } from '../../src/plan/titles';

function itemLines(item: PlanItem): string[] {
  const [first = '', ...rest] = item.content.split('\n');
  return [`${item.number}.${item.title}。${first}`, ...rest];
}

function monthLines(m: StudyMonth | ThemeDay): string[] {
  const [first = '', ...rest] = m.content.split('\n');
  return [`${m.month}月：${first}`, ...rest];
}

export function renderPlanText(model: YearPlan): string {
  const { branch, year, plan, study, themeDays } = model;
  const lines: string[] = [plan.title, ...plan.preamble];
  for (const section of plan.sections) {
    lines.push(`${section.numeral}、${section.title}`);
    for (const item of section.items) lines.push(...itemLines(item));
  }

  // An attachment is written when it holds more than its default title.
  const hasStudy =
    study.requirements.length > 0 || study.months.length > 0 || study.title !== studyTitle(branch, year);
  const hasThemeDays = themeDays.activities.length > 0 || themeDays.title !== themeDayTitle(branch, year);
  if (hasStudy || hasThemeDays) {
    lines.push('附件：' + (hasStudy ? `1.${study.title}` : `2.${themeDays.title}`));
    if (hasStudy && hasThemeDays) lines.push(`2.${themeDays.title}`);
  }
  if (hasStudy) {
    lines.push('附件1：', study.title, '一、学习要求', ...study.requirements, '二、学习任务');
    for (const m of study.months) lines.push(...monthLines(m));
  }
  if (hasThemeDays) {
    lines.push('附件2：', themeDays.title);
    for (const a of themeDays.activities) lines.push(...monthLines(a));
  }
  return lines.join('\n') + '\n';
}
