/**
 * The built-in templates as a year's plan: one kind of branch's wording for the year, its study focus
 * filled in. Items are numbered 1, 2, 3 … through the plan, sections 一、二、…; statuses, dates and
 * 完成情况 are left to generating (src/plan/generate.ts).
 */
import { currentFocus } from '../era';
import { emptyStudyMonth, emptyThemeDay, type YearPlan } from '../model';
import { chineseNumeral } from '../numerals';
import { planTitle, studyTitle, themeDayTitle } from '../titles';
import { anniversary } from '../yearChange';
import { DEFAULT_RULE_TEXT } from '../dayRule';
import { community } from './community';
import { enterprise } from './enterprise';
import { office } from './office';
import { school } from './school';
import { TEMPLATE_IDS, type BranchTemplate, type TemplateContext, type TemplateId } from './types';

export { TEMPLATE_IDS, type TemplateId } from './types';

export const TEMPLATES: Record<TemplateId, BranchTemplate> = { office, enterprise, school, community };

export const DEFAULT_TEMPLATE: TemplateId = 'office';

/** The branch name a built-in template's titles carry until the user gives one. */
export const TEMPLATE_BRANCH = '党支部';

/** A template by id, Chinese name or alias (`机关`, `农村`, `school`); undefined when none is called so. */
export function findTemplate(name: string): BranchTemplate | undefined {
  const n = name.trim().toLowerCase();
  return TEMPLATE_IDS.map((id) => TEMPLATES[id]).find(
    (t) => t.id === n || t.name === n || t.aliases.includes(n) || t.nameEn.toLowerCase() === n,
  );
}

export interface BuiltInOptions {
  year: number;
  /** The study focus; the one current for the year (src/plan/era) when empty or not given. */
  focus?: string;
}

/** One built-in template as the plan of a year. */
export function builtInTemplate(id: TemplateId, options: BuiltInOptions): YearPlan {
  const t = TEMPLATES[id];
  const { year } = options;
  const ctx: TemplateContext = {
    year,
    focus: options.focus?.trim() || currentFocus(year),
    anniversary: anniversary(year),
  };
  let n = 0;
  const sections = t.sections(ctx).map((s, i) => ({
    numeral: chineseNumeral(i + 1),
    title: s.title,
    items: s.items.map((item) => ({
      number: String(++n),
      title: item.title,
      content: item.content,
      owner: item.owner,
      deadline: item.deadline,
      status: '',
      note: '',
    })),
  }));
  const branch = TEMPLATE_BRANCH;
  return {
    branch,
    year,
    plan: { title: planTitle(branch, year), preamble: t.preamble(ctx), sections },
    study: {
      title: studyTitle(branch, year),
      requirements: t.studyRequirements(ctx),
      months: t.studyMonths(ctx).map((m, i) => ({ ...emptyStudyMonth(i + 1), ...m })),
    },
    themeDays: {
      title: themeDayTitle(branch, year),
      rule: DEFAULT_RULE_TEXT,
      activities: t.themeDays(ctx).map((a, i) => ({ ...emptyThemeDay(i + 1), ...a })),
    },
  };
}

/** The default kind's template for a year, with the focus that follows the era data. */
export function defaultTemplate(year: number): YearPlan {
  return builtInTemplate(DEFAULT_TEMPLATE, { year });
}
