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
      issues: [
        {
          cell: 'B6',
          message: '序号不连续：2 之后应为 3，实际为 4',
          code: 'item-numbering/gap',
          data: { found: 4, expected: 3, last: 2 },
        },
      ],
    },
    {
      name: 'a gap inside a section',
      mutate: (m) =>
        withNumbers(m, [
          ['1', '3'],
          ['4', '5'],
        ]),
      issues: [{ cell: 'B5', code: 'item-numbering/gap', data: { found: 3, expected: 2, last: 1 } }],
    },
    {
      name: 'a duplicate number is reported at the later one',
      mutate: (m) =>
        withNumbers(m, [
          ['1', '2'],
          ['2', '3'],
        ]),
      issues: [{ cell: 'B6', code: 'item-numbering/duplicate', data: { found: 2 } }],
    },
    {
      name: 'a duplicate inside the first section',
      mutate: (m) =>
        withNumbers(m, [
          ['1', '1'],
          ['2', '3'],
        ]),
      issues: [{ cell: 'B5', code: 'item-numbering/duplicate' }],
    },
    {
      name: 'a non-numeric number',
      mutate: (m) => (itemAt(m, 1).number = '第二'),
      issues: [{ cell: 'B5', code: 'item-numbering/notNumber', data: { shown: '第二', expected: 2 } }],
    },
    {
      name: 'an empty number',
      mutate: (m) => (itemAt(m, 2).number = ' '),
      issues: [{ cell: 'B6', code: 'item-numbering/empty' }],
    },
    {
      name: 'numbering that does not start at 1',
      mutate: (m) =>
        withNumbers(m, [
          ['2', '3'],
          ['4', '5'],
        ]),
      issues: [{ cell: 'B4', code: 'item-numbering/notFromOne', data: { found: 2 } }],
    },
    {
      name: 'a run that continues after a restart, with a gap',
      mutate: (m) => withNumbers(m, [['1', '2'], ['1', '2'], ['5']]),
      issues: [{ cell: 'B8', code: 'item-numbering/gap', data: { found: 5, expected: 3, last: 2 } }],
    },
    {
      name: 'full-width digits with a gap',
      mutate: (m) =>
        withNumbers(m, [
          ['１', '２'],
          ['４', '５'],
        ]),
      issues: [{ cell: 'B6', code: 'item-numbering/gap', data: { found: 4, expected: 3, last: 2 } }],
    },
  ],
});
