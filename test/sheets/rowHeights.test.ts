import { COLUMNS } from '../../src/sheets/columns';
import { sheetFonts } from '../../src/sheets/fonts';
import {
  displayText,
  estimateLines,
  frozenRows,
  MAX_FROZEN_HEIGHT,
  rowHeight,
  rowHeights,
} from '../../src/sheets/rowHeights';
import type { CellValue, SheetSpec } from '../../src/sheets/spec';

const [month, , content, , plannedDate, hours] = COLUMNS.study;

function studySpec(
  rows: CellValue[][],
  textRows = ['学习要求：每月至少组织一次集中学习。', '全年不少于32学时。'],
) {
  const spec: SheetSpec = {
    name: '2027年学习计划',
    title: 'XX党支部2027年学习计划',
    textRows,
    table: {
      name: 'Study2027',
      columns: COLUMNS.study,
      rows,
      totals: { label: '合计', sumFields: ['hours'] },
    },
    fonts: sheetFonts(),
  };
  return spec;
}

const row = (text: string): CellValue[] => [
  3,
  '主题',
  text,
  '集中学习',
  { date: '2027-03-08' },
  2,
  '张三',
  '未开始',
];

describe('estimateLines', () => {
  it('counts CJK and full-width characters as two units, less a unit of padding per cell', () => {
    expect(estimateLines('一二三四五', 11, 11)).toBe(1);
    expect(estimateLines('一二三四五六', 11, 11)).toBe(2);
    expect(estimateLines('abcdefghij', 11, 11)).toBe(1);
    expect(estimateLines('一\n二', 11, 40)).toBe(2);
  });

  it('scales with the font size; an empty text is one line', () => {
    expect(estimateLines('一二三四五', 22, 11)).toBe(2);
    expect(estimateLines('', 11, 11)).toBe(1);
  });
});

describe('rowHeight', () => {
  it('gives 1.45 lines of the font size plus 6 points, rounded up, at most 409', () => {
    expect(rowHeight(1, 11)).toBe(22);
    expect(rowHeight(2, 11)).toBe(38);
    expect(rowHeight(1.4, 18)).toBe(43);
    expect(rowHeight(100, 11)).toBe(409);
  });
});

describe('displayText', () => {
  it('shows dates as 年月日, months with 月, other values as they are', () => {
    expect(displayText({ date: '2027-03-08' }, plannedDate!)).toBe('2027年3月8日');
    expect(displayText(3, month!)).toBe('3月');
    expect(displayText(3, hours!)).toBe('3');
    expect(displayText('文字', content!)).toBe('文字');
    expect(displayText(null, content!)).toBe('');
  });
});

describe('rowHeights', () => {
  it('sizes the title (at least 1.4 lines) and every text row; rows that do not wrap get none', () => {
    const heights = rowHeights(studySpec([row('短'), row('短')]));
    expect([...heights]).toEqual([
      [1, rowHeight(1.4, 18)],
      [2, rowHeight(1, 12)],
      [3, rowHeight(1, 12)],
    ]);
  });

  it('sizes a header or data row by its most-wrapped cell, by row number', () => {
    // 55 CJK characters: 110 units in the 56-unit 学习内容 column, two lines.
    const spec = studySpec([row('短'), row('一'.repeat(55)), row('一'.repeat(200))], []);
    // 16 CJK characters: 32 units in the 24-unit 学习主题 column, two lines.
    const header = '学习主题'.repeat(4);
    spec.table = {
      ...spec.table,
      columns: spec.table.columns.map((c, j) => (j === 1 ? { ...c, header } : c)),
    };
    expect([...rowHeights(spec)]).toEqual([
      [1, rowHeight(1.4, 18)],
      [2, rowHeight(2, 11)],
      [4, rowHeight(2, 11)],
      [5, rowHeight(estimateLines('一'.repeat(200), 11, 56), 11)],
    ]);
    expect(estimateLines('一'.repeat(200), 11, 56)).toBe(8);
  });

  it('gives a long title and long text rows their wrapped lines across the table', () => {
    const spec = studySpec([], ['一'.repeat(100)]);
    spec.title = '标'.repeat(100);
    // 141 units across the table: 140 usable; at 18 pt 100 CJK characters take 327 units.
    expect([...rowHeights(spec)]).toEqual([
      [1, rowHeight(3, 18)],
      [2, rowHeight(2, 12)],
    ]);
  });
});

describe('frozenRows', () => {
  it('freezes down to the header when the rows above it leave room to scroll', () => {
    expect(frozenRows(studySpec([row('短')]))).toBe(4);
    expect(frozenRows(studySpec([row('短')], []))).toBe(2);
  });

  it('freezes nothing when the title and text rows above the header would take the window', () => {
    // Three paragraphs of 300 CJK characters, each several lines across the table.
    const tall = studySpec([row('短')], ['一'.repeat(300), '二'.repeat(300), '三'.repeat(300)]);
    const heights = rowHeights(tall);
    expect([1, 2, 3, 4].reduce((n, r) => n + (heights.get(r) ?? 15), 0)).toBeGreaterThan(MAX_FROZEN_HEIGHT);
    expect(frozenRows(tall)).toBe(0);
    // One of them still leaves room.
    expect(frozenRows(studySpec([row('短')], ['一'.repeat(300)]))).toBe(3);
  });
});
