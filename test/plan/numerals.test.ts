import {
  chineseNumeral,
  parseChineseNumeral,
  parseWholeNumber,
  toAsciiDigits,
} from '../../src/plan/numerals';

describe('numerals', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['九十九', 99],
  ])('reads %s as %i and writes it back', (text, n) => {
    expect(parseChineseNumeral(text)).toBe(n);
    expect(chineseNumeral(n)).toBe(text);
  });

  it.each(['', '零', '十十', '一二', '百', 'x'])('rejects %j', (text) => {
    expect(parseChineseNumeral(text)).toBeNull();
  });

  it('reads digits, full-width digits and numerals alike', () => {
    expect(toAsciiDigits('１３．')).toBe('13．');
    expect(parseWholeNumber('１２')).toBe(12);
    expect(parseWholeNumber(' 7 ')).toBe(7);
    expect(parseWholeNumber('十一')).toBe(11);
    expect(parseWholeNumber('1a')).toBeNull();
  });
});
