/** Cells every row needs: a plan item's 标题 or 内容, a study month's 学习主题, a theme day's 活动主题. */
import type { Issue } from '../../plan/issue';
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
    let index = 0;
    const sections = holds(ctx, 'plan') ? model.plan.sections : [];
    for (const section of sections) {
      for (const item of section.items) {
        const n = item.number.trim() || String(index + 1);
        // An item needs its text: a title, a content, or both (a paragraph imported whole has no title).
        if (item.content.trim() === '')
          issues.push(
            ...issueIfEmpty(
              meta,
              item.title,
              maps.plan,
              index,
              'title',
              `第${n}项缺少标题和内容`,
              `Item ${n} has neither a title nor a content.`,
            ),
          );
        index++;
      }
    }
    const months = holds(ctx, 'study') ? model.study.months : [];
    const activities = holds(ctx, 'themeDays') ? model.themeDays.activities : [];
    months.forEach((m, i) =>
      issues.push(
        ...issueIfEmpty(
          meta,
          m.theme,
          maps.study,
          i,
          'theme',
          `${m.month}月缺少学习主题`,
          `Month ${m.month} has no study theme.`,
        ),
      ),
    );
    activities.forEach((a, i) =>
      issues.push(
        ...issueIfEmpty(
          meta,
          a.theme,
          maps.themeDays,
          i,
          'theme',
          `${a.month}月主题党日缺少活动主题`,
          `The theme day of month ${a.month} has no theme.`,
        ),
      ),
    );
    return issues;
  },
};
