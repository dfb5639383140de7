/**
 * Plan item numbers run on without gaps or duplicates in reading order, or restart at 1 at the start
 * of a section (both styles are in use; each section decides for itself).
 */
import type { Issue } from '../../plan/issue';
import { planRows } from '../../sheets/rows';
import { defineMessages } from '../../plan/messages';
import { holds, report, type Rule } from '../rule';
import { parseItemNumber } from '../text';

const ID = 'item-numbering';

const MESSAGES = defineMessages(ID, {
  empty: {
    zh: '序号为空：此处应为 {{expected}}',
    en: 'The item number is empty; {{expected}} expected here.',
  },
  notNumber: {
    zh: '序号“{{shown}}”不是数字：此处应为 {{expected}}',
    en: 'The item number "{{shown}}" is not a number; {{expected}} expected here.',
  },
  duplicate: {
    zh: '序号重复：{{found}} 在前面已经用过',
    en: 'Duplicate item number: {{found}} is already used above.',
  },
  notFromOne: {
    zh: '序号应从 1 开始，实际为 {{found}}',
    en: 'Item numbers should start at 1, found {{found}}.',
  },
  gap: {
    zh: '序号不连续：{{last}} 之后应为 {{expected}}，实际为 {{found}}',
    en: 'Item numbers are not consecutive: {{expected}} should follow {{last}}, found {{found}}.',
  },
});

const meta = {
  id: ID,
  severity: 'error',
  docs: '工作计划各项序号应连续、不重复（可在每部分从 1 重新编号）',
  docsEn: 'Work plan item numbers run on without gaps or duplicates (or restart at 1 in each section)',
  messages: MESSAGES,
} as const;

export const itemNumbering: Rule = {
  meta,
  check(ctx) {
    if (!holds(ctx, 'plan')) return [];
    const { model, maps } = ctx;
    const issues: Issue[] = [];
    /** The last number read, and the numbers of the current run (since the start or the last restart). */
    let last: number | null = null;
    let seen = new Set<number>();
    for (const { row: item, inSection: k, at: cell } of planRows(model, maps)) {
      const at = cell('number');
      // A row with neither number nor title is a section's introductory paragraph, not an item.
      if (item.number.trim() === '' && item.title.trim() === '') continue;
      const n = parseItemNumber(item.number);
      const expected: number = last === null ? 1 : last + 1;
      if (n === null) {
        const shown = item.number.trim();
        issues.push(
          report(meta, shown === '' ? MESSAGES.empty : MESSAGES.notNumber, at, { shown, expected }),
        );
        last = expected;
        seen.add(expected);
        continue;
      }
      if (k === 0 && n === 1 && last !== null) {
        // A section that starts again at 1: the restarting style.
        seen = new Set();
      } else if (n !== expected) {
        if (seen.has(n)) {
          issues.push(report(meta, MESSAGES.duplicate, at, { found: n }));
          continue;
        }
        issues.push(
          last === null
            ? report(meta, MESSAGES.notFromOne, at, { found: n })
            : report(meta, MESSAGES.gap, at, { found: n, expected, last }),
        );
      }
      last = n;
      seen.add(n);
    }
    return issues;
  },
};
