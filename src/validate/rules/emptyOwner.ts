/**
 * Someone answers for each study month and theme day: an empty 负责人 (study and theme days) or
 * 参加人员 (theme days) is worth a warning at the cell. A plan item's 责任人 is not checked: users fill
 * it in over the year. Rows marked 已取消 are left alone.
 */
import type { Issue } from '../../plan/issue';
import { studyRows, themeDayRows } from '../../sheets/rows';
import { defineMessages } from '../../plan/messages';
import { holds, report, type Rule } from '../rule';
import { monthLabel } from '../text';

const ID = 'empty-owner';

const MESSAGES = defineMessages(ID, {
  studyOwner: {
    zh: '{{month}}学习没有填写负责人',
    en: 'The study of {{monthEn}} has no owner (负责人).',
  },
  themeDayAttendees: {
    zh: '{{month}}主题党日没有填写参加人员',
    en: 'The theme day of {{monthEn}} has no attendees (参加人员).',
  },
  themeDayOwner: {
    zh: '{{month}}主题党日没有填写负责人',
    en: 'The theme day of {{monthEn}} has no owner (负责人).',
  },
});

const meta = {
  id: ID,
  severity: 'warning',
  docs: '每月学习和主题党日应填写负责人，主题党日还应填写参加人员',
  docsEn: "Each month's study and theme day should name an owner, and a theme day its attendees as well",
  messages: MESSAGES,
} as const;

const CANCELLED = '已取消';

export const emptyOwner: Rule = {
  meta,
  check(ctx) {
    const { model, maps } = ctx;
    const issues: Issue[] = [];
    for (const { row: m, index: i, at } of holds(ctx, 'study') ? studyRows(model, maps) : []) {
      if (m.done.trim() === CANCELLED) continue;
      const [month, monthEn] = monthLabel(m.month, i);
      if (m.owner.trim() === '')
        issues.push(report(meta, MESSAGES.studyOwner, at('owner'), { month, monthEn }));
    }
    for (const { row: a, index: i, at } of holds(ctx, 'themeDays') ? themeDayRows(model, maps) : []) {
      if (a.status.trim() === CANCELLED) continue;
      const [month, monthEn] = monthLabel(a.month, i);
      if (a.attendees.trim() === '')
        issues.push(report(meta, MESSAGES.themeDayAttendees, at('attendees'), { month, monthEn }));
      if (a.owner.trim() === '')
        issues.push(report(meta, MESSAGES.themeDayOwner, at('owner'), { month, monthEn }));
    }
    return issues;
  },
};
