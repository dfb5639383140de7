import { duplicateTheme } from '../../../src/validate/rules/duplicateTheme';
import { ruleTester } from '../ruleTester';

// Month m on row m + 3; study 学习主题 B, theme days 活动主题 C.
ruleTester(duplicateTheme, {
  valid: [
    { name: 'the fixture' },
    {
      name: 'a theme day following the month’s study theme',
      mutate: (m) => (m.themeDays.activities[1]!.theme = m.study.months[1]!.theme),
    },
    { name: 'themes that differ by a word', mutate: (m) => (m.study.months[2]!.theme = '学习党章') },
    {
      name: 'empty themes (required-cells reports them)',
      mutate: (m) => ((m.study.months[0]!.theme = ''), (m.study.months[1]!.theme = ' ')),
    },
  ],
  invalid: [
    {
      name: 'a study theme copied to a later month',
      mutate: (m) => (m.study.months[4]!.theme = '学习党章党规'),
      issues: [
        {
          sheet: 'study',
          cell: 'B8',
          message: '5月的学习主题“学习党章党规”与2月相同，请核对是否照抄未改',
          code: 'duplicate-theme/studyTheme',
          data: { month: '5月', theme: '学习党章党规', earlier: '2月' },
        },
      ],
    },
    {
      name: 'punctuation, spaces and width do not make a theme different',
      mutate: (m) => {
        m.themeDays.activities[1]!.theme = '七一·重温入党誓词';
        m.themeDays.activities[4]!.theme = ' 七一 重温入党誓词！';
        m.themeDays.activities[7]!.theme = '七一（重温入党誓词）';
        m.themeDays.activities[2]!.theme = '１月主题党日';
      },
      issues: [
        {
          sheet: 'themeDays',
          cell: 'C6',
          code: 'duplicate-theme/activityTheme',
          data: { month: '3月', theme: '１月主题党日', earlier: '1月' },
        },
        { sheet: 'themeDays', cell: 'C8', code: 'duplicate-theme/activityTheme', data: { earlier: '2月' } },
        { sheet: 'themeDays', cell: 'C11', code: 'duplicate-theme/activityTheme', data: { earlier: '2月' } },
      ],
    },
    {
      name: 'a row whose month could not be read is named by its table row',
      mutate: (m) => (
        (m.themeDays.activities[0]!.month = 0),
        (m.themeDays.activities[5]!.theme = '1月主题党日')
      ),
      issues: [
        {
          sheet: 'themeDays',
          cell: 'C9',
          code: 'duplicate-theme/activityTheme',
          data: { month: '6月', theme: '1月主题党日', earlier: '表中第1行' },
        },
      ],
    },
  ],
});
