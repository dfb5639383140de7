import { REQUIRED_SETS, checkRequirements } from '../../../src/workbook/office/requirements';

describe('checkRequirements', () => {
  it('needs ExcelApi 1.9 (page layout is the newest API the adapter calls)', () => {
    expect(REQUIRED_SETS).toEqual([{ name: 'ExcelApi', version: '1.9' }]);
  });

  it('returns null when every set is supported', () => {
    const asked: [string, string | undefined][] = [];
    expect(
      checkRequirements((name, version) => {
        asked.push([name, version]);
        return true;
      }),
    ).toBeNull();
    expect(asked).toEqual([['ExcelApi', '1.9']]);
  });

  it('explains in Chinese and English what is missing', () => {
    expect(checkRequirements(() => false)).toEqual({
      message:
        '此版本的 Excel 不支持本加载项所需的功能（需要 ExcelApi 1.9）。请更新 Office 或使用 Excel 网页版。',
      messageEn:
        'This version of Excel does not support features this add-in needs (ExcelApi 1.9 is required). Please update Office or use Excel on the web.',
    });
  });

  it('asks Office itself when no check is given', () => {
    const g = globalThis as { Office?: unknown };
    g.Office = {
      context: {
        requirements: { isSetSupported: (n: string, v: string) => n === 'ExcelApi' && v === '1.9' },
      },
    };
    try {
      expect(checkRequirements()).toBeNull();
    } finally {
      delete g.Office;
    }
  });
});
