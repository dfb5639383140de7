/** Cells every row needs: a plan item's 标题 or 内容, a study month's 学习主题, a theme day's 活动主题. */
import type { Issue } from '../../plan/issue';
import { planRows, studyRows, themeDayRows } from '../../sheets/rows';
import { defineMessages } from '../../plan/messages';
import { holds, report, type Rule } from '../rule';

const ID = 'required-cells';

const MESSAGES = defineMessages(ID, {
  item: { zh: '第{{item}}项缺少标题和内容', en: 'Item {{item}} has neither a title nor a content.' },
  studyTheme: { zh: '{{month}}月缺少学习主题', en: 'Month {{month}} has no study theme.' },
  themeDayTheme: {
    zh: '{{month}}月主题党日缺少活动主题',
    en: 'The theme day of month {{month}} has no theme.',
  },
});

const meta = {
  id: ID,
  severity: 'error',
  docs: '工作计划每项的标题或内容、每月学习主题、每次主题党日的活动主题不能为空',
  docsEn: 'Each plan item has a title or a content, each study month a theme, each theme day a theme',
  messages: MESSAGES,
} as const;

export const requiredCells: Rule = {
  meta,
  check(ctx) {
    const { model, maps } = ctx;
    const issues: Issue[] = [];
    const empty = (s: string) => s.trim() === '';
    for (const { row: item, index, at } of holds(ctx, 'plan') ? planRows(model, maps) : []) {
      // An item needs its text: a title, a content, or both (a paragraph imported whole has no title).
      if (empty(item.content) && empty(item.title))
        issues.push(
          report(meta, MESSAGES.item, at('title'), { item: item.number.trim() || String(index + 1) }),
        );
    }
    for (const { row: m, at } of holds(ctx, 'study') ? studyRows(model, maps) : [])
      if (empty(m.theme)) issues.push(report(meta, MESSAGES.studyTheme, at('theme'), { month: m.month }));
    for (const { row: a, at } of holds(ctx, 'themeDays') ? themeDayRows(model, maps) : [])
      if (empty(a.theme)) issues.push(report(meta, MESSAGES.themeDayTheme, at('theme'), { month: a.month }));
    return issues;
  },
};
