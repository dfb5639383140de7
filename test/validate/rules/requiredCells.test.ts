import { requiredCells } from '../../../src/validate/rules/requiredCells';
import { itemAt } from '../fixture';
import { ruleTester } from '../ruleTester';

// Plan: 标题 C, 内容 D, rows 4–7. Study: 学习主题 B. Theme days: 活动主题 C. Month m on row m + 3.
ruleTester(requiredCells, {
  valid: [
    { name: 'the fixture' },
    // A paragraph imported whole has no title; a short item may have no content.
    { name: 'an item with a content and no title', mutate: (m) => (itemAt(m, 0).title = '') },
    { name: 'an item with a title and no content', mutate: (m) => (itemAt(m, 3).content = ' \u3000 ') },
    {
      name: 'empty user columns and optional cells',
      mutate: (m) => {
        itemAt(m, 0).owner = '';
        itemAt(m, 0).note = '';
        m.study.months[0]!.content = '';
        m.themeDays.activities[0]!.place = '';
      },
    },
  ],
  invalid: [
    {
      name: 'an item with neither title nor content (only spaces)',
      mutate: (m) => {
        itemAt(m, 3).title = '';
        itemAt(m, 3).content = ' \u3000 ';
      },
      issues: [
        { cell: 'C7', message: '第4项缺少标题和内容', code: 'required-cells/item', data: { item: '4' } },
      ],
    },
    {
      name: 'a study month without a theme',
      mutate: (m) => (m.study.months[4]!.theme = ''),
      issues: [{ sheet: 'study', cell: 'B8', code: 'required-cells/studyTheme', data: { month: 5 } }],
    },
    {
      name: 'a theme day without a theme',
      mutate: (m) => (m.themeDays.activities[11]!.theme = ''),
      issues: [
        { sheet: 'themeDays', cell: 'C15', code: 'required-cells/themeDayTheme', data: { month: 12 } },
      ],
    },
  ],
});
