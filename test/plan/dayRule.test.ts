import {
  formatDayRule,
  nominalDate,
  parseDayRule,
  ruleFromSentence,
  ruleSentence,
  themeDayDate,
} from '../../src/plan/dayRule';
import { holidayName, isWorkingDay } from '../../src/plan/calendar';

describe('parseDayRule', () => {
  it.each([
    ['每月第一个星期五', { kind: 'weekday', nth: 1, weekday: 5 }],
    ['每月第2个周三', { kind: 'weekday', nth: 2, weekday: 3 }],
    ['每月第三个星期日', { kind: 'weekday', nth: 3, weekday: 0 }],
    ['每月最后一个星期四', { kind: 'weekday', nth: 'last', weekday: 4 }],
    ['每月20日', { kind: 'dayOfMonth', day: 20 }],
    ['每月１５号', { kind: 'dayOfMonth', day: 15 }],
    ['每月二十日', { kind: 'dayOfMonth', day: 20 }],
  ])('%s', (text, rule) => {
    expect(parseDayRule(text)).toEqual(rule);
  });

  it.each(['每周五', '每月第六个星期五', '每月32日', '随时', ''])('rejects %s', (text) => {
    expect(parseDayRule(text)).toBeNull();
  });

  it('writes a rule back the canonical way', () => {
    expect(formatDayRule(parseDayRule('每月第1个周五')!)).toBe('每月第一个星期五');
    expect(formatDayRule(parseDayRule('每月最后一个周一')!)).toBe('每月最后一个星期一');
    expect(formatDayRule(parseDayRule('每月8号')!)).toBe('每月8日');
  });

  it('round-trips the rule sentence on the sheet', () => {
    expect(ruleFromSentence(ruleSentence('每月20日'))).toBe('每月20日');
    expect(ruleFromSentence('别的文字')).toBeNull();
  });
});

describe('themeDayDate', () => {
  const firstFriday = parseDayRule('每月第一个星期五')!;

  it('gives the nominal day when it is a working day', () => {
    expect(themeDayDate(firstFriday, 2026, 3)).toBe('2026-03-06');
  });

  it('moves a day on the National Day holiday to the next working day (published 2026 schedule)', () => {
    expect(nominalDate(firstFriday, 2026, 10)).toBe('2026-10-02');
    expect(themeDayDate(firstFriday, 2026, 10)).toBe('2026-10-08'); // 1–7 Oct off, Thursday 8th works
  });

  it('moves 1 January 2027 (元旦, estimated schedule) to the next working day', () => {
    expect(nominalDate(firstFriday, 2027, 1)).toBe('2027-01-01');
    expect(themeDayDate(firstFriday, 2027, 1)).toBe('2027-01-04');
  });

  it('moves a day of the month off the weekend', () => {
    // 2026-06-20 is a Saturday.
    expect(themeDayDate({ kind: 'dayOfMonth', day: 20 }, 2026, 6)).toBe('2026-06-22');
  });

  it('stays in its month, moving back when no working day is left', () => {
    // 2027-10-31 is a Sunday: no working day after it in October.
    expect(themeDayDate({ kind: 'dayOfMonth', day: 31 }, 2027, 10)).toBe('2027-10-29');
    // 31 in a 30-day month is the last day.
    expect(themeDayDate({ kind: 'dayOfMonth', day: 31 }, 2027, 9)).toBe('2027-09-30');
  });

  it('never lands on a holiday or a weekend, for every month of several years and rules', () => {
    const rules = ['每月第一个星期五', '每月第二个星期一', '每月最后一个星期三', '每月1日', '每月20日'].map(
      (r) => parseDayRule(r)!,
    );
    for (const year of [2024, 2025, 2026, 2027]) {
      for (const rule of rules) {
        for (let month = 1; month <= 12; month++) {
          const d = themeDayDate(rule, year, month);
          expect(Number(d.slice(5, 7))).toBe(month);
          expect(isWorkingDay(d)).toBe(true);
          expect(holidayName(d)).toBeNull();
        }
      }
    }
  });
});
