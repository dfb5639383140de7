/**
 * The same 学习主题 in two study months, or the same 活动主题 on two theme days, was probably copied
 * and not rewritten. Themes are compared trimmed, with full- and half-width forms alike and punctuation
 * and spaces ignored (`七一·重温入党誓词` = `七一 重温入党誓词`). Reported at the later row, naming the
 * earlier; the two sheets are separate (a theme day may well follow the month's study theme).
 */
import type { Issue } from '../../plan/issue';
import { cellOf, type SheetMap } from '../../sheets/map';
import { defineMessages } from '../../plan/messages';
import { holds, report, type Rule } from '../rule';
import { monthLabel } from '../text';

const ID = 'duplicate-theme';

const MESSAGES = defineMessages(ID, {
  studyTheme: {
    zh: '{{month}}的学习主题“{{theme}}”与{{earlier}}相同，请核对是否照抄未改',
    en: 'The study theme of {{monthEn}} ("{{theme}}") is the same as in {{earlierEn}}; check whether it was copied and not rewritten.',
  },
  activityTheme: {
    zh: '{{month}}的活动主题“{{theme}}”与{{earlier}}相同，请核对是否照抄未改',
    en: 'The activity theme of {{monthEn}} ("{{theme}}") is the same as in {{earlierEn}}; check whether it was copied and not rewritten.',
  },
});

const meta = {
  id: ID,
  severity: 'warning',
  docs: '不同月份的学习主题或主题党日活动主题不宜完全相同',
  docsEn: 'Two months should not have exactly the same study theme or theme-day activity theme',
  messages: MESSAGES,
} as const;

/** The theme as compared: NFKC, lower case, no punctuation, symbols or spaces. */
export function themeKey(theme: string): string {
  return theme
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\p{Z}\s]/gu, '');
}

function checkThemes(rows: { month: number; theme: string }[], map: SheetMap, code: string): Issue[] {
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
    const [month, monthEn] = monthLabel(row.month, i);
    const [there, thereEn] = monthLabel(rows[earlier]!.month, earlier);
    issues.push(
      report(
        meta,
        code,
        { sheet: map.sheet, cell: cellOf(map, i, 'theme') },
        { month, monthEn, theme: row.theme.trim(), earlier: there, earlierEn: thereEn },
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
      ...(holds(ctx, 'study') ? checkThemes(model.study.months, maps.study, MESSAGES.studyTheme) : []),
      ...(holds(ctx, 'themeDays')
        ? checkThemes(model.themeDays.activities, maps.themeDays, MESSAGES.activityTheme)
        : []),
    ];
  },
};
