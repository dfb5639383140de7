/** Values inside plan text: dates of an entry, 学时, and the fixed theme day stated in prose. */
import { format, isValid } from 'date-fns';
import { formatDayRule, parseDayRule } from '../dayRule';
import { parseWholeNumber, toAsciiDigits } from '../numerals';
import type { IsoDate } from '../model';

const NUM = '([0-9]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])';

/**
 * A date as entries write it, in the plan's year: `3月15日`, `2025年3月15日`, `2025.3.15`,
 * `2025-03-15`, `3.15`; null for anything else (`3月上旬`, `每月`).
 */
export function parseEntryDate(text: string, year: number): IsoDate | null {
  const t = toAsciiDigits(text.trim()).replace(/\s+/g, '');
  let m = new RegExp(`^(?:(\\d{4})年)?${NUM}月${NUM}[日号]?(?:[（(].*[)）])?(?:星期.|周.)?$`).exec(t);
  let y = year;
  let mo: number | null;
  let d: number | null;
  if (m) {
    if (m[1]) y = Number(m[1]);
    mo = parseWholeNumber(m[2]!);
    d = parseWholeNumber(m[3]!);
  } else {
    m = /^(?:(\d{4})[.\-/])?(\d{1,2})[.\-/](\d{1,2})$/.exec(t);
    if (!m) return null;
    if (m[1]) y = Number(m[1]);
    mo = Number(m[2]);
    d = Number(m[3]);
  }
  if (!mo || !d || mo > 12 || d > 31) return null;
  const date = new Date(y, mo - 1, d);
  if (!isValid(date) || date.getMonth() !== mo - 1) return null;
  return format(date, 'yyyy-MM-dd');
}

/** `（3学时）`, `3学时`, `学时：3` in an entry: the hours and the text without them. */
export function takeHours(text: string): { hours: number | null; rest: string } {
  const m =
    /[（(]\s*([0-9０-９]+(?:\.[0-9]+)?)\s*(?:个)?(?:学时|课时|學時|課時)\s*[)）]|([0-9０-９]+(?:\.[0-9]+)?)\s*(?:个|個)?(?:学时|课时|學時|課時)/.exec(
      text,
    );
  if (!m) return { hours: null, rest: text };
  const hours = Number(toAsciiDigits(m[1] ?? m[2]!));
  const rest = (text.slice(0, m.index) + text.slice(m.index + m[0].length)).replace(/\s{2,}/g, ' ').trim();
  return { hours, rest: rest.replace(/^[，,；;。]|[，,；;]$/g, '').trim() };
}

/** A number of hours written alone in a cell: `3`, `３`, `3学时`, `三`. */
export function parseHours(text: string): number | null {
  const t = toAsciiDigits(text.trim()).replace(/\s*(?:个)?(?:学时|课时|小时)$/, '');
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t);
  return parseWholeNumber(t);
}

const WEEKDAY = '(?:星期|周|礼拜)([一二三四五六日天1-7])';
const PROSE_RULES: { re: RegExp; rule: (m: RegExpExecArray) => string }[] = [
  {
    re: new RegExp(`每月(?:固定)?(?:的)?第([一二三四1-4])个?${WEEKDAY}`),
    rule: (m) => `每月第${m[1]}个星期${m[2]}`,
  },
  // 每月第一周的周五: the Friday of the month's first week, taken as its first Friday.
  {
    re: new RegExp(`每月(?:固定)?(?:的)?第([一二三四1-4])(?:周|个星期|星期)的?${WEEKDAY}`),
    rule: (m) => `每月第${m[1]}个星期${m[2]}`,
  },
  { re: new RegExp(`每月(?:固定)?(?:的)?最后一(?:个)?${WEEKDAY}`), rule: (m) => `每月最后一个星期${m[1]}` },
  // Not `“每月四日”`, a name in quotes (four kinds of day), but `每月15日` and `每月二十日为…`.
  {
    re: new RegExp(`(?<![“‘"'「])每月(?:固定)?(?:的)?${NUM}[日号](?![”’"'」])`),
    rule: (m) => `每月${m[1]}日`,
  },
];

/** The fixed theme day a sentence states (`每月20日为主题党日`), in the rule's canonical form. */
export function ruleInProse(text: string): string | null {
  const t = toAsciiDigits(text).replace(/\s+/g, '');
  if (!/每月/.test(t)) return null;
  for (const { re, rule } of PROSE_RULES) {
    const m = re.exec(t);
    if (!m) continue;
    const parsed = parseDayRule(rule(m));
    if (parsed) return formatDayRule(parsed);
  }
  return null;
}
