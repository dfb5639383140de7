/**
 * The same 学习主题 in two study months, or the same 活动主题 on two theme days, was probably copied
 * and not rewritten. Themes are compared trimmed, with full- and half-width forms alike and punctuation
 * and spaces ignored (`七一·重温入党誓词` = `七一 重温入党誓词`). Reported at the later row, naming the
 * earlier; the two sheets are separate (a theme day may well follow the month's study theme).
 */
import type { Issue } from '../../plan/issue';
import { cellOf, type SheetMap } from '../../sheets/map';
import { holds, issueAt, type Rule } from '../rule';
import { monthLabel } from '../text';

const meta = {
  id: 'duplicate-theme',
  severity: 'warning',
  docs: '不同月份的学习主题或主题党日活动主题不宜完全相同',
} as const;

/** The theme as compared: NFKC, lower case, no punctuation, symbols or spaces. */
export function themeKey(theme: string): string {
  return theme
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\p{Z}\s]/gu, '');
}

function checkThemes(
  rows: { month: number; theme: string }[],
  map: SheetMap,
  what: string,
  whatEn: string,
): Issue[] {
  const issues: Issue[] = [];
  const first = new Map<string, number>();
  rows.forEach((row, i) => {
    const key = themeKey(row.theme);
    if (key === '') return;
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, i);
      return;
    }
    const [here, hereEn] = monthLabel(row.month, i);
    const [there, thereEn] = monthLabel(rows[earlier]!.month, earlier);
    issues.push(
      issueAt(
        meta,
        { sheet: map.sheet, cell: cellOf(map, i, 'theme') },
        `${here}的${what}“${row.theme.trim()}”与${there}相同，请核对是否照抄未改`,
        `The ${whatEn} of ${hereEn} ("${row.theme.trim()}") is the same as in ${thereEn}; check whether it was copied and not rewritten.`,
      ),
    );
  });
  return issues;
}

export const duplicateTheme: Rule = {
  meta,
  check(ctx) {
    const { model, maps } = ctx;
    return [
      ...(holds(ctx, 'study') ? checkThemes(model.study.months, maps.study, '学习主题', 'study theme') : []),
      ...(holds(ctx, 'themeDays')
        ? checkThemes(model.themeDays.activities, maps.themeDays, '活动主题', 'activity theme')
        : []),
    ];
  },
};
