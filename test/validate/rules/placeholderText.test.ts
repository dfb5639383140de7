import { placeholderText } from '../../../src/validate/rules/placeholderText';
import { itemAt } from '../fixture';
import { ruleTester } from '../ruleTester';

// Plan: title A1, preamble A2, items rows 4–7 (内容 D, 备注 H). Study and theme days: month m on row
// m + 3; study 学习内容 C; theme days 活动内容 D, 活动地点 F, 参加人员 G, 负责人 H, 备注 J.
ruleTester(placeholderText, {
  valid: [
    { name: 'the fixture' },
    {
      name: 'English words, a lone X, 二〇二七, 待定 and a multiplication sign',
      mutate: (m) => {
        itemAt(m, 0).note = '用 Excel 汇总，XXL 号文化衫，Xbox';
        itemAt(m, 1).note = '体检含X光检查，x86 电脑';
        itemAt(m, 2).note = '二〇二七年，地点待定';
        itemAt(m, 3).note = '3×4 展板';
      },
    },
  ],
  invalid: [
    {
      name: 'XX党支部 in the title',
      mutate: (m) => (m.plan.title = 'XX党支部2027年工作计划'),
      issues: [
        {
          cell: 'A1',
          message: '工作计划标题中留有模板占位符“XX”：“XX党支部2…”，请改为实际内容',
          code: 'placeholder-text/placeholder',
          data: { label: '工作计划标题', placeholder: 'XX', quote: 'XX党支部2…' },
        },
      ],
    },
    {
      name: '20XX年 in the preamble, full-width ＸＸ in an item',
      mutate: (m) => {
        m.plan.preamble = ['20XX年，党支部坚持以党的创新理论为指导。'];
        itemAt(m, 1).content = '组织ＸＸ活动。';
      },
      issues: [
        {
          cell: 'A2',
          code: 'placeholder-text/placeholder',
          data: { placeholder: 'XX', quote: '20XX年，党支…' },
        },
        { cell: 'D5', code: 'placeholder-text/placeholder', data: { placeholder: 'ＸＸ' } },
      ],
    },
    {
      name: 'X月X日 and xxxx, counted in the cell',
      mutate: (m) => (m.study.months[0]!.content = '于x月x日前学习xxxx文件'),
      issues: [
        {
          sheet: 'study',
          cell: 'C4',
          code: 'placeholder-text/placeholderRepeated',
          data: { placeholder: 'x月x日', quote: '于x月x日前学习x…', count: 2 },
        },
      ],
    },
    {
      name: '××, 某某, ○○ and a blank to fill in',
      mutate: (m) => {
        m.themeDays.activities[0]!.attendees = '××支部全体党员';
        m.themeDays.activities[0]!.owner = '某某同志';
        m.themeDays.activities[1]!.place = '○○会议室';
        m.themeDays.activities[1]!.note = '联系人：____';
      },
      issues: [
        { sheet: 'themeDays', cell: 'G4', code: 'placeholder-text/placeholder', data: { placeholder: '××' } },
        {
          sheet: 'themeDays',
          cell: 'H4',
          code: 'placeholder-text/placeholder',
          data: { placeholder: '某某' },
        },
        { sheet: 'themeDays', cell: 'F5', code: 'placeholder-text/placeholder', data: { placeholder: '○○' } },
        {
          sheet: 'themeDays',
          cell: 'J5',
          code: 'placeholder-text/placeholder',
          data: { placeholder: '____' },
        },
      ],
    },
  ],
});
