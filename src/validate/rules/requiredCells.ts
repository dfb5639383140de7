/** Cells every row needs: a plan item's 标题 and 内容, a study month's 学习主题, a theme day's 活动主题. */
import type { Issue } from '../../plan/issue';
import { issueIfEmpty, type Rule } from '../rule';

const meta = {
  id: 'required-cells',
  severity: 'error',
  docs: '工作计划每项的标题和内容、每月学习主题、每次主题党日的活动主题不能为空',
} as const;

export const requiredCells: Rule = {
  meta,
  check({ model, maps }) {
    const issues: Issue[] = [];
    let index = 0;
    for (const section of model.plan.sections) {
      for (const item of section.items) {
        const n = item.number.trim() || String(index + 1);
        issues.push(
          ...issueIfEmpty(
            meta,
            item.title,
            maps.plan,
            index,
            'title',
            `第${n}项缺少标题`,
            `Item ${n} has no title.`,
          ),
        );
        issues.push(
          ...issueIfEmpty(
            meta,
            item.content,
            maps.plan,
            index,
            'content',
            `第${n}项缺少内容`,
            `Item ${n} has no content.`,
          ),
        );
        index++;
      }
    }
    model.study.months.forEach((m, i) =>
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
    model.themeDays.activities.forEach((a, i) =>
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
