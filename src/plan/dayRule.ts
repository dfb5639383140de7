/**
 * The fixed theme-day rule (`每月第一个星期五`, `每月最后一个星期三`, `每月20日`) and the date it gives in
 * a month: the rule's day, moved to the next working day when it is a weekend or a public holiday, or
 * to the previous working day when no working day is left in that month.
 */
import { addDays, format, getDaysInMonth } from 'date-fns';
import { isWorkingDay } from './calendar';
import { parseWholeNumber, toAsciiDigits } from './numerals';
import type { IsoDate } from './model';

export type DayRule =
  { kind: 'weekday'; nth: number | 'last'; weekday: number } | { kind: 'dayOfMonth'; day: number };

export const DEFAULT_RULE_TEXT = '每月第一个星期五';

const WEEKDAYS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 0, 天: 0, '7': 0 };
const WEEKDAY_NAMES = ['日', '一', '二', '三', '四', '五', '六'];
const NTH_NAMES = ['', '一', '二', '三', '四'];

/** Parse a rule as users write it; null when it is not one we understand. */
export function parseDayRule(text: string): DayRule | null {
  const t = toAsciiDigits(text.replace(/\s+/g, ''));
  let m = /^每月(?:的)?第([0-9一二三四五])个?(?:星期|周|礼拜)([一二三四五六日天1-7])$/.exec(t);
  if (m) {
    const nth = parseWholeNumber(m[1]!);
    const weekday = WEEKDAYS[m[2]!] ?? Number(m[2]);
    if (nth && nth >= 1 && nth <= 5) return { kind: 'weekday', nth, weekday };
    return null;
  }
  m = /^每月(?:的)?最后一个?(?:星期|周|礼拜)([一二三四五六日天1-7])$/.exec(t);
  if (m) return { kind: 'weekday', nth: 'last', weekday: WEEKDAYS[m[1]!] ?? Number(m[1]) };
  m = /^每月(?:的)?([0-9]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]$/.exec(t);
  if (m) {
    const day = parseWholeNumber(m[1]!);
    if (day && day >= 1 && day <= 31) return { kind: 'dayOfMonth', day };
  }
  return null;
}

/** The rule written the canonical way, e.g. `每月第一个星期五`. */
export function formatDayRule(rule: DayRule): string {
  if (rule.kind === 'dayOfMonth') return `每月${rule.day}日`;
  const nth = rule.nth === 'last' ? '最后一' : `第${NTH_NAMES[rule.nth] ?? rule.nth}`;
  return `每月${nth}个星期${WEEKDAY_NAMES[rule.weekday]}`;
}

function iso(d: Date): IsoDate {
  return format(d, 'yyyy-MM-dd');
}

/** The day the rule names in that month (1-based month), before any holiday move. */
export function nominalDate(rule: DayRule, year: number, month: number): IsoDate {
  const days = getDaysInMonth(new Date(year, month - 1, 1));
  if (rule.kind === 'dayOfMonth') return iso(new Date(year, month - 1, Math.min(rule.day, days)));
  const matching: number[] = [];
  for (let d = 1; d <= days; d++)
    if (new Date(year, month - 1, d).getDay() === rule.weekday) matching.push(d);
  const day =
    rule.nth === 'last'
      ? matching[matching.length - 1]!
      : (matching[rule.nth - 1] ?? matching[matching.length - 1]!);
  return iso(new Date(year, month - 1, day));
}

/** The theme day of that month: the nominal day moved off weekends and public holidays. */
export function themeDayDate(rule: DayRule, year: number, month: number): IsoDate {
  const nominal = new Date(`${nominalDate(rule, year, month)}T00:00:00`);
  for (let d = nominal; d.getMonth() === month - 1; d = addDays(d, 1))
    if (isWorkingDay(iso(d))) return iso(d);
  for (let d = addDays(nominal, -1); d.getMonth() === month - 1; d = addDays(d, -1))
    if (isWorkingDay(iso(d))) return iso(d);
  return iso(nominal);
}

/** The rule as a sentence for the theme-day sheet, and back. */
export function ruleSentence(ruleText: string): string {
  return `固定活动日：${ruleText}（遇周末或法定节假日顺延至下一个工作日）`;
}

export function ruleFromSentence(text: string): string | null {
  const m = /^固定活动日[:：]\s*(.+?)\s*(?:（.*）)?$/.exec(text.trim());
  return m ? m[1]! : null;
}
