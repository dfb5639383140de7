/**
 * Carry a plan's text from one year to another: the plan's own year (`2020年`, `2020年度`) becomes
 * the new year and `建党N周年` is recomputed (N = year − 1921). Every other number is left alone.
 */
import type { YearPlan } from './model';

export const PARTY_FOUNDED = 1921;

export function anniversary(year: number): number {
  return year - PARTY_FOUNDED;
}

/** Rewrite one text from year `from` to year `to`. */
export function changeYearInText(text: string, from: number, to: number): string {
  return text
    .replace(new RegExp(`(?<![0-9０-９])${from}(?=\\s*年)`, 'g'), String(to))
    .replace(/建党(\d+|[０-９]+)周年/g, () => `建党${anniversary(to)}周年`);
}

/** Apply a text transformation to every text of the model; numbers, dates and months are kept. */
export function mapTexts(model: YearPlan, f: (s: string) => string): YearPlan {
  return {
    ...model,
    branch: f(model.branch),
    plan: {
      title: f(model.plan.title),
      preamble: model.plan.preamble.map(f),
      sections: model.plan.sections.map((s) => ({
        ...s,
        title: f(s.title),
        items: s.items.map((i) => ({
          ...i,
          title: f(i.title),
          content: f(i.content),
          deadline: f(i.deadline),
          note: f(i.note),
        })),
      })),
    },
    study: {
      ...model.study,
      title: f(model.study.title),
      requirements: model.study.requirements.map(f),
      months: model.study.months.map((m) => ({ ...m, theme: f(m.theme), content: f(m.content) })),
    },
    themeDays: {
      ...model.themeDays,
      title: f(model.themeDays.title),
      ...(model.themeDays.notes ? { notes: model.themeDays.notes.map(f) } : {}),
      activities: model.themeDays.activities.map((a) => ({
        ...a,
        theme: f(a.theme),
        content: f(a.content),
        note: f(a.note),
      })),
    },
  };
}

/** The same plan for another year: texts rewritten; dates are not recomputed here (see generate). */
export function changeYear(model: YearPlan, to: number): YearPlan {
  const from = model.year;
  const changed = mapTexts(model, (s) => changeYearInText(s, from, to));
  return { ...changed, year: to };
}
