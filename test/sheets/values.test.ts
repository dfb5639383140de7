import { parseDate, parseMonth, parseNumber, readDate, serialToIso } from '../../src/sheets/values';

describe('parseMonth', () => {
  it.each([
    [1, 1],
    ['1', 1],
    ['01', 1],
    ['1月', 1],
    ['一月', 1],
    ['十二月份', 12],
    ['１２月', 12],
    [' 3 月 ', 3],
    ['2027-01', 1],
    ['2027年11月', 11],
    ['2027/3', 3],
    ['2027年3月5日', 3],
    [{ date: '2027-04-01' }, 4],
    [46419, 2], // the serial of 2027-02-01: a date that lost its format
    [13, 13], // kept: validation reports a 13th month
    ['13月', 13],
  ] as const)('%j → %d', (v, m) => {
    expect(parseMonth(v)).toBe(m);
  });

  it.each([[null], [''], ['第二个月'], [0], [2.5], ['下半年'], [true]] as const)('%j → null', (v) => {
    expect(parseMonth(v)).toBeNull();
  });
});

describe('readDate', () => {
  it.each([
    [{ date: '2027-03-05' }, '2027-03-05'],
    ['2027-03-05', '2027-03-05'],
    ['2027-3-5', '2027-03-05'],
    ['2027/3/5', '2027-03-05'],
    ['2027.3.5', '2027-03-05'],
    ['2027年3月5日', '2027-03-05'],
    ['2027 年 3 月 5 日', '2027-03-05'],
    ['２０２７年３月５日', '2027-03-05'],
    ['2027年3月5日（星期五）', '2027-03-05'],
    ['2027-03-05 周五', '2027-03-05'],
    ['2027-03-05 00:00:00', '2027-03-05'],
    ['3月5日', '2026-03-05'],
    ['3月5号', '2026-03-05'],
    ['三月五日', '2026-03-05'],
    ['3/5', '2026-03-05'],
    ['3.5', '2026-03-05'],
    ['3.10', '2026-03-10'],
    [3.5, '2026-03-05'],
    [3.15, '2026-03-15'],
    [2.3, '2026-02-03'], // 2月30日 is no date
    [46436, '2027-02-18'],
    [46436.75, '2027-02-18'],
    [null, ''],
    ['  ', ''],
  ] as const)('%j → %s (year-less in 2026)', (v, iso) => {
    expect(readDate(v, 2026)).toEqual({ date: iso });
  });

  it('reports the number 3.1 as ambiguous: 3月1日 or 3月10日 typed as 3.10', () => {
    expect(readDate(3.1, 2027)).toEqual({ error: 'ambiguous', candidates: ['2027-03-01', '2027-03-10'] });
    expect(parseDate(3.1, 2027)).toBeNull();
  });

  it.each([['下旬'], ['2027-02-30'], ['13/5'], [5], [19999], ['6月底'], ['全年'], [true], ['3.5.']] as const)(
    '%j is no date',
    (v) => {
      expect(readDate(v, 2027)).toEqual({ error: 'unreadable' });
    },
  );

  it('reads a date without a year only when given the year', () => {
    expect(parseDate('3月5日')).toBeNull();
    expect(parseDate(3.5)).toBeNull();
    expect(parseDate('2027年3月5日')).toBe('2027-03-05');
  });
});

describe('serialToIso', () => {
  it('counts from 1899-12-30, as Excel does after its 1900-02-29', () => {
    expect(serialToIso(25569)).toBe('1970-01-01');
    expect(serialToIso(46388)).toBe('2027-01-01');
    expect(serialToIso(46752.5)).toBe('2027-12-31');
  });
});

describe('parseNumber', () => {
  it.each([
    [3, 3],
    ['3', 3],
    ['３', 3],
    ['2.5', 2.5],
    ['3学时', 3],
    ['3 个学时', 3],
    ['2课时', 2],
    ['1.5小时', 1.5],
    ['三', 3],
    [' 4 ', 4],
  ] as const)('%j → %d', (v, n) => {
    expect(parseNumber(v)).toBe(n);
  });

  it('gives null when empty and NaN for anything else', () => {
    expect(parseNumber(null)).toBeNull();
    expect(parseNumber(' ')).toBeNull();
    expect(parseNumber('两小时')).toBeNaN();
    expect(parseNumber('3-4')).toBeNaN();
    expect(parseNumber({ date: '2027-01-01' })).toBeNaN();
  });
});
