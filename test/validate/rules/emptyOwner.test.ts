import { emptyOwner } from '../../../src/validate/rules/emptyOwner';
import { itemAt } from '../fixture';
import { ruleTester } from '../ruleTester';

// Month m on row m + 3; study 负责人 G; theme days 参加人员 G, 负责人 H.
ruleTester(emptyOwner, {
  valid: [
    { name: 'the fixture' },
    { name: 'a plan item’s 责任人 is filled in over the year', mutate: (m) => (itemAt(m, 0).owner = '') },
    {
      name: 'cancelled rows',
      mutate: (m) => {
        m.study.months[2]!.owner = '';
        m.study.months[2]!.done = '已取消';
        m.themeDays.activities[2]!.owner = '';
        m.themeDays.activities[2]!.attendees = '';
        m.themeDays.activities[2]!.status = '已取消';
      },
    },
  ],
  invalid: [
    {
      name: 'a study month without 负责人',
      mutate: (m) => (m.study.months[2]!.owner = ''),
      issues: [
        {
          sheet: 'study',
          cell: 'G6',
          message: '3月学习没有填写负责人',
          code: 'empty-owner/studyOwner',
          data: { month: '3月' },
        },
      ],
    },
    {
      name: 'a theme day without 参加人员 (only spaces) and 负责人',
      mutate: (m) => (
        (m.themeDays.activities[0]!.attendees = ' \u3000'),
        (m.themeDays.activities[0]!.owner = '')
      ),
      issues: [
        { sheet: 'themeDays', cell: 'G4', code: 'empty-owner/themeDayAttendees', data: { month: '1月' } },
        { sheet: 'themeDays', cell: 'H4', code: 'empty-owner/themeDayOwner', data: { month: '1月' } },
      ],
    },
    {
      name: 'a row whose month could not be read',
      mutate: (m) => ((m.themeDays.activities[2]!.month = 0), (m.themeDays.activities[2]!.owner = '')),
      issues: [
        { sheet: 'themeDays', cell: 'H6', code: 'empty-owner/themeDayOwner', data: { month: '表中第3行' } },
      ],
    },
  ],
});
