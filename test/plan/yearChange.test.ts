import { anniversary, changeYear, changeYearInText } from '../../src/plan/yearChange';
import { importPlanText } from '../../src/plan/import';
import { seedText } from '../helpers/seed';

describe('changeYearInText', () => {
  it.each([
    ['2020年，党支部坚持', '2027年，党支部坚持'],
    ['党员2020年度每月学习计划安排', '党员2027年度每月学习计划安排'],
    ['于2020 年底前完成', '于2027 年底前完成'],
    ['部署开展纪念建党99周年系列活动', '部署开展纪念建党106周年系列活动'],
  ])('%s → %s', (from, to) => {
    expect(changeYearInText(from, 2020, 2027)).toBe(to);
  });

  it.each(['2019年度总结', '第2020号文件', '12020年', '八项规定', '三会一课2020', '建成2035年远景目标'])(
    'leaves "%s" alone',
    (text) => {
      expect(changeYearInText(text, 2020, 2027)).toBe(text);
    },
  );

  it('computes the anniversary from 1921', () => {
    expect(anniversary(2020)).toBe(99);
    expect(anniversary(2027)).toBe(106);
  });
});

describe('changeYear on the seed', () => {
  const seed = importPlanText(seedText()).model;
  const moved = changeYear(seed, 2027);
  const json = JSON.stringify(moved);

  it('leaves no 2020 and says 建党106周年', () => {
    expect(moved.year).toBe(2027);
    expect(json).not.toContain('2020');
    expect(json).toContain('建党106周年');
    expect(json).not.toContain('建党99周年');
  });

  it('changes nothing but year references', () => {
    const back = changeYear(moved, 2020);
    expect(back).toEqual(seed);
    expect(moved.plan.sections[0]!.items[0]!.content).toBe(seed.plan.sections[0]!.items[0]!.content);
    expect(moved.plan.sections.flatMap((s) => s.items.map((i) => i.number))).toEqual(
      seed.plan.sections.flatMap((s) => s.items.map((i) => i.number)),
    );
  });
});
