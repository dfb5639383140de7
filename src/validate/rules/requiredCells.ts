/** Cells every row needs: a plan item's 标题 or 内容, a study month's 学习主题, a theme day's 活动主题. */
import type { Issue } from '../../plan/issue';
import { planRows, studyRows, themeDayRows } from '../../sheets/rows';
import { holds, issueIfEmpty, type Rule } from '../rule';

const meta = {
  id: 'required-cells',
  severity: 'error',
  docs: '工作计划每项的标题或内容、每月学习主题、每次主题党日的活动主题不能为空',
} as const;

export const requiredCells: Rule = {
  meta,
  check(ctx) {
    const { model, maps } = ctx;
    const issues: Issue[] = [];
    for (const { row: item, index, at } of holds(ctx, 'plan') ? planRows(model, maps) : []) {
      const n = item.number.trim() || String(index + 1);
      // An item needs its text: a title, a content, or both (a paragraph imported whole has no title).
      if (item.content.trim() === '')
        issues.push(
          ...issueIfEmpty(
            meta,
            item.title,
            at('title'),
            `第${n}项缺少标题和内容`,
            `Item ${n} has neither a title nor a content.`,
          ),
        );
    }
    for (const { row: m, at } of holds(ctx, 'study') ? studyRows(model, maps) : [])
      issues.push(
        ...issueIfEmpty(
          meta,
          m.theme,
          at('theme'),
          `${m.month}月缺少学习主题`,
          `Month ${m.month} has no study theme.`,
        ),
      );
    for (const { row: a, at } of holds(ctx, 'themeDays') ? themeDayRows(model, maps) : [])
      issues.push(
        ...issueIfEmpty(
          meta,
          a.theme,
          at('theme'),
          `${a.month}月主题党日缺少活动主题`,
          `The theme day of month ${a.month} has no theme.`,
        ),
      );
    return issues;
  },
};
