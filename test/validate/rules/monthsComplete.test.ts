import { monthsComplete } from '../../../src/validate/rules/monthsComplete';
import { ruleTester } from '../ruleTester';

// Study months and theme days sit in rows 4–15 (month m on row m + 3); 月份 is column A, header row 3.
ruleTester(monthsComplete, {
  valid: [
    { name: 'the fixture: 1–12 on both sheets' },
    { name: 'months in another order', mutate: (m) => m.themeDays.activities.reverse() },
    {
      name: 'a branch that plans 11 theme days: no December',
      mutate: (m) => m.themeDays.activities.pop(),
      settings: { themeDayMonths: 11 },
    },
    {
      name: 'a branch that plans 8 theme days, and has 9',
      mutate: (m) => (m.themeDays.activities = m.themeDays.activities.filter((a) => a.month % 4 !== 0)),
      settings: { themeDayMonths: 8 },
    },
  ],
  invalid: [
    {
      name: 'the theme-day plan is empty (the seed’s attachment 2)',
      mutate: (m) => (m.themeDays.activities = []),
      issues: [
        {
          sheet: 'themeDays',
          cell: 'A3',
          message: '主题党日活动计划表没有任何月份（应有 1月–12月）',
          code: 'months-complete/none',
          data: { name: '主题党日活动计划表' },
        },
      ],
    },
    {
      name: 'the study plan is empty',
      mutate: (m) => (m.study.months = []),
      issues: [{ sheet: 'study', cell: 'A3', code: 'months-complete/none', data: { name: '每月学习计划' } }],
    },
    {
      name: 'a missing study month',
      mutate: (m) => m.study.months.splice(2, 1),
      issues: [
        {
          sheet: 'study',
          cell: 'A3',
          code: 'months-complete/missing',
          data: { name: '每月学习计划', months: '3月' },
        },
      ],
    },
    {
      name: 'several missing months, one issue naming them',
      mutate: (m) => (m.themeDays.activities = m.themeDays.activities.filter((a) => a.month % 4 !== 0)),
      issues: [
        {
          sheet: 'themeDays',
          cell: 'A3',
          code: 'months-complete/missing',
          data: { name: '主题党日活动计划表', months: '4月、8月、12月' },
        },
      ],
    },
    {
      name: 'a duplicate month, and the month it replaced is missing',
      mutate: (m) => (m.themeDays.activities[4]!.month = 4),
      issues: [
        { sheet: 'themeDays', cell: 'A3', code: 'months-complete/missing', data: { months: '5月' } },
        { sheet: 'themeDays', cell: 'A8', code: 'months-complete/twice', data: { month: 4 } },
      ],
    },
    {
      name: 'a thirteenth row repeating January',
      mutate: (m) => m.study.months.push({ ...m.study.months[0]! }),
      issues: [{ sheet: 'study', cell: 'A16', code: 'months-complete/twice', data: { month: 1 } }],
    },
    {
      name: 'a month outside 1–12',
      mutate: (m) => (m.study.months[11]!.month = 13),
      issues: [
        { sheet: 'study', cell: 'A3', code: 'months-complete/missing', data: { months: '12月' } },
        { sheet: 'study', cell: 'A15', code: 'months-complete/outside', data: { month: 13 } },
      ],
    },
    {
      name: 'an unreadable month (0, already reported by the reader) only counts as missing',
      mutate: (m) => (m.study.months[5]!.month = 0),
      issues: [
        {
          sheet: 'study',
          cell: 'A3',
          code: 'months-complete/missing',
          data: { name: '每月学习计划', months: '6月' },
        },
      ],
    },
    {
      name: 'fewer theme days than the branch plans: a warning',
      mutate: (m) =>
        (m.themeDays.activities = m.themeDays.activities.filter((a) => a.month % 2 === 1 || a.month === 6)),
      settings: { themeDayMonths: 8 },
      issues: [
        {
          sheet: 'themeDays',
          cell: 'A3',
          severity: 'warning',
          code: 'months-complete/fewerThanSet',
          data: { name: '主题党日活动计划表', count: 7, expected: 8, months: '2月、4月、8月、10月、12月' },
        },
      ],
    },
    {
      name: 'an empty theme-day plan when the branch plans 8: a warning',
      mutate: (m) => (m.themeDays.activities = []),
      settings: { themeDayMonths: 8 },
      issues: [
        {
          sheet: 'themeDays',
          cell: 'A3',
          severity: 'warning',
          code: 'months-complete/noneFewerSet',
          data: { name: '主题党日活动计划表', expected: 8 },
        },
      ],
    },
    {
      name: 'duplicates and months outside 1–12 stay errors when the branch plans 11',
      mutate: (m) => ((m.themeDays.activities[4]!.month = 4), (m.themeDays.activities[11]!.month = 13)),
      settings: { themeDayMonths: 11 },
      issues: [
        {
          sheet: 'themeDays',
          cell: 'A3',
          severity: 'warning',
          code: 'months-complete/fewerThanSet',
          data: { count: 10, months: '5月、12月' },
        },
        { sheet: 'themeDays', cell: 'A8', code: 'months-complete/twice', data: { month: 4 } },
        { sheet: 'themeDays', cell: 'A15', code: 'months-complete/outside', data: { month: 13 } },
      ],
    },
    {
      name: 'the setting is for theme days only: the study plan still needs 12 months',
      mutate: (m) => m.study.months.pop(),
      settings: { themeDayMonths: 8 },
      issues: [
        {
          sheet: 'study',
          cell: 'A3',
          code: 'months-complete/missing',
          data: { name: '每月学习计划', months: '12月' },
        },
      ],
    },
  ],
});
