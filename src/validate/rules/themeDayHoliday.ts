/** A theme day falls on a working day: not a weekend (a 调休 make-up working day is fine), not a holiday. */
import { getDay } from 'date-fns';
import { holidayName, isEstimated, isWeekend, isWorkingDay } from '../../plan/calendar';
import type { Issue } from '../../plan/issue';
import { cellOf } from '../../sheets/map';
import { defineMessages } from '../../plan/messages';
import { holds, report, type Rule } from '../rule';
import { isoParts, zhDate } from '../text';

const ID = 'theme-day-holiday';

// `note` / `noteEn` say that the year's holidays are estimated, or are ''.
const MESSAGES = defineMessages(ID, {
  holiday: {
    zh: '主题党日 {{date}} 是{{holiday}}假期，建议改到工作日{{note}}',
    en: 'The theme day {{dateEn}} is in the {{holiday}} holiday; consider moving it to a working day{{noteEn}}.',
  },
  weekend: {
    zh: '主题党日 {{date}} 是{{weekday}}，建议改到工作日{{note}}',
    en: 'The theme day {{dateEn}} is a {{weekdayEn}}; consider moving it to a working day{{noteEn}}.',
  },
  dayOff: {
    zh: '主题党日 {{date}} 是休息日，建议改到工作日{{note}}',
    en: 'The theme day {{dateEn}} is a day off; consider moving it to a working day{{noteEn}}.',
  },
});

const meta = {
  id: ID,
  severity: 'warning',
  docs: '主题党日应安排在工作日，不宜在周末或法定节假日',
  docsEn: 'A theme day should fall on a working day, not a weekend or a public holiday',
  messages: MESSAGES,
} as const;

const WEEKDAY_ZH = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const WEEKDAY_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export const themeDayHoliday: Rule = {
  meta,
  check(ctx) {
    if (!holds(ctx, 'themeDays')) return [];
    const { model, maps } = ctx;
    const issues: Issue[] = [];
    const map = maps.themeDays;
    model.themeDays.activities.forEach((a, i) => {
      const p = isoParts(a.date);
      if (!p || isWorkingDay(a.date)) return;
      const estimated = isEstimated(p.year);
      const note = estimated ? `（${p.year}年放假安排尚未公布，此处按法定节假日估算）` : '';
      const noteEn = estimated
        ? ` (the ${p.year} holiday schedule is not yet published; checked against the statutory holidays)`
        : '';
      const at = { sheet: map.sheet, cell: cellOf(map, i, 'date') };
      const holiday = holidayName(a.date);
      const dow = getDay(new Date(p.year, p.month - 1, p.day));
      const data = { date: zhDate(a.date), dateEn: a.date, note, noteEn };
      if (holiday) issues.push(report(meta, MESSAGES.holiday, at, { ...data, holiday }));
      else if (isWeekend(a.date))
        issues.push(
          report(meta, MESSAGES.weekend, at, {
            ...data,
            weekday: WEEKDAY_ZH[dow]!,
            weekdayEn: WEEKDAY_EN[dow]!,
          }),
        );
      else issues.push(report(meta, MESSAGES.dayOff, at, data));
    });
    return issues;
  },
};
