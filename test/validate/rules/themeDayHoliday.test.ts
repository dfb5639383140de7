import { themeDayHoliday } from '../../../src/validate/rules/themeDayHoliday';
import { ruleTester } from '../ruleTester';

// 活动日期 is column B of the theme-day sheet; month m on row m + 3. 2027's holiday schedule is not
// published yet (estimated); 2026's is.
ruleTester(themeDayHoliday, {
  valid: [
    { name: 'the fixture: third Tuesdays of 2027' },
    { name: 'an empty date', mutate: (m) => (m.themeDays.activities[0]!.date = '') },
    {
      name: 'a 调休 make-up Sunday is a working day (2026-09-20)',
      mutate: (m) => ((m.year = 2026), (m.themeDays.activities[8]!.date = '2026-09-20')),
    },
    {
      name: 'a 调休 make-up Saturday is a working day (2026-02-14)',
      mutate: (m) => ((m.year = 2026), (m.themeDays.activities[1]!.date = '2026-02-14')),
    },
  ],
  invalid: [
    {
      name: 'National Day in an estimated year says the schedule is not yet published',
      mutate: (m) => (m.themeDays.activities[9]!.date = '2027-10-05'),
      issues: [
        {
          sheet: 'themeDays',
          cell: 'B13',
          message:
            '主题党日 2027年10月5日 是国庆节假期，建议改到工作日（2027年放假安排尚未公布，此处按法定节假日估算）',
          code: 'theme-day-holiday/holiday',
          data: {
            date: '2027年10月5日',
            holiday: '国庆节',
            note: '（2027年放假安排尚未公布，此处按法定节假日估算）',
          },
        },
      ],
    },
    {
      name: 'a Saturday',
      mutate: (m) => (m.themeDays.activities[2]!.date = '2027-03-13'),
      issues: [
        {
          sheet: 'themeDays',
          cell: 'B6',
          code: 'theme-day-holiday/weekend',
          data: { date: '2027年3月13日', weekday: '星期六' },
        },
      ],
    },
    {
      name: 'Spring Festival, estimated',
      mutate: (m) => (m.themeDays.activities[1]!.date = '2027-02-09'),
      issues: [
        { sheet: 'themeDays', cell: 'B5', code: 'theme-day-holiday/holiday', data: { holiday: '春节' } },
      ],
    },
    {
      name: 'National Day in a published year',
      mutate: (m) => ((m.year = 2026), (m.themeDays.activities[9]!.date = '2026-10-01')),
      issues: [
        {
          sheet: 'themeDays',
          cell: 'B13',
          code: 'theme-day-holiday/holiday',
          data: { date: '2026年10月1日', holiday: '国庆节', note: '' },
        },
      ],
    },
    {
      name: 'a Sunday in a published year',
      mutate: (m) => ((m.year = 2026), (m.themeDays.activities[2]!.date = '2026-03-15')),
      issues: [
        {
          sheet: 'themeDays',
          cell: 'B6',
          code: 'theme-day-holiday/weekend',
          data: { date: '2026年3月15日', weekday: '星期日', note: '' },
        },
      ],
    },
  ],
});
