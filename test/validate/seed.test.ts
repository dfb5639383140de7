/**
 * The seed plan (党支部2020年工作计划) as the lead received it: its items jump from 3 to 5, some
 * commas between Chinese words are half-width, and attachment 2 (the theme-day table) is empty.
 */
import { hasErrors } from '../../src/plan/issue';
import type { YearPlan } from '../../src/plan/model';
import { DEFAULT_SETTINGS, validateYear } from '../../src/validate';
import { mapsFor } from './fixture';

/** The rules of validation v2 (warnings only); the first suite checks the seed against v1 alone. */
const V2_RULES = [
  'meeting-coverage',
  'study-hours',
  'placeholder-text',
  'duplicate-theme',
  'empty-owner',
  'entertainment-theme',
];

const SEED_SECTIONS: [
  numeral: string,
  title: string,
  items: [number: string, title: string, content: string][],
][] = [
  [
    '一',
    '深入学习宣传贯彻党的十九届四中全会精神',
    [
      [
        '1',
        '加强理论学习',
        '充分利用“三会一课”等现有学习教育平台作用,坚持集中学和自学相结合、专题研讨和辅导报告相结合。',
      ],
      ['2', '抓好宣传培训测试', '邀请县直党员教育师资库教师，继续开展“党的十九届四中全会精神宣讲活动”。'],
      [
        '3',
        '促进学习成果转化',
        '着眼于习近平新时代中国特色社会主义思想的运用,着眼于新时代党的建设总要求的践行, 紧密联系单位职能。',
      ],
    ],
  ],
  [
    '二',
    '加强机关党的政治建设',
    [
      [
        '5',
        '坚决维护以习近平同志为核心的党中央权威和集中统一领导',
        '全面贯彻《若干规定》及省市县委文件精神。',
      ],
      ['6', '严肃党内政治生活', '严格尊崇党章，严格执行准则，坚持和完善民主集中制。'],
      ['7', '加强党员党性锻炼', '不断提高机关党员干部政治觉悟和政治能力。'],
    ],
  ],
  [
    '三',
    '加强机关党的思想建设',
    [
      ['8', '切实抓好党课教育', '延伸党课触角。'],
      ['9', '全面提升能力素质', '以增强“八种本领”为引领。'],
    ],
  ],
  [
    '四',
    '加强机关党的组织建设',
    [
      ['10', '着力加强支部建设', '督促党支部发挥战斗堡垒作用。'],
      ['11', '开展激励关怀慰问', '部署开展纪念建党99周年系列活动。'],
    ],
  ],
  [
    '五',
    '加强机关党的作风纪律建设',
    [
      ['12', '驰而不息改进作风', '深入学习重要批示精神。'],
      ['１３', '强化纪律的执行力', '聚集主业主责，以“六大纪律”为准绳。'],
    ],
  ],
  [
    '六',
    '加强机关精神文明建设',
    [
      ['14', '推进文明创建工作', '推进县直文明单位创建活动。'],
      ['15', '不断丰富文体活动', '组织开展文化活动。'],
    ],
  ],
];

const STUDY_CONTENT: Record<number, string> = {
  9: '认真学习《中国共产党纪律处分条例》，防微杜渐，从我做起，从现在做起， 从一切能够做的事情做起。',
  10: '深入学习领会习近平总书记关于党的建设和组织工作重要论述, 牢牢把握新时代党的建设的根本原则。',
};

