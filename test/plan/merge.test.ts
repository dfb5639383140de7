import { generateYear } from '../../src/plan/generate';
import { mergeYear } from '../../src/plan/merge';
import { allItems, type YearPlan } from '../../src/plan/model';
import { rolloverYear } from '../../src/plan/rollover';
import { seedTemplate } from '../helpers/seed';

const template = seedTemplate();

/** A 2027 plan as a branch has it by autumn: every user cell filled, two dates moved by hand. */
function edited(): YearPlan {
  const model = generateYear(template, { year: 2027, branch: '机关第一党支部' }).model;
  allItems(model.plan).forEach(({ item }, i) => {
    item.owner = `责任人${i}`;
    item.deadline = i % 2 ? '2027-06-30' : '全年';
    item.status = '进行中';
    item.note = `备注${i}`;
  });
  model.study.months.forEach((m, i) => {
    m.owner = `学习负责人${i}`;
    m.done = '已完成';
  });
  model.themeDays.activities.forEach((a, i) => {
    a.owner = `活动负责人${i}`;
    a.status = '已完成';
    a.note = `活动备注${i}`;
  });
  model.themeDays.activities[4]!.date = '2027-05-13'; // moved by hand
  model.study.months[4]!.plannedDate = '2027-05-14';
  return model;
}

type Cell = [key: string, value: string];

/** Every non-empty user cell of a model, keyed by row identity and field. */
function userCells(m: YearPlan): Cell[] {
  const cells: Cell[] = [];
  for (const { section, item } of allItems(m.plan))
    for (const f of ['owner', 'deadline', 'status', 'note'] as const)
      if (item[f]) cells.push([`plan ${section.numeral}.${item.number} ${f}`, item[f]]);
  for (const s of m.study.months)
    for (const f of ['owner', 'done'] as const) if (s[f]) cells.push([`study ${s.month} ${f}`, s[f]]);
  for (const a of m.themeDays.activities)
    for (const f of ['owner', 'status', 'note'] as const)
      if (a[f]) cells.push([`theme ${a.month} ${f}`, a[f]]);
  return cells;
}

describe('mergeYear (regenerate)', () => {
  const existing = edited();
  const fresh = generateYear(template, { year: 2027, branch: '机关第一党支部', rule: '每月20日' }).model;
  const { model, notes } = mergeYear(existing, fresh);

  it('keeps 100 % of the user cells', () => {
    const before = userCells(existing);
    expect(before.length).toBeGreaterThan(80);
    expect(userCells(model)).toEqual(before);
  });

  it('applies the new rule to the dates, but keeps a date the user moved', () => {
    expect(model.themeDays.rule).toBe('每月20日');
    expect(model.themeDays.activities[2]!.date).toBe('2027-03-22');
    expect(model.themeDays.activities[4]!.date).toBe('2027-05-13');
    expect(model.study.months[4]!.plannedDate).toBe('2027-05-14');
    expect(model.study.months[5]!.plannedDate).toBe(model.themeDays.activities[5]!.date);
    expect(notes).toEqual([]);
  });

  it('gives the same result when done twice', () => {
    const again = mergeYear(model, fresh);
    expect(again.model).toEqual(model);
    expect(again.notes).toEqual([]);
  });

  it('keeps rows the template does not have, and says so', () => {
    const withExtra = edited();
    withExtra.plan.sections[5]!.items.push({
      ...withExtra.plan.sections[5]!.items[0]!,
      number: '16',
      title: '自加的一项',
    });
    withExtra.themeDays.activities.push({ ...withExtra.themeDays.activities[0]!, theme: '第二次一月活动' });
    const r = mergeYear(withExtra, fresh);
    const items = allItems(r.model.plan);
    expect(items.at(-1)!.item.title).toBe('自加的一项');
    expect(r.model.themeDays.activities).toHaveLength(13);
    expect(r.model.themeDays.activities[12]!.theme).toBe('第二次一月活动');
    expect(r.notes.map((n) => [n.kind, n.index, n.field])).toEqual([
      ['plan', items.length - 1, 'number'],
      ['themeDays', 12, 'month'],
    ]);
    expect(mergeYear(r.model, fresh).model).toEqual(r.model);
  });

  it('follows a changed template in template cells, reporting the old text', () => {
    const changed = structuredClone(fresh);
    changed.themeDays.activities[2]!.theme = '新的三月主题';
    const r = mergeYear(existing, changed);
    expect(r.model.themeDays.activities[2]!.theme).toBe('新的三月主题');
    expect(r.model.themeDays.activities[2]!.owner).toBe('活动负责人2');
    expect(r.notes).toEqual([
      expect.objectContaining({
        kind: 'themeDays',
        index: 2,
        field: 'theme',
        message: expect.stringContaining(fresh.themeDays.activities[2]!.theme),
      }),
    ]);
  });
});

