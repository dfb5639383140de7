/** A theme day falls on a working day: not a weekend (a 调休 make-up working day is fine), not a holiday. */
import { getDay } from 'date-fns';
import { holidayName, isEstimated, isWeekend, isWorkingDay } from '../../plan/calendar';
import type { Issue } from '../../plan/issue';
import { cellOf } from '../../sheets/map';
import { holds, issueAt, type Rule } from '../rule';
import { isoParts, zhDate } from '../text';

const meta = {
  id: 'theme-day-holiday',
  severity: 'warning',
  docs: '主题党日应安排在工作日，不宜在周末或法定节假日',
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
      let what: string;
      let whatEn: string;
      if (holiday) {
        what = `${holiday}假期`;
        whatEn = `in the ${holiday} holiday`;
      } else if (isWeekend(a.date)) {
        what = WEEKDAY_ZH[dow]!;
        whatEn = `a ${WEEKDAY_EN[dow]!}`;
      } else {
        what = '休息日';
        whatEn = 'a day off';
      }
      issues.push(
        issueAt(
          meta,
          at,
          `主题党日 ${zhDate(a.date)} 是${what}，建议改到工作日${note}`,
          `The theme day ${a.date} is ${whatEn}; consider moving it to a working day${noteEn}.`,
        ),
      );
    });
    return issues;
  },
};
