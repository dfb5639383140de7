/**
 * An imported year completed from a template: the sheets the documents did not hold (a branch that
 * brings only its theme-day table) come from the template, moved to the imported year first so its
 * year references are the year's own.
 */
import type { Issue } from '../issue';
import { codedIssue } from '../messages';
import { IMPORT } from './messages';
import type { YearPlan } from '../model';
import { planTitle } from '../titles';
import { changeYear } from '../yearChange';
import { DOC_KINDS, type DocKind } from './types';

export const KIND_LABEL: Record<DocKind, [zh: string, en: string]> = {
  plan: ['年度工作计划', 'work plan'],
  study: ['每月学习计划', 'study plan'],
  themeDays: ['主题党日活动计划', 'theme-day plan'],
};

export function completeFromTemplate(
  imported: YearPlan,
  kinds: readonly DocKind[],
  template: YearPlan,
  source: string,
): { model: YearPlan; issues: Issue[] } {
  const missing = DOC_KINDS.filter((k) => !kinds.includes(k));
  if (missing.length === 0) return { model: imported, issues: [] };
  const moved = changeYear(template, imported.year);
  const model: YearPlan = { ...imported };
  for (const k of missing) {
    if (k === 'plan')
      model.plan = { ...moved.plan, title: planTitle(imported.branch || moved.branch, imported.year) };
    else if (k === 'study') model.study = moved.study;
    else model.themeDays = moved.themeDays;
  }
  const zh = missing.map((k) => KIND_LABEL[k][0]).join('、');
  const en = missing.map((k) => KIND_LABEL[k][1]).join(', ');
  return {
    model,
    issues: [
      codedIssue(
        'import-template-kinds',
        IMPORT.templateKinds.filled,
        'warning',
        { sheet: source, cell: '第1行' },
        { kinds: zh, kindsEn: en },
      ),
    ],
  };
}