function seedModel(): YearPlan {
  return {
    branch: '党支部',
    year: 2020,
    plan: {
      title: '党支部2020年工作计划',
      preamble: ['2020年，党支部坚持以习近平新时代中国特色社会主义思想为指导。'],
      sections: SEED_SECTIONS.map(([numeral, title, items]) => ({
        numeral,
        title,
        items: items.map(([number, t, content]) => ({
          number,
          title: t,
          content,
          owner: '',
          deadline: '',
          status: '',
          note: '',
        })),
      })),
    },
    study: {
      title: '党员2020年度每月学习计划安排',
      requirements: ['积极运用三会一课、中心组学习、调研、报告会等形式。'],
      months: Array.from({ length: 12 }, (_, i) => ({
        month: i + 1,
        theme: `${i + 1}月学习任务`,
        content: STUDY_CONTENT[i + 1] ?? '深入学习。',
        form: '',
        plannedDate: '',
        hours: null,
        owner: '',
        done: '',
      })),
    },
    themeDays: { title: '党支部2020年度主题党日活动计划表', rule: '每月第一个星期五', activities: [] },
  };
}

describe('the seed plan', () => {
  const model = seedModel();
  const maps = mapsFor(model);
  const issues = validateYear(model, maps, { ...DEFAULT_SETTINGS, off: V2_RULES });
  const of = (rule: string) => issues.filter((i) => i.rule === rule);

  it('has exactly one numbering issue: 3 → 5, at the 序号 of item 5', () => {
    // Preamble on row 2, header on row 3, items from row 4: item 5 is the fourth item, row 7.
    expect(of('item-numbering')).toEqual([
      {
        rule: 'item-numbering',
        code: 'item-numbering/gap',
        data: { found: 5, expected: 4, last: 3 },
        severity: 'error',
        sheet: '2020年工作计划',
        cell: 'B7',
        message: '序号不连续：3 之后应为 4，实际为 5',
        messageEn: 'Item numbers are not consecutive: 4 should follow 3, found 5.',
      },
    ]);
  });

  it('flags the half-width commas, one issue per cell', () => {
    expect(of('halfwidth-punctuation').map((i) => [i.sheet, i.cell])).toEqual([
      ['2020年工作计划', 'D4'],
      ['2020年工作计划', 'D6'],
      ['2020年学习计划', 'C13'],
    ]);
    expect(of('halfwidth-punctuation')[1]!.message).toContain('共 2 处');
  });

  it('reports the empty theme-day table', () => {
    expect(of('months-complete')).toEqual([
      expect.objectContaining({
        sheet: '2020年主题党日',
        cell: 'A3',
        message: '主题党日活动计划表没有任何月份（应有 1月–12月）',
      }),
    ]);
  });

  it('finds nothing else', () => {
    expect(issues.map((i) => i.rule).sort()).toEqual([
      'halfwidth-punctuation',
      'halfwidth-punctuation',
      'halfwidth-punctuation',
      'item-numbering',
      'months-complete',
    ]);
  });
});

describe('the seed plan, with the v2 warnings', () => {
  const model = seedModel();
  const maps = mapsFor(model);
  const issues = validateYear(model, maps);
  const v2 = issues.filter((i) => V2_RULES.includes(i.rule));

  it('adds only warnings: no 学时 and no 负责人 in the study plan', () => {
    expect(v2.every((i) => i.severity === 'warning')).toBe(true);
    expect(v2.map((i) => `${i.sheet}!${i.cell} ${i.rule}`)).toEqual([
      '2020年学习计划!F3 study-hours',
      ...Array.from({ length: 12 }, (_, i) => `2020年学习计划!G${i + 4} empty-owner`),
    ]);
    expect(v2[0]!.message).toMatch(/^各月都没有填写学时/);
  });

  it('says nothing more about the empty theme-day plan than months-complete does', () => {
    expect(issues.filter((i) => i.sheet === '2020年主题党日').map((i) => i.rule)).toEqual([
      'months-complete',
    ]);
  });

  it('keeps the same errors as v1', () => {
    const v1 = validateYear(model, maps, { ...DEFAULT_SETTINGS, off: V2_RULES });
    expect(issues.filter((i) => !V2_RULES.includes(i.rule))).toEqual(v1);
    expect(hasErrors(issues)).toBe(hasErrors(v1));
  });
});
