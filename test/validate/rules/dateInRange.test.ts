import { dateInRange } from '../../../src/validate/rules/dateInRange';
import { itemAt } from '../fixture';
import { ruleTester } from '../ruleTester';

// Plan: 完成时限 is column F, items on rows 4–7. Study: 计划日期 is column E; theme days: 活动日期 is
// column B; month m on row m + 3.
ruleTester(dateInRange, {
  valid: [
    { name: 'the fixture' },
    { name: 'a free-text deadline', mutate: (m) => (itemAt(m, 0).deadline = '6月底前') },
    { name: 'the last day of the year', mutate: (m) => (itemAt(m, 0).deadline = '2027-12-31') },
    {
      name: 'empty dates',
      mutate: (m) => ((m.study.months[0]!.plannedDate = ''), (m.themeDays.activities[0]!.date = '')),
    },
    {
      name: 'the first and last day of the row’s month',
      mutate: (m) => (
        (m.study.months[1]!.plannedDate = '2027-02-01'),
        (m.themeDays.activities[1]!.date = '2027-02-28')
      ),
    },
  ],
  invalid: [
    {
      name: 'a deadline in another year',
      mutate: (m) => (itemAt(m, 3).deadline = '2028-01-15'),
      issues: [
        {
          cell: 'F7',
          message: '完成时限 2028年1月15日 不在 2027 年内',
          code: 'date-in-range/otherYear',
          data: { label: '完成时限', date: '2028年1月15日', year: 2027 },
        },
      ],
    },
    {
      name: 'a study date of last year',
      mutate: (m) => (m.study.months[2]!.plannedDate = '2026-03-17'),
      issues: [
        {
          sheet: 'study',
          cell: 'E6',
          code: 'date-in-range/otherYear',
          data: { label: '计划日期', date: '2026年3月17日', year: 2027 },
        },
      ],
    },
    {
      name: 'a study date outside its month',
      mutate: (m) => (m.study.months[2]!.plannedDate = '2027-04-20'),
      issues: [
        {
          sheet: 'study',
          cell: 'E6',
          code: 'date-in-range/otherMonth',
          data: { label: '计划日期', date: '2027年4月20日', month: 3 },
        },
      ],
    },
    {
      name: 'a theme day in another year and one outside its month',
      mutate: (m) => (
        (m.themeDays.activities[0]!.date = '2026-01-20'),
        (m.themeDays.activities[11]!.date = '2027-11-30')
      ),
      issues: [
        { sheet: 'themeDays', cell: 'B4', code: 'date-in-range/otherYear', data: { year: 2027 } },
        { sheet: 'themeDays', cell: 'B15', code: 'date-in-range/otherMonth', data: { month: 12 } },
      ],
    },
    {
      name: 'a date that does not exist',
      mutate: (m) => (m.themeDays.activities[1]!.date = '2027-02-30'),
      issues: [
        {
          sheet: 'themeDays',
          cell: 'B5',
          code: 'date-in-range/invalid',
          data: { label: '活动日期', raw: '2027-02-30' },
        },
      ],
    },
  ],
});
