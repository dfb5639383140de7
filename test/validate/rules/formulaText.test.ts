import { formulaText } from '../../../src/validate/rules/formulaText';
import { itemAt } from '../fixture';
import { ruleTester } from '../ruleTester';

ruleTester(formulaText, {
  valid: [
    { name: 'the fixture' },
    { name: 'a lone dash meaning none', mutate: (m) => (itemAt(m, 0).note = '-') },
    { name: 'an = inside the text', mutate: (m) => (itemAt(m, 0).content = '目标：出勤率=100%') },
    { name: 'a leading full-width sign', mutate: (m) => (itemAt(m, 0).content = '＋加强学习') },
  ],
  invalid: [
    {
      name: 'content starting with =',
      mutate: (m) => (itemAt(m, 0).content = '=学习+研讨'),
      issues: [
        {
          cell: 'D4',
          severity: 'warning',
          message:
            "第1项内容以“=”开头：在 Excel 中输入这样的文字会被当作公式。本工具已按文字保存；手工修改时请在开头加一个英文单引号（'），或改写开头",
          code: 'formula-text/formulaStart',
          data: { label: '第1项内容', sign: '=' },
        },
      ],
    },
    {
      name: 'leading spaces, a dash list, an @ mention',
      mutate: (m) => {
        itemAt(m, 1).content = '  -坚持集中学习';
        m.study.months[0]!.content = '+线上学习';
        m.themeDays.activities[0]!.attendees = '@全体党员';
      },
      issues: [
        { cell: 'D5', code: 'formula-text/formulaStart', data: { sign: '-' } },
        { sheet: 'study', cell: 'C4', code: 'formula-text/formulaStart', data: { sign: '+' } },
        { sheet: 'themeDays', cell: 'G4', code: 'formula-text/formulaStart', data: { sign: '@' } },
      ],
    },
    {
      name: 'the theme-day rule row',
      mutate: (m) => (m.themeDays.rule = '=每月第三个星期二'),
      issues: [{ sheet: 'themeDays', cell: 'A2', code: 'formula-text/formulaStart' }],
    },
  ],
});
