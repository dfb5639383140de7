import { generateYear } from '../../src/plan/generate';
import { defaultTemplate } from '../../src/plan/templates/builtIn';
import { holidayName, isWorkingDay } from '../../src/plan/calendar';
import { importPlanText } from '../../src/plan/import';
import { allItems } from '../../src/plan/model';
import { seedText } from '../helpers/seed';

describe('generate 2027 from the default template', () => {
  const { model, issues } = generateYear(defaultTemplate(2027), { year: 2027, branch: '机关第一党支部' });
  const json = JSON.stringify(model);

  it('has no stale 2020 and says 建党106周年', () => {
    expect(issues).toEqual([]);
    expect(json).not.toMatch(/2020/);
    expect(json).toContain('建党106周年');
    expect(model.plan.title).toBe('机关第一党支部2027年工作计划');
    expect(model.themeDays.title).toBe('机关第一党支部2027年度主题党日活动计划表');
  });

  it('numbers the template items 1, 2, 3 … through the plan, its sections 一、二、…', () => {
    const items = allItems(model.plan);
    expect(items.map((e) => e.item.number)).toEqual(items.map((_, i) => String(i + 1)));
    expect(model.plan.sections.map((s) => s.numeral).slice(0, 3)).toEqual(['一', '二', '三']);
  });

  it('gives one theme day per month in 2027, all on working days, none on a holiday', () => {
    expect(model.themeDays.rule).toBe('每月第一个星期五');
    expect(model.themeDays.activities.map((a) => a.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const a of model.themeDays.activities) {
      expect(a.date.slice(0, 4)).toBe('2027');
      expect(Number(a.date.slice(5, 7))).toBe(a.month);
      expect(holidayName(a.date)).toBeNull();
      expect(isWorkingDay(a.date)).toBe(true);
      expect(a.theme).not.toBe('');
    }
  });

  it('plans study on the theme day of each month, at least 32 hours in all', () => {
    const dates = new Map(model.themeDays.activities.map((a) => [a.month, a.date]));
    for (const m of model.study.months) expect(m.plannedDate).toBe(dates.get(m.month));
    expect(model.study.months.reduce((s, m) => s + (m.hours ?? 0), 0)).toBeGreaterThanOrEqual(32);
  });

  it('ties the activities to the calendar: 党员大会 each quarter, 党课, 七一, 组织生活会 in Q4', () => {
    const forms = model.themeDays.activities.map((a) => a.form);
    for (const q of [0, 1, 2, 3]) expect(forms.slice(q * 3, q * 3 + 3)).toContain('党员大会');
    expect(forms).toContain('党课');
    expect(forms.slice(9)).toContain('组织生活会');
    expect(model.themeDays.activities[6]!.theme).toContain('七一');
  });

  it('uses the rule the user sets', () => {
    const r = generateYear(defaultTemplate(2027), { year: 2027, rule: '每月20日' });
    expect(r.model.themeDays.rule).toBe('每月20日');
    expect(r.model.themeDays.activities[2]!.date).toBe('2027-03-22'); // 20 March 2027 is a Saturday
  });

  it('reports a rule it cannot understand instead of guessing dates', () => {
    const r = generateYear(defaultTemplate(2027), { year: 2027, rule: '每周五' });
    expect(r.issues.map((i) => i.rule)).toEqual(['theme-day-rule']);
    expect(r.model.themeDays.activities.every((a) => a.date === '')).toBe(true);
  });

  it('fills an empty theme-day plan with the default programme and says so', () => {
    const seed = importPlanText(seedText()).model;
    const r = generateYear(seed, { year: 2027 });
    expect(r.model.themeDays.activities).toHaveLength(12);
    expect(r.issues.map((i) => [i.rule, i.severity])).toEqual([['theme-day-defaults', 'warning']]);
  });
});
