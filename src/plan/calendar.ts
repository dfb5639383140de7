/**
 * Chinese public holidays and working days. chinese-days holds the State Council's published schedule
 * (with 调休 make-up days); for a year it does not know yet, the statutory holidays are estimated from
 * the lunar calendar and the usual arrangement, and `isEstimated` says so.
 */
import chineseDays from 'chinese-days';
import { addDays, format, getDay, parseISO } from 'date-fns';
import type { IsoDate } from './model';

const { isWorkday, getHolidaysInRange, getDayDetail, getSolarDateFromLunar, getSolarTermDate } = chineseDays;

const known = new Map<number, boolean>();

/** Whether chinese-days has the published holiday schedule of this year. */
/** Years the lunar calendar of chinese-days covers; outside them only weekends are known. */
function inCalendarRange(year: number): boolean {
  return year >= 1901 && year <= 2099;
}

export function hasPublishedSchedule(year: number): boolean {
  if (!inCalendarRange(year)) return false;
  let v = known.get(year);
  if (v === undefined) {
    v = getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0;
    known.set(year, v);
  }
  return v;
}

const estimates = new Map<number, Map<IsoDate, string>>();

function span(start: IsoDate, days: number, name: string, into: Map<IsoDate, string>): void {
  for (let i = 0; i < days; i++) into.set(format(addDays(parseISO(start), i), 'yyyy-MM-dd'), name);
}

/** Statutory holidays of a year without a published schedule, in their usual arrangement. */
function estimatedHolidays(year: number): Map<IsoDate, string> {
  let m = estimates.get(year);
  if (m) return m;
  m = new Map();
  if (!inCalendarRange(year)) return m;
  span(`${year}-01-01`, 1, '元旦', m);
  const newYear = getSolarDateFromLunar(`${year}-01-01`).date;
  span(format(addDays(parseISO(newYear), -1), 'yyyy-MM-dd'), 8, '春节', m);
  span(getSolarTermDate(year, 4, 'pure_brightness'), 1, '清明节', m);
  span(`${year}-05-01`, 5, '劳动节', m);
  span(getSolarDateFromLunar(`${year}-05-05`).date, 1, '端午节', m);
  span(getSolarDateFromLunar(`${year}-08-15`).date, 1, '中秋节', m);
  span(`${year}-10-01`, 7, '国庆节', m);
  estimates.set(year, m);
  return m;
}

export function isEstimated(year: number): boolean {
  return !hasPublishedSchedule(year);
}

/** The holiday's name when the date is a public holiday, else null. Weekends are not holidays. */
export function holidayName(date: IsoDate): string | null {
  const year = Number(date.slice(0, 4));
  if (!hasPublishedSchedule(year)) return estimatedHolidays(year).get(date) ?? null;
  if (isWorkday(date)) return null;
  const detail = getDayDetail(date);
  const name = detail.name.split(',')[1] ?? detail.name;
  const dow = getDay(parseISO(date));
  // chinese-days names ordinary weekends by their English weekday; those are not holidays.
  if ((dow === 0 || dow === 6) && /day$/.test(name)) return null;
  return name;
}

/** Whether people work on that day: a weekday that is no holiday, or a 调休 make-up Saturday/Sunday. */
export function isWorkingDay(date: IsoDate): boolean {
  const year = Number(date.slice(0, 4));
  if (hasPublishedSchedule(year)) return isWorkday(date);
  const dow = getDay(parseISO(date));
  return dow !== 0 && dow !== 6 && !estimatedHolidays(year).has(date);
}

export function isWeekend(date: IsoDate): boolean {
  const dow = getDay(parseISO(date));
  return dow === 0 || dow === 6;
}
