import { meetingCoverage } from '../../../src/validate/rules/meetingCoverage';
import { ruleTester } from '../ruleTester';

// Theme days: header row 3, month m on row m + 3; 活动主题 C, 活动内容 D, 活动形式 E. The fixture holds
// 党员大会 in 1, 4, 7, 10月, 党课 in 6月, 民主评议党员 in 11月, 组织生活会 in 12月 and 七一 in 7月.
const REG = '《中国共产党支部工作条例（试行）》';
const PLAIN = '重温入党誓词，集中学习研讨。';

ruleTester(meetingCoverage, {
  valid: [
    { name: 'the fixture: a complete year' },
    {
      name: 'a 党员大会 named in the content after 召开 (form 主题党日)',
      mutate: (m) => {
        m.themeDays.activities[3]!.form = '主题党日';
        m.themeDays.activities[3]!.content = '清明祭扫烈士陵园；召开支部党员大会通报一季度工作';
      },
    },
    {
      name: 'two meetings in one form',
      mutate: (m) => {
        m.themeDays.activities[5]!.form = '主题党日';
        m.themeDays.activities[3]!.form = '党员大会、党课';
      },
    },
    {
      name: '组织生活会 and 民主评议党员 in one row, named in the content',
      mutate: (m) => {
        m.themeDays.activities[10]!.form = '主题党日';
        m.themeDays.activities[11]!.form = '主题党日';
        m.themeDays.activities[11]!.content = '召开组织生活会、民主评议党员，开展批评和自我批评';
      },
    },
    {
      name: 'a 党课 named by the theme',
      mutate: (m) => {
        m.themeDays.activities[5]!.form = '主题党日';
        m.themeDays.activities[5]!.theme = '书记讲党课';
      },
    },
    {
      name: '七一 marked in June, in full-width digits',
      mutate: (m) => {
        m.themeDays.activities[6]!.content = PLAIN;
        m.themeDays.activities[5]!.theme = '迎接７月１日·书记讲党课';
      },
    },
    {
      name: 'an 8-month plan that still covers every quarter',
      mutate: (m) =>
        (m.themeDays.activities = m.themeDays.activities.filter((a) => ![2, 3, 5, 8].includes(a.month))),
      settings: { themeDayMonths: 8 },
    },
    {
      name: 'every check turned off by the settings',
      mutate: (m) => {
        for (const a of m.themeDays.activities) a.form = '主题党日';
        m.themeDays.activities[6]!.content = PLAIN;
      },
      settings: {
        memberMeetingsPerQuarter: 0,
        partyLecturesPerYear: 0,
        lifeMeetingsPerYear: 0,
        memberReviewsPerYear: 0,
        julyFirstActivity: false,
      },
    },
    {
      name: '组织生活会 outside the fourth quarter, when the setting allows it',
      mutate: (m) => {
        m.themeDays.activities[11]!.form = '主题党日';
        m.themeDays.activities[4]!.form = '组织生活会';
      },
      settings: { reviewsInFourthQuarter: false },
    },
    {
      name: 'an empty theme-day plan (months-complete reports it)',
      mutate: (m) => (m.themeDays.activities = []),
    },
  ],
  invalid: [
    {
      name: 'a quarter without its 党员大会, at the 活动形式 of its first month',
      mutate: (m) => (m.themeDays.activities[3]!.form = '主题党日'),
      issues: [
        {
          sheet: 'themeDays',
          cell: 'E7',
          message: `第二季度没有安排党员大会。${REG}：党员大会一般每季度召开1次`,
          code: 'meeting-coverage/noMemberMeeting',
          data: { quarter: '第二季度' },
        },
      ],
    },
    {
      name: 'a bare mention in the content is not a meeting',
      mutate: (m) => {
        m.themeDays.activities[3]!.form = '主题党日';
        m.themeDays.activities[3]!.content = '学习党章，为下季度党员大会做准备';
      },
      issues: [
        {
          sheet: 'themeDays',
          cell: 'E7',
          code: 'meeting-coverage/noMemberMeeting',
          data: { quarter: '第二季度' },
        },
      ],
    },
    {
      name: 'a plan that stops in September: the missing quarter and meetings at the header',
      mutate: (m) => (m.themeDays.activities = m.themeDays.activities.filter((a) => a.month < 10)),
      issues: [
        {
          sheet: 'themeDays',
          cell: 'E3',
          code: 'meeting-coverage/noMemberMeeting',
          data: { quarter: '第四季度' },
        },
        {
          sheet: 'themeDays',
          cell: 'E3',
          code: 'meeting-coverage/noYearly',
          data: { name: '组织生活会' },
        },
        {
          sheet: 'themeDays',
          cell: 'E3',
          code: 'meeting-coverage/noYearly',
          data: { name: '民主评议党员' },
        },
      ],
    },
    {
      name: 'two 党员大会 a quarter set, one held',
      mutate: () => {},
      settings: { memberMeetingsPerQuarter: 2 },
      issues: [4, 7, 10, 13].map((row) => ({
        sheet: 'themeDays' as const,
        cell: `E${row}`,
        code: 'meeting-coverage/fewMemberMeetings',
        data: { count: 1, perQuarter: 2 },
      })),
    },
    {
      name: 'no 党课',
      mutate: (m) => (m.themeDays.activities[5]!.form = '主题党日'),
      issues: [{ sheet: 'themeDays', cell: 'E3', code: 'meeting-coverage/noYearly', data: { name: '党课' } }],
    },
    {
      name: 'watching a recorded 党课 is not giving one',
      mutate: (m) => {
        m.themeDays.activities[5]!.form = '主题党日';
        m.themeDays.activities[5]!.content = '观看党课视频';
      },
      issues: [{ sheet: 'themeDays', cell: 'E3', code: 'meeting-coverage/noYearly', data: { name: '党课' } }],
    },
    {
      name: 'fewer 党课 than set',
      mutate: () => {},
      settings: { partyLecturesPerYear: 4 },
      issues: [
        {
          sheet: 'themeDays',
          cell: 'E3',
          code: 'meeting-coverage/fewYearly',
          data: { name: '党课', count: 1, required: 4 },
        },
      ],
    },
    {
      name: '组织生活会 only in May, at its 活动形式',
      mutate: (m) => {
        m.themeDays.activities[11]!.form = '主题党日';
        m.themeDays.activities[4]!.form = '组织生活会';
      },
      issues: [
        {
          sheet: 'themeDays',
          cell: 'E8',
          code: 'meeting-coverage/notFourthQuarter',
          data: { name: '组织生活会', months: '5月' },
        },
      ],
    },
    {
      name: '民主评议党员 only in August, named in the content',
      mutate: (m) => {
        m.themeDays.activities[10]!.form = '主题党日';
        m.themeDays.activities[7]!.content = '对照党章党规，开展党员民主评议';
      },
      issues: [
        {
          sheet: 'themeDays',
          cell: 'E11',
          code: 'meeting-coverage/notFourthQuarter',
          data: { name: '民主评议党员', months: '8月' },
        },
      ],
    },
    {
      name: 'no 七一 activity, at the 活动主题 of July',
      mutate: (m) => (m.themeDays.activities[6]!.content = PLAIN),
      issues: [
        {
          sheet: 'themeDays',
          cell: 'C10',
          code: 'meeting-coverage/noJulyFirst',
          data: { n: 106 },
        },
      ],
    },
    {
      name: '七一 marked in May does not count',
      mutate: (m) => {
        m.themeDays.activities[6]!.content = PLAIN;
        m.themeDays.activities[4]!.theme = '庆祝建党106周年';
      },
      issues: [{ sheet: 'themeDays', cell: 'C10', code: 'meeting-coverage/noJulyFirst' }],
    },
    {
      name: 'no July row: 七一 at June, the third quarter at August',
      mutate: (m) => m.themeDays.activities.splice(6, 1),
      issues: [
        { sheet: 'themeDays', cell: 'C9', code: 'meeting-coverage/noJulyFirst' },
        {
          sheet: 'themeDays',
          cell: 'E10',
          code: 'meeting-coverage/noMemberMeeting',
          data: { quarter: '第三季度' },
        },
      ],
    },
    {
      name: 'a year of plain theme days: everything is missing',
      mutate: (m) => {
        for (const a of m.themeDays.activities) a.form = '主题党日';
        m.themeDays.activities[6]!.content = PLAIN;
      },
      issues: [
        { sheet: 'themeDays', cell: 'E3', code: 'meeting-coverage/noYearly', data: { name: '党课' } },
        { sheet: 'themeDays', cell: 'E3', code: 'meeting-coverage/noYearly', data: { name: '组织生活会' } },
        { sheet: 'themeDays', cell: 'E3', code: 'meeting-coverage/noYearly', data: { name: '民主评议党员' } },
        {
          sheet: 'themeDays',
          cell: 'E4',
          code: 'meeting-coverage/noMemberMeeting',
          data: { quarter: '第一季度' },
        },
        {
          sheet: 'themeDays',
          cell: 'E7',
          code: 'meeting-coverage/noMemberMeeting',
          data: { quarter: '第二季度' },
        },
        { sheet: 'themeDays', cell: 'C10', code: 'meeting-coverage/noJulyFirst' },
        {
          sheet: 'themeDays',
          cell: 'E10',
          code: 'meeting-coverage/noMemberMeeting',
          data: { quarter: '第三季度' },
        },
        {
          sheet: 'themeDays',
          cell: 'E13',
          code: 'meeting-coverage/noMemberMeeting',
          data: { quarter: '第四季度' },
        },
      ],
    },
  ],
});
