/**
 * The built-in templates are a clean, current first plan: for every kind of branch and every year from
 * 2026, generating and validating finds nothing at all; they hold what a year needs; the study focus
 * is one setting filled in wherever they name it; the kinds differ in wording, never in columns.
 */
import { eraMentions } from '../../src/plan/era';
import { generateYear } from '../../src/plan/generate';
import { allItems, type YearPlan } from '../../src/plan/model';
import { builtInTemplate, findTemplate, TEMPLATE_IDS, TEMPLATES } from '../../src/plan/templates/builtIn';
import { layoutYear } from '../../src/sheets/layout';
import { DEFAULT_SETTINGS, validateYear } from '../../src/validate';
import { textCells } from '../../src/validate/text';

const YEARS = [2026, 2027, 2028, 2029, 2030];

function generated(id: (typeof TEMPLATE_IDS)[number], year: number, focus?: string): YearPlan {
  return generateYear(builtInTemplate(id, { year, focus }), { year, branch: '第一党支部' }).model;
}

const texts = (model: YearPlan) => textCells(model, layoutYear(model).maps).map((c) => c.text);

describe.each(TEMPLATE_IDS)('the built-in template %s', (id) => {
  it.each(YEARS)('validates with no error and no warning in %i', (year) => {
    const r = generateYear(builtInTemplate(id, { year }), { year });
    const { maps } = layoutYear(r.model);
    const found = [...r.issues, ...validateYear(r.model, maps)];
    expect(found.map((i) => `${i.sheet}!${i.cell} ${i.rule} ${i.message}`)).toEqual([]);
  });

  const model = generated(id, 2027);
  const plan = allItems(model.plan)
    .map(({ section, item }) => `${section.title} ${item.title} ${item.content}`)
    .join('\n');

  it('is shaped as real plans are: sections of titled items, 三会一课, 组织生活会, 民主评议党员', () => {
    expect(model.plan.sections.length).toBeGreaterThanOrEqual(5);
    for (const s of model.plan.sections) expect(s.items.length).toBeGreaterThanOrEqual(2);
    for (const { item } of allItems(model.plan)) {
      expect(item.title).not.toBe('');
      expect(item.owner).not.toBe('');
      expect(item.deadline).not.toBe('');
    }
    for (const words of ['三会一课', '组织生活会', '民主评议党员', '主题党日']) expect(plan).toContain(words);
  });

  it('studies at least the yearly minimum, month by month, on the theme days', () => {
    const hours = model.study.months.reduce((s, m) => s + (m.hours ?? 0), 0);
    expect(hours).toBeGreaterThanOrEqual(DEFAULT_SETTINGS.minStudyHours);
    expect(model.study.months.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const dates = new Map(model.themeDays.activities.map((a) => [a.month, a.date]));
    for (const m of model.study.months) expect(m.plannedDate).toBe(dates.get(m.month));
  });

  it('has twelve theme days on the calendar: 党员大会 each quarter, 党课, 七一, 组织生活会 in the fourth quarter', () => {
    const days = model.themeDays.activities;
    expect(days.map((a) => a.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const q of [0, 1, 2, 3])
      expect(days.slice(q * 3, q * 3 + 3).map((a) => a.form)).toContain('党员大会');
    expect(days.map((a) => a.form)).toContain('党课');
    expect(days.slice(9).map((a) => a.form)).toContain('组织生活会');
    expect(days.slice(5, 7).some((a) => /七一|建党106周年/.test(a.theme + a.content))).toBe(true);
  });

  it('names the study focus of the setting wherever it names one, and no era of its own', () => {
    const focus = '习近平新时代中国特色社会主义思想和党的二十一大精神';
    const all = texts(generated(id, 2028, focus));
    expect(all.filter((t) => t.includes(focus)).length).toBeGreaterThanOrEqual(3);
    // No congress or session but the setting's: the template's own words name none.
    for (const t of all) expect(eraMentions(t.split(focus).join(''))).toEqual([]);
  });

  it('is found by its Chinese name', () => {
    expect(findTemplate(TEMPLATES[id].name)?.id).toBe(id);
  });
});

describe('the kinds of branch', () => {
  const models = TEMPLATE_IDS.map((id) => generated(id, 2027));

  it('change the wording and the activities', () => {
    const plans = models.map((m) => JSON.stringify(m.plan.sections));
    const days = models.map((m) => JSON.stringify(m.themeDays.activities.map((a) => a.content)));
    expect(new Set(plans).size).toBe(TEMPLATE_IDS.length);
    expect(new Set(days).size).toBe(TEMPLATE_IDS.length);
  });

  it('never the columns', () => {
    const headers = models.map((m) =>
      JSON.stringify(layoutYear(m).specs.map((s) => s.table.columns.map((c) => c.header))),
    );
    expect(new Set(headers).size).toBe(1);
  });

  it('are found by their aliases, and an unknown name by none', () => {
    expect(findTemplate('农村')?.id).toBe('community');
    expect(findTemplate(' school ')?.id).toBe('school');
    expect(findTemplate('部队')).toBeUndefined();
  });
});
