import { mergeYear } from '../../src/plan/merge';
import type { YearPlan } from '../../src/plan/model';
import { builtInTemplate } from '../../src/plan/templates/builtIn';
import { baseOf } from '../../src/workbook/bases';

const clone = (m: YearPlan): YearPlan => JSON.parse(JSON.stringify(m));
const template = builtInTemplate('office', { year: 2027 });
const base = baseOf(template, ['plan', 'study', 'themeDays']);
const items = (m: YearPlan) => m.plan.sections.flatMap((s) => s.items);

describe('three-way merge', () => {
  it('follows the template wherever the user changed nothing', () => {
    const next = clone(template);
    next.plan.sections[0]!.items[0]!.content = '模板的新写法';
    next.study.months[0]!.theme = '新的学习主题';
    const r = mergeYear(clone(template), next, base);
    expect(r.model).toEqual(next);
    expect([r.notes, r.kept]).toEqual([[], 0]);
  });

  it('keeps each changed cell, and tells the template’s new words only where the template changed too', () => {
    const sheet = clone(template);
    sheet.plan.sections[0]!.items[0]!.content = '用户的写法';
    sheet.plan.sections[0]!.items[1]!.content = '用户的另一处写法';
    const next = clone(template);
    next.plan.sections[0]!.items[0]!.content = '模板的新写法';
    const r = mergeYear(sheet, next, base);
    expect(
      items(r.model)
        .slice(0, 2)
        .map((i) => i.content),
    ).toEqual(['用户的写法', '用户的另一处写法']);
    expect(r.kept).toBe(2);
    expect(r.notes.map((n) => [n.kind, n.index, n.field, n.code, n.data.now])).toEqual([
      ['plan', 0, 'content', 'regenerate-merge/templateChanged', '模板的新写法'],
    ]);
  });

  it('drops with the template a row the user never touched, keeps one they changed, with a note each', () => {
    const sheet = clone(template);
    sheet.themeDays.activities[5]!.place = '用户写的地点';
    const next = clone(template);
    next.themeDays.activities.splice(4, 2);
    const r = mergeYear(sheet, next, base);
    const months = r.model.themeDays.activities.map((a) => a.month);
    expect(months).toEqual([1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12]);
    expect(r.notes.map((n) => [n.code, n.place ?? n.index])).toEqual([
      ['regenerate-merge/changedRowKept', 4],
      ['regenerate-merge/dropped', 'title'],
    ]);
    expect(r.notes[1]!.data.row).toBe('5月');
  });

  it('a section the template no longer has stays only with the items the user changed', () => {
    const sheet = clone(template);
    const last = sheet.plan.sections.length - 1;
    sheet.plan.sections[last]!.items[0]!.owner = '王五';
    const next = clone(template);
    const gone = next.plan.sections.pop()!;
    const r = mergeYear(sheet, next, base);
    const kept = r.model.plan.sections[last]!;
    expect(kept.numeral).toBe(gone.numeral);
    expect(kept.items.map((i) => i.owner)).toEqual(['王五']);
    expect(r.notes.filter((n) => n.code === 'regenerate-merge/dropped')).toHaveLength(gone.items.length - 1);
  });

  it('without a base for a kind, merges it as before: user columns kept, template text followed with a note', () => {
    const sheet = clone(template);
    sheet.study.months[0]!.theme = '用户的主题';
    sheet.study.months[0]!.done = '已学';
    const r = mergeYear(sheet, clone(template), { plan: base.plan });
    expect(r.model.study.months[0]!.theme).toBe(template.study.months[0]!.theme);
    expect(r.model.study.months[0]!.done).toBe('已学');
    expect(r.notes.map((n) => n.code)).toEqual(['regenerate-merge/updated']);
  });
});
