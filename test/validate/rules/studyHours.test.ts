import { studyHours } from '../../../src/validate/rules/studyHours';
import { ruleTester } from '../ruleTester';

// Study: header row 3, 学时 column F. The fixture plans 3 学时 a month: 36 a year.
const SOURCE = '《全国党员教育培训工作规划》：党员每年集中学习培训时间一般不少于32学时';

ruleTester(studyHours, {
  valid: [
    { name: 'the fixture: 36 学时' },
    { name: 'an empty month is not counted, 33 is enough', mutate: (m) => (m.study.months[0]!.hours = null) },
    { name: 'exactly the minimum', mutate: (m) => m.study.months.slice(0, 4).forEach((s) => (s.hours = 2)) },
    {
      name: 'a lower minimum',
      mutate: (m) => m.study.months.forEach((s) => (s.hours = 2)),
      settings: { minStudyHours: 24 },
    },
    {
      name: 'no 学时 at all, with the check turned off',
      mutate: (m) => m.study.months.forEach((s) => (s.hours = null)),
      settings: { minStudyHours: 0 },
    },
    { name: 'an empty study plan (months-complete reports it)', mutate: (m) => (m.study.months = []) },
  ],
  invalid: [
    {
      name: 'two empty months: 30 学时',
      mutate: (m) => ((m.study.months[0]!.hours = null), (m.study.months[1]!.hours = null)),
      issues: [
        {
          sheet: 'study',
          cell: 'F3',
          message: `全年学时合计 30，少于每年至少 32 学时（${SOURCE}）`,
          code: 'study-hours/tooFewNational',
          data: { total: 30, min: 32 },
        },
      ],
    },
    {
      name: 'half hours',
      mutate: (m) => m.study.months.forEach((s) => (s.hours = 2.6)),
      issues: [{ sheet: 'study', cell: 'F3', code: 'study-hours/tooFewNational', data: { total: 31.2 } }],
    },
    {
      name: 'no 学时 in any month',
      mutate: (m) => m.study.months.forEach((s) => (s.hours = null)),
      issues: [
        {
          sheet: 'study',
          cell: 'F3',
          code: 'study-hours/noHoursNational',
          data: { min: 32 },
        },
      ],
    },
    {
      name: 'a branch of committee members sets 56',
      mutate: () => {},
      settings: { minStudyHours: 56 },
      issues: [
        { sheet: 'study', cell: 'F3', code: 'study-hours/tooFewBranch', data: { total: 36, min: 56 } },
      ],
    },
  ],
});
