import {
  COLUMNS,
  DATE_FORMAT,
  FALLBACK_DATE_FORMAT,
  columnFormat,
  listFormula,
} from '../../src/sheets/columns';

describe('columnFormat', () => {
  it("is the column's own format, the fallback date format for a date column without one", () => {
    expect(columnFormat(COLUMNS.plan[5]!)).toBe(DATE_FORMAT);
    expect(columnFormat(COLUMNS.plan[1]!)).toBe('@');
    expect(columnFormat(COLUMNS.plan[2]!)).toBeUndefined();
    expect(columnFormat({ ...COLUMNS.plan[5]!, numberFormat: undefined })).toBe(FALLBACK_DATE_FORMAT);
    expect(FALLBACK_DATE_FORMAT).toBe('yyyy-mm-dd');
  });
});

describe('listFormula', () => {
  it('quotes the values, doubling quotes inside them', () => {
    expect(listFormula(['未开始', '进行中'])).toBe('"未开始,进行中"');
    expect(listFormula(['a"b'])).toBe('"a""b"');
  });

  it('refuses a comma inside a value and a list over 255 characters', () => {
    expect(() => listFormula(['甲,乙'])).toThrow(/comma/);
    expect(listFormula(['x'.repeat(255)])).toHaveLength(257);
    expect(() => listFormula(['x'.repeat(256)])).toThrow(/255/);
  });

  it("accepts every column's list", () => {
    for (const c of Object.values(COLUMNS).flat())
      if (c.list) expect(() => listFormula(c.list!.values)).not.toThrow();
  });
});
