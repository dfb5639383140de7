import {
  hasPublishedSchedule,
  holidayName,
  isEstimated,
  isWeekend,
  isWorkingDay,
} from '../../src/plan/calendar';

describe('calendar', () => {
  it('uses the published schedule where chinese-days has it', () => {
    expect(hasPublishedSchedule(2026)).toBe(true);
    expect(holidayName('2026-10-01')).toBe('国庆节');
    expect(holidayName('2026-02-17')).toBe('春节');
    expect(holidayName('2026-03-07')).toBeNull(); // an ordinary Saturday
    expect(isWorkingDay('2026-03-07')).toBe(false);
    expect(isWorkingDay('2026-01-04')).toBe(true); // a 调休 make-up Sunday
    expect(isWeekend('2026-01-04')).toBe(true);
  });

  it('estimates the statutory holidays of a year not yet published', () => {
    expect(isEstimated(2027)).toBe(true);
    expect(holidayName('2027-01-01')).toBe('元旦');
    expect(holidayName('2027-02-06')).toBe('春节'); // lunar new year 2027
    expect(holidayName('2027-05-03')).toBe('劳动节');
    expect(holidayName('2027-10-07')).toBe('国庆节');
    expect(holidayName('2027-10-08')).toBeNull();
    expect(isWorkingDay('2027-10-08')).toBe(true);
    expect(isWorkingDay('2027-03-06')).toBe(false); // Saturday
  });
});
