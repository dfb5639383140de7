/**
 * Roll a year's plan over into the next: texts and owners carried, year references and 建党N周年
 * updated, statuses reset and 完成情况 cleared, theme-day dates recomputed from the rule for the new
 * year's holidays, a deadline that is a date moved to the same day of the new year.
 */
import { addYears, format, parseISO } from 'date-fns';
import { generateYear, type GenerateResult } from './generate';
import type { YearPlan } from './model';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function nextYearDate(date: string): string {
  return ISO.test(date) ? format(addYears(parseISO(date), 1), 'yyyy-MM-dd') : date;
}

export function rolloverYear(model: YearPlan, options: { rule?: string } = {}): GenerateResult {
  const r = generateYear(model, { year: model.year + 1, rule: options.rule });
  return {
    ...r,
    model: {
      ...r.model,
      plan: {
        ...r.model.plan,
        sections: r.model.plan.sections.map((s) => ({
          ...s,
          items: s.items.map((i) => ({ ...i, deadline: nextYearDate(i.deadline) })),
        })),
      },
    },
  };
}
