/**
 * Our default theme-day programme: one activity a month, following the year's calendar (清明, 五四,
 * 七一, 八一, 国庆) and covering what the branch must hold: 党员大会 each quarter (1, 4, 7, 10月), the
 * secretary's 党课, 民主评议党员 and the 组织生活会 in the fourth quarter.
 */
import { anniversary } from '../yearChange';
import { emptyThemeDay, type ThemeDay } from '../model';

type Row = [theme: string, content: string, form: string, place: string, attendees: string, owner: string];

function rows(year: number): Row[] {
  const n = anniversary(year);
  return [
    [
      '新年新起点·谋划年度工作',
      `传达学习上级党组织工作会议精神，通报上年度支部工作，讨论${year}年支部工作计划`,
      '党员大会',
      '党员活动室',
      '全体党员',
      '支部书记',
    ],
    [
      '廉洁过节·警示教育',
      '观看警示教育片，重申节日期间纪律要求，签订廉洁承诺书',
      '主题党日',
      '党员活动室',
      '全体党员',
      '纪检委员',
    ],
    [
      '学雷锋·志愿服务',
      '学习雷锋精神，到联系社区开展志愿服务活动',
      '志愿服务',
      '联系社区',
      '全体党员',
      '组织委员',
    ],
    [
      '缅怀革命先烈·传承红色基因',
      '清明时节祭扫烈士陵园，重温入党誓词；召开党员大会通报一季度工作',
      '党员大会',
      '烈士陵园',
      '全体党员',
      '支部书记',
    ],
    [
      '青春心向党·建功新时代',
      '纪念五四运动，结合本月学习内容组织党员交流学习体会',
      '专题研讨',
      '党员活动室',
      '全体党员',
      '宣传委员',
    ],
    [
      `书记讲党课·庆祝建党${n}周年`,
      '支部书记讲专题党课，回顾党的光辉历程，结合工作实际谈体会',
      '党课',
      '党员活动室',
      '全体党员',
      '支部书记',
    ],
    [
      '七一·重温入党誓词',
      `庆祝建党${n}周年，重温入党誓词，表彰优秀共产党员；召开党员大会通报上半年工作`,
      '党员大会',
      '党员活动室',
      '全体党员',
      '支部书记',
    ],
    [
      '八一·拥军优属',
      '开展国防教育，走访慰问退役军人党员和困难党员',
      '志愿服务',
      '走访对象家中',
      '支委及党员代表',
      '组织委员',
    ],
    [
      '学党章·守党规',
      '集中学习党章和党内法规，开展党规党纪知识测试',
      '专题研讨',
      '党员活动室',
      '全体党员',
      '纪检委员',
    ],
    [
      '喜迎国庆·爱国主义教育',
      '参观爱国主义教育基地；召开党员大会通报三季度工作',
      '党员大会',
      '爱国主义教育基地',
      '全体党员',
      '支部书记',
    ],
    [
      '谈心谈话·民主评议党员',
      '开展谈心谈话，组织党员对照党章党规自评互评，民主评议党员',
      '民主评议党员',
      '党员活动室',
      '全体党员',
      '组织委员',
    ],
    [
      '年度组织生活会',
      '召开组织生活会，开展批评和自我批评，总结全年工作，查找问题明确整改措施',
      '组织生活会',
      '党员活动室',
      '全体党员',
      '支部书记',
    ],
  ];
}

/** The 12 default activities of a year, without dates (the rule gives them). */
export function defaultThemeDays(year: number): ThemeDay[] {
  return rows(year).map(([theme, content, form, place, attendees, owner], i) => ({
    ...emptyThemeDay(i + 1),
    theme,
    content,
    form,
    place,
    attendees,
    owner,
  }));
}
