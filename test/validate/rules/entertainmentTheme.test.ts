import { entertainmentTheme } from '../../../src/validate/rules/entertainmentTheme';
import { ruleTester } from '../ruleTester';

// Theme days: month m on row m + 3, 活动主题 C.
ruleTester(entertainmentTheme, {
  valid: [
    { name: 'the fixture' },
    {
      name: 'entertainment with something political in the theme or content',
      mutate: (m) => {
        m.themeDays.activities[0]!.theme = '红色旅游';
        m.themeDays.activities[1]!.theme = '党史知识趣味竞赛';
        m.themeDays.activities[2]!.theme = '趣味运动会';
        m.themeDays.activities[2]!.content = '重温入党誓词后开展趣味运动';
        m.themeDays.activities[3]!.theme = '重走长征路·徒步';
        m.themeDays.activities[3]!.content = '';
      },
    },
    {
      name: 'only the theme is read: entertainment in the content alone',
      mutate: (m) => (
        (m.themeDays.activities[4]!.theme = '凝心聚力'),
        (m.themeDays.activities[4]!.content = '聚餐')
      ),
    },
  ],
  invalid: [
    {
      name: 'a sports day for the members: 党员 names who takes part',
      mutate: (m) => {
        m.themeDays.activities[0]!.theme = '趣味运动会';
        m.themeDays.activities[0]!.content = '组织全体党员参加趣味运动会，增强凝聚力';
      },
      issues: [
        {
          sheet: 'themeDays',
          cell: 'C4',
          message:
            '1月主题党日的活动主题“趣味运动会”读来是文娱休闲活动，主题和内容中看不出学习教育等政治内容：主题党日是党内政治活动，宜结合理论学习、党性教育或志愿服务安排',
          code: 'entertainment-theme/entertainment',
          data: { month: '1月', theme: '趣味运动会' },
        },
      ],
    },
    {
      name: 'a party, a K歌 and a hike labelled 主题党日',
      mutate: (m) => {
        m.themeDays.activities[1]!.theme = '春节联欢会';
        m.themeDays.activities[1]!.content = '党支部组织联欢';
        m.themeDays.activities[4]!.theme = 'ｋ歌比赛';
        m.themeDays.activities[4]!.content = '';
        m.themeDays.activities[8]!.theme = '主题党日：休闲徒步';
        m.themeDays.activities[8]!.content = '全体党员参加';
      },
      issues: [
        {
          sheet: 'themeDays',
          cell: 'C5',
          code: 'entertainment-theme/entertainment',
          data: { month: '2月', theme: '春节联欢会' },
        },
        {
          sheet: 'themeDays',
          cell: 'C8',
          code: 'entertainment-theme/entertainment',
          data: { month: '5月', theme: 'ｋ歌比赛' },
        },
        {
          sheet: 'themeDays',
          cell: 'C12',
          code: 'entertainment-theme/entertainment',
          data: { month: '9月', theme: '主题党日：休闲徒步' },
        },
      ],
    },
  ],
});
