import { itemNumbering } from '../../../src/validate/rules/itemNumbering';
import { itemAt, withNumbers } from '../fixture';
import { ruleTester } from '../ruleTester';

// Plan items sit in rows 4, 5 (section 一) and 6, 7 (section 二); 序号 is column B.
ruleTester(itemNumbering, {
  valid: [
    { name: 'the fixture: 1, 2 | 3, 4' },
    {
      name: 'numbers as （一）（二）, the way plans number items under 一、',
      mutate: (m) =>
        withNumbers(m, [
          ['（一）', '（二）'],
          ['（三）', '（四）'],
        ]),
    },
    {
      name: "a section's introductory row, with neither number nor title",
      mutate: (m) => {
        itemAt(m, 2).number = '';
        itemAt(m, 2).title = '';
        itemAt(m, 3).number = '3';
      },
    },
    {
      name: 'restarting at 1 in each section',
      mutate: (m) =>
        withNumbers(m, [
          ['1', '2'],
          ['1', '2'],
        ]),
    },
    {
      name: 'full-width digits',
      mutate: (m) =>
        withNumbers(m, [
          ['１', '２'],
          ['３', '４'],
        ]),
    },
    {
      name: 'full-width 13 after 12',
      mutate: (m) =>
        withNumbers(m, [
          ['1', '2'],
          ['3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '１３'],
        ]),
    },
    { name: 'a restart after a one-item section', mutate: (m) => withNumbers(m, [['1'], ['1', '2']]) },
    { name: 'an empty section in between', mutate: (m) => withNumbers(m, [['1', '2'], [], ['3']]) },
    {
      name: 'numbers written with a trailing dot',
      mutate: (m) =>
        withNumbers(m, [
          ['1.', '2、'],
          ['3', '4'],
        ]),
    },
    { name: 'no items at all', mutate: (m) => withNumbers(m, [[], []]) },
  ],
  invalid: [
    {
      name: 'a gap across sections',
      mutate: (m) =>
        withNumbers(m, [
          ['1', '2'],
          ['4', '5'],
        ]),
      issues: [{ cell: 'B6', message: '序号不连续：2 之后应为 3，实际为 4' }],
    },
    {
      name: 'a gap inside a section',
      mutate: (m) =>
        withNumbers(m, [
          ['1', '3'],
          ['4', '5'],
        ]),
      issues: [{ cell: 'B5', message: '序号不连续：1 之后应为 2，实际为 3' }],
    },
    {
      name: 'a duplicate number is reported at the later one',
      mutate: (m) =>
        withNumbers(m, [
          ['1', '2'],
          ['2', '3'],
        ]),
      issues: [{ cell: 'B6', message: '序号重复：2 在前面已经用过' }],
    },
    {
      name: 'a duplicate inside the first section',
      mutate: (m) =>
        withNumbers(m, [
          ['1', '1'],
          ['2', '3'],
        ]),
      issues: [{ cell: 'B5', message: /序号重复/ }],
    },
    {
      name: 'a non-numeric number',
      mutate: (m) => (itemAt(m, 1).number = '第二'),
      issues: [{ cell: 'B5', message: '序号“第二”不是数字：此处应为 2' }],
    },
    {
      name: 'an empty number',
      mutate: (m) => (itemAt(m, 2).number = ' '),
      issues: [{ cell: 'B6', message: /序号为空/ }],
    },
    {
      name: 'numbering that does not start at 1',
      mutate: (m) =>
        withNumbers(m, [
          ['2', '3'],
          ['4', '5'],
        ]),
      issues: [{ cell: 'B4', message: '序号应从 1 开始，实际为 2' }],
    },
    {
      name: 'a run that continues after a restart, with a gap',
      mutate: (m) => withNumbers(m, [['1', '2'], ['1', '2'], ['5']]),
      issues: [{ cell: 'B8', message: '序号不连续：2 之后应为 3，实际为 5' }],
    },
    {
      name: 'full-width digits with a gap',
      mutate: (m) =>
        withNumbers(m, [
          ['１', '２'],
          ['４', '５'],
        ]),
      issues: [{ cell: 'B6', message: '序号不连续：2 之后应为 3，实际为 4' }],
    },
  ],
});
