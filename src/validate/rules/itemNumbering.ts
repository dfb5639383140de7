/**
 * Plan item numbers run on without gaps or duplicates in reading order, or restart at 1 at the start
 * of a section (both styles are in use; each section decides for itself).
 */
import type { Issue } from '../../plan/issue';
import { planRows } from '../../sheets/rows';
import { holds, issueAt, type Rule } from '../rule';
import { parseItemNumber } from '../text';

const meta = {
  id: 'item-numbering',
  severity: 'error',
  docs: '工作计划各项序号应连续、不重复（可在每部分从 1 重新编号）',
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
          shown === ''
            ? issueAt(
                meta,
                at,
                `序号为空：此处应为 ${expected}`,
                `The item number is empty; ${expected} expected here.`,
              )
            : issueAt(
                meta,
                at,
                `序号“${shown}”不是数字：此处应为 ${expected}`,
                `The item number "${shown}" is not a number; ${expected} expected here.`,
              ),
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
          issues.push(
            issueAt(
              meta,
              at,
              `序号重复：${n} 在前面已经用过`,
              `Duplicate item number: ${n} is already used above.`,
            ),
          );
          continue;
        }
        issues.push(
          last === null
            ? issueAt(meta, at, `序号应从 1 开始，实际为 ${n}`, `Item numbers should start at 1, found ${n}.`)
            : issueAt(
                meta,
                at,
                `序号不连续：${last} 之后应为 ${expected}，实际为 ${n}`,
                `Item numbers are not consecutive: ${expected} should follow ${last}, found ${n}.`,
              ),
        );
      }
      last = n;
      seen.add(n);
    }
    return issues;
  },
};