describe('mergeYear with a plan item the user edited', () => {
  it('follows the template in 标题 and 内容, reporting the old text at the item', () => {
    const existing = edited();
    existing.plan.sections[0]!.items[0]!.title = '用户改过的标题';
    const fresh = generateYear(template, { year: 2027, branch: '机关第一党支部' }).model;
    const r = mergeYear(existing, fresh);
    expect(r.model.plan.sections[0]!.items[0]!.title).toBe('加强理论学习');
    expect(r.model.plan.sections[0]!.items[0]!.owner).toBe('责任人0');
    expect(r.notes).toEqual([
      expect.objectContaining({
        kind: 'plan',
        index: 0,
        field: 'title',
        message: expect.stringContaining('用户改过的标题'),
      }),
    ]);
  });
});

describe('mergeYear with 内容 the user rewrote', () => {
  it('reports the whole text it replaced, however long, so that it can be taken back', () => {
    const existing = edited();
    const own = `本支部结合实际：${'每月组织一次集中学习并撰写心得体会，'.repeat(8)}年底总结。`;
    existing.plan.sections[0]!.items[0]!.content = own;
    const fresh = generateYear(template, { year: 2027, branch: '机关第一党支部' }).model;
    const r = mergeYear(existing, fresh);
    const note = r.notes.find((n) => n.kind === 'plan' && n.index === 0 && n.field === 'content')!;
    expect(note.message).toBe(`内容已按模板更新，原为“${own}”`);
    expect(note.messageEn).toContain(own);
  });
});

describe('rolloverYear', () => {
  const { model, issues } = rolloverYear(edited());

  it('moves to the next year: year text, 建党N周年, dates from the rule', () => {
    expect(issues).toEqual([]);
    expect(model.year).toBe(2028);
    const json = JSON.stringify(model);
    expect(json).not.toMatch(/2027年/);
    expect(json).toContain('建党107周年');
    for (const a of model.themeDays.activities) expect(a.date.startsWith('2028-')).toBe(true);
    expect(model.themeDays.activities[4]!.date).not.toBe('2028-05-13');
  });

  it('carries texts, owners and notes; resets statuses and clears 完成情况', () => {
    const before = edited();
    expect(allItems(model.plan).map((e) => e.item.owner)).toEqual(
      allItems(before.plan).map((e) => e.item.owner),
    );
    expect(model.themeDays.activities.map((a) => a.owner)).toEqual(
      before.themeDays.activities.map((a) => a.owner),
    );
    expect(model.study.months.map((m) => m.owner)).toEqual(before.study.months.map((m) => m.owner));
    expect(model.themeDays.activities.map((a) => a.note)).toEqual(
      before.themeDays.activities.map((a) => a.note),
    );
    expect(new Set(allItems(model.plan).map((e) => e.item.status))).toEqual(new Set(['未开始']));
    expect(new Set(model.themeDays.activities.map((a) => a.status))).toEqual(new Set(['未开始']));
    expect(new Set(model.study.months.map((m) => m.done))).toEqual(new Set(['']));
  });

  it('moves a date deadline to the same day next year and keeps free text', () => {
    const items = allItems(model.plan).map((e) => e.item.deadline);
    expect(items.slice(0, 2)).toEqual(['全年', '2028-06-30']);
  });
});
