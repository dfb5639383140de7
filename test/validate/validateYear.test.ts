import type { Issue } from '../../src/plan/issue';
import { DEFAULT_SETTINGS, RULES, validateYear } from '../../src/validate';
import { fixture, itemAt, mapsFor, validPlan } from './fixture';

describe('validateYear', () => {
  it('finds nothing in the valid fixture', () => {
    const { model, maps } = fixture();
    expect(validateYear(model, maps)).toEqual([]);
  });

  it('runs every rule of the registry, each with a unique id', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([
      'item-numbering',
      'section-order',
      'months-complete',
      'date-in-range',
      'theme-day-holiday',
      'required-cells',
      'stale-year',
      'stale-era',
      'halfwidth-punctuation',
      'formula-text',
      'meeting-coverage',
      'study-hours',
      'placeholder-text',
      'duplicate-theme',
      'empty-owner',
      'entertainment-theme',
    ]);
  });

  it('sorts issues by sheet (plan, study, theme days), then row, then column', () => {
    const model = validPlan();
    model.themeDays.activities[0]!.theme = '';
    model.study.months[11]!.theme = '';
    model.study.months[0]!.content = '=学习';
    itemAt(model, 3).content = '';
    itemAt(model, 3).title = '';
    itemAt(model, 0).content = '作用,坚持';
    itemAt(model, 0).number = '';
    model.plan.title = '党支部2020年工作计划';
    const maps = mapsFor(model);
    const at = (i: Issue) => `${i.sheet}!${i.cell} ${i.rule}`;
    expect(validateYear(model, maps).map(at)).toEqual([
      '2027年工作计划!A1 stale-year',
      '2027年工作计划!B4 item-numbering',
      '2027年工作计划!D4 halfwidth-punctuation',
      '2027年工作计划!C7 required-cells',
      '2027年学习计划!C4 formula-text',
      '2027年学习计划!B15 required-cells',
      '2027年主题党日!C4 required-cells',
    ]);
  });

  it('orders column AA after B', () => {
    const { model, maps } = fixture();
    maps.plan.columns.title = 27;
    itemAt(model, 0).content = '';
    itemAt(model, 0).title = '';
    itemAt(model, 0).number = '第一';
    // Column B before column AA, though "AA" sorts before "B" as text.
    expect(validateYear(model, maps).map((i) => i.cell)).toEqual(['B4', 'AA4']);
  });

  it('takes settings as a third argument; two arguments mean the defaults', () => {
    const model = validPlan();
    model.study.months[0]!.owner = '';
    model.themeDays.activities.pop(); // December: the 组织生活会
    const maps = mapsFor(model);
    const at = (i: Issue) => `${i.cell} ${i.rule} ${i.severity}`;
    expect(validateYear(model, maps).map(at)).toEqual([
      'G4 empty-owner warning',
      'A3 months-complete error',
      'E3 meeting-coverage warning',
    ]);
    expect(validateYear(model, maps, DEFAULT_SETTINGS)).toEqual(validateYear(model, maps));
    const settings = { ...DEFAULT_SETTINGS, themeDayMonths: 11, off: ['empty-owner'] };
    expect(validateYear(model, maps, settings).map(at)).toEqual(['E3 meeting-coverage warning']);
  });

  it('runs no rule that is turned off', () => {
    const model = validPlan();
    model.plan.title = 'XX党支部2020年工作计划';
    const maps = mapsFor(model);
    const off = RULES.map((r) => r.meta.id);
    expect(validateYear(model, maps, { ...DEFAULT_SETTINGS, off })).toEqual([]);
    expect(
      validateYear(model, maps, { ...DEFAULT_SETTINGS, off: ['stale-year'] }).map((i) => i.rule),
    ).toEqual(['placeholder-text']);
  });
});
