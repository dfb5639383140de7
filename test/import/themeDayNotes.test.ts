/**
 * A theme-day plan's own paragraphs (指导思想, 活动要求 …) are kept in the theme-day sheet's text rows
 * under the fixed-day rule: imported, written, read back and carried to a new year.
 */
import { importPlanText } from '../../src/plan/import';
import { changeYear } from '../../src/plan/yearChange';
import { layoutYear } from '../../src/sheets/layout';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { readYearFrom } from '../../src/workbook/years';

const TEXT = [
  '机关第三党支部2026年主题党日活动方案',
  '一、指导思想',
  '以党的创新理论为指导，推动主题党日活动常态化开展。',
  '二、活动要求',
  '固定每月15日作为主题党日，每次活动不少于一小时，遇法定节假日顺延。',
  '三、活动安排',
  '1月：重温入党誓词。',
  '2月：走访慰问困难党员。',
].join('\n');

describe('theme-day notes', () => {
  const { model, issues, kinds } = importPlanText(TEXT);

  it('keeps the paragraphs and their headings beside the months, and reads the rule from them', () => {
    expect(kinds).toEqual(['themeDays']);
    expect(model.themeDays.rule).toBe('每月15日');
    expect(model.themeDays.notes).toEqual([
      '一、指导思想',
      '以党的创新理论为指导，推动主题党日活动常态化开展。',
      '二、活动要求',
      '固定每月15日作为主题党日，每次活动不少于一小时，遇法定节假日顺延。',
    ]);
    expect(model.themeDays.activities.map((a) => a.month)).toEqual([1, 2]);
    expect(issues.filter((i) => i.rule === 'import-unplaced')).toEqual([]);
  });

  it('writes them under the rule and reads them back', async () => {
    const wb = XlsxWorkbook.create();
    await wb.writeSheets(layoutYear(model).specs.filter((s) => s.name.endsWith('主题党日')));
    const back = await readYearFrom(await XlsxWorkbook.fromBuffer(await wb.toBuffer()), 2026);
    expect(back.model.themeDays.rule).toBe('每月15日');
    expect(back.model.themeDays.notes).toEqual(model.themeDays.notes);
  });

  it('carries them to a new year with its year references', () => {
    const next = changeYear(
      { ...model, themeDays: { ...model.themeDays, notes: ['2026年全年开展12次。'] } },
      2027,
    );
    expect(next.themeDays.notes).toEqual(['2027年全年开展12次。']);
  });
});

describe('a plan for one month', () => {
  it('takes a notice of one theme day as that month, its headings naming the fields', () => {
    const { model, kinds } = importPlanText(
      [
        '关于开展2025年3月主题党日活动的通知',
        '各党支部：',
        '现就开展3月主题党日活动通知如下。',
        '一、活动时间',
        '2025年3月',
        '二、活动主题',
        '学雷锋见行动',
        '三、活动内容',
        '（一）学习重点',
        '学习全国两会精神。',
        '（二）志愿服务',
        '到社区开展志愿服务。',
        '四、参加对象',
        '全体党员',
      ].join('\n'),
    );
    expect(kinds).toEqual(['themeDays']);
    expect(model.year).toBe(2025);
    expect(model.branch).toBe('');
    expect(model.themeDays.notes).toEqual(['各党支部：', '现就开展3月主题党日活动通知如下。']);
    expect(model.themeDays.activities).toEqual([
      expect.objectContaining({
        month: 3,
        theme: '学雷锋见行动',
        content: '（一）学习重点\n学习全国两会精神。\n（二）志愿服务\n到社区开展志愿服务。',
        attendees: '全体党员',
        note: '时间：2025年3月',
      }),
    ]);
  });
});
