/** Numbers as Chinese texts write them: full-width digits (`１３`) and Chinese numerals (`十二`). */

/** Full-width digits to ASCII: `１３` → `13`. */
export function toAsciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const CN_DIGIT = '一二三四五六七八九';

/** A Chinese numeral from 一 to 九十九 (`十二`, `二十`); null otherwise. */
export function parseChineseNumeral(s: string): number | null {
  const t = s.trim();
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(t);
  if (!m || t === '') return null;
  const digit = (c: string | undefined) => (c ? CN_DIGIT.indexOf(c) + 1 : 0);
  if (!m[2]) return m[1] && !m[3] ? digit(m[1]) : null;
  return (m[1] ? digit(m[1]) : 1) * 10 + digit(m[3]);
}

/** 1–99 as a Chinese numeral: 3 → 三, 12 → 十二, 20 → 二十. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const d = (k: number) => CN_DIGIT[k - 1] ?? '';
  if (tens === 0) return d(ones);
  return `${tens === 1 ? '' : d(tens)}十${ones ? d(ones) : ''}`;
}

/** A whole number written in digits (ASCII or full-width) or as a Chinese numeral; null otherwise. */
export function parseWholeNumber(s: string): number | null {
  const t = toAsciiDigits(s.trim());
  if (/^\d+$/.test(t)) return Number(t);
  return parseChineseNumeral(t);
}
