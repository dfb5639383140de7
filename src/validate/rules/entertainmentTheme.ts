/**
 * Theme days are political activities (DOMAIN.md): a 活动主题 that reads as pure entertainment (文娱,
 * 休闲, 趣味运动, 联欢, 聚餐, 旅游 …) with nothing political in its theme or content (学习, 教育, 誓词,
 * 红色, 志愿, 党课 …) gets a soft warning. 党 counts as political, except in the words that only name
 * who takes part or organises (党员, 党支部, 党组织, 党小组, 党群, 党委, 主题党日): `党员趣味运动会` is
 * still a sports day.
 */
import type { Issue } from '../../plan/issue';
import { cellOf } from '../../sheets/map';
import { defineMessages } from '../../plan/messages';
import { holds, report, type Rule } from '../rule';
import { monthLabel } from '../text';

const ID = 'entertainment-theme';

const MESSAGES = defineMessages(ID, {
  entertainment: {
    zh: '{{month}}主题党日的活动主题“{{theme}}”读来是文娱休闲活动，主题和内容中看不出学习教育等政治内容：主题党日是党内政治活动，宜结合理论学习、党性教育或志愿服务安排',
    en: 'The theme of the theme day of {{monthEn}} ("{{theme}}") reads as entertainment, with nothing political in its theme or content; a theme day is a political activity, so combine it with study, Party education or volunteer service.',
  },
});

const meta = {
  id: ID,
  severity: 'warning',
  docs: '主题党日是党内政治活动，活动主题不宜是单纯的文娱休闲活动',
  docsEn: 'A theme day is a political activity: its theme should not be pure entertainment or leisure',
  messages: MESSAGES,
} as const;

const FUN =
  /文娱|娱乐|休闲|趣味|联欢|联谊|聚餐|聚会|团建|旅游|旅行|游玩|郊游|春游|秋游|踏青|采摘|烧烤|野餐|k歌|卡拉ok|棋牌|扑克|掼蛋|麻将|钓鱼|茶话会|运动会|球赛|拔河|登山|徒步/;
const POLITICAL =
  /学习|教育|誓词|红色|红军|革命|先烈|烈士|英雄|爱国|国防|志愿|慰问|帮扶|理论|思想|政治|初心|使命|廉洁|纪律|警示|宣讲|研讨|座谈|传承|长征|纪念|七一|建党|评议|谈心|党/;
/** Words with 党 that name the people or the organiser, not what is done. */
const AUDIENCE = /党员|党支部|党组织|党小组|党群|党委|主题党日|党日/g;

const clean = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

export const entertainmentTheme: Rule = {
  meta,
  check(ctx) {
    if (!holds(ctx, 'themeDays')) return [];
    const { model, maps } = ctx;
    const issues: Issue[] = [];
    const map = maps.themeDays;
    model.themeDays.activities.forEach((a, i) => {
      const theme = clean(a.theme);
      if (!FUN.test(theme)) return;
      const political = POLITICAL.test(`${theme}\n${clean(a.content)}`.replace(AUDIENCE, ''));
      if (political) return;
      const [month, monthEn] = monthLabel(a.month, i);
      issues.push(
        report(
          meta,
          MESSAGES.entertainment,
          { sheet: map.sheet, cell: cellOf(map, i, 'theme') },
          { month, monthEn, theme: a.theme.trim() },
        ),
      );
    });
    return issues;
  },
};
