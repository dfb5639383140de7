import type { YearPlan } from '../../../src/plan/model';
import { sectionOrder } from '../../../src/validate/rules/sectionOrder';
import { ruleTester } from '../ruleTester';

const TWENTY = '一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五 十六 十七 十八 十九 二十'.split(' ');

/** One section per numeral, one item each: section i sits on row 4 + i. */
function withNumerals(m: YearPlan, numerals: string[]): void {
  m.plan.sections = numerals.map((numeral, i) => ({
    numeral,
    title: '部分标题',
    items: [
      {
        number: String(i + 1),
        title: '标题',
        content: '内容。',
        owner: '',
        deadline: '',
        status: '',
        note: '',
      },
    ],
  }));
}

// Sections of the fixture start on rows 4 and 6; 部分 is column A.
ruleTester(sectionOrder, {
  valid: [
    { name: 'the fixture: 一、二' },
    { name: 'twenty sections, 一 to 二十', mutate: (m) => withNumerals(m, TWENTY) },
    { name: 'a numeral written with its 、', mutate: (m) => withNumerals(m, ['一、', '二、']) },
    { name: 'no sections', mutate: (m) => withNumerals(m, []) },
  ],
  invalid: [
    {
      name: 'a skipped numeral',
      mutate: (m) => (m.plan.sections[1]!.numeral = '三'),
      issues: [
        {
          cell: 'A6',
          message: '部分编号不连续：“一”之后应为“二”，实际为“三”',
          code: 'section-order/outOfOrder',
          data: { last: '一', want: '二', shown: '三' },
        },
      ],
    },
    {
      name: 'a repeated numeral',
      mutate: (m) => (m.plan.sections[1]!.numeral = '一'),
      issues: [
        { cell: 'A6', code: 'section-order/outOfOrder', data: { last: '一', want: '二', shown: '一' } },
      ],
    },
    {
      name: 'the first section is not 一',
      mutate: (m) => ((m.plan.sections[0]!.numeral = '二'), (m.plan.sections[1]!.numeral = '三')),
      issues: [{ cell: 'A4', code: 'section-order/firstNotOne', data: { shown: '二' } }],
    },
    {
      name: 'an Arabic numeral',
      mutate: (m) => (m.plan.sections[1]!.numeral = '2'),
      issues: [{ cell: 'A6', code: 'section-order/notNumeral', data: { shown: '2', want: '二' } }],
    },
    {
      name: 'an empty numeral',
      mutate: (m) => (m.plan.sections[0]!.numeral = ''),
      issues: [{ cell: 'A4', code: 'section-order/missing' }],
    },
    {
      name: 'out of order in the teens, reported once',
      mutate: (m) =>
        withNumerals(
          m,
          TWENTY.map((n, i) => (i === 14 ? '十六' : n)).filter((_, i) => i !== 15),
        ),
      issues: [
        {
          cell: 'A18',
          code: 'section-order/outOfOrder',
          data: { last: '十四', want: '十五', shown: '十六' },
        },
      ],
    },
    {
      name: 'a missing 二十',
      mutate: (m) => withNumerals(m, [...TWENTY.slice(0, 19), '二十一']),
      issues: [{ cell: 'A23', code: 'section-order/outOfOrder', data: { last: '十九', want: '二十' } }],
    },
  ],
});
