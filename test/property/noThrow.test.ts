/**
 * Errors users can cause are issues, never exceptions: arbitrary sheet grids through readYear and
 * validateYear, and arbitrary strings through importPlanText, never throw, and every issue says where
 * it is (a sheet and an A1 cell, or a `第N行` line of the text).
 */
import fc from 'fast-check';
import { importPlanText } from '../../src/plan/import';
import type { Issue } from '../../src/plan/issue';
import { COLUMNS, HEADER_ALIASES, sheetName, SHEET_KINDS, type SheetKind } from '../../src/sheets/columns';
import { readYear } from '../../src/sheets/read';
import { type CellValue, type SheetGrid } from '../../src/sheets/spec';
import { validateYear } from '../../src/validate';
import { propertyOptions } from './options';
import { CJK, PUNCTUATION } from './textArbitraries';

const ALL_HEADERS = SHEET_KINDS.flatMap((k) => COLUMNS[k].map((c) => c.header));
const ALIASES = SHEET_KINDS.flatMap((k) => Object.values(HEADER_ALIASES[k] ?? {}).flat());

/** Strings a plan sheet holds, or nearly: headers, sections, months, dates, totals, notes. */
const TYPICAL = [
  ...ALL_HEADERS,
  ...ALIASES,
  '一、政治建设',
  '十二、',
  '二.',
  '3月',
  '十三月',
  '0月',
  '2027年3月',
  '2027-03-05',
  '2027/2/30',
  '3.5',
  '3月5日',
  '星期五',
  '2027年3月5日（星期五）',
  '合计',
  '总计',
  '制表人：张三',
  '固定活动日：每月第一个星期五（遇周末顺延）',
  '固定活动日：',
  '学习要求：',
  '党支部2027年工作计划',
  '未开始',
  '已完成',
  '=SUM(F4:F15)',
  '2学时',
  '三课时',
  '',
  ' ',
  '\n',
];

const text = fc.oneof(
  { arbitrary: fc.constantFrom(...TYPICAL), weight: 4 },
  {
    arbitrary: fc.string({ unit: fc.constantFrom(...Array.from(CJK + PUNCTUATION + '0123456789 \n')) }),
    weight: 2,
  },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 8 }), weight: 1 },
);

const number = fc.oneof(
  fc.integer({ min: -5, max: 40 }),
  fc.integer({ min: 19000, max: 81000 }),
  fc.double(),
  fc.constantFrom(3.1, 3.10001, 12.31, 2.3, 0.5, -0, NaN, Infinity, -Infinity, 1e300),
);

const isoish = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
    )
    .map(
      ([y, m, d]) =>
        `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    ),
  fc.constantFrom('2027-02-30', '2027-13-01', '', 'not a date', '2027-3-5'),
);

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 4 },
  { arbitrary: text, weight: 6 },
  { arbitrary: number, weight: 3 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: isoish.map((date) => ({ date })), weight: 2 },
);

/** A header row: a sheet's own headers with some of any sheet's, shuffled, after a few empty cells. */
const headerRow: fc.Arbitrary<CellValue[]> = fc
  .constantFrom(...SHEET_KINDS)
  .chain((kind) =>
    fc
      .tuple(
        fc.integer({ min: 0, max: 3 }),
        fc.shuffledSubarray([...COLUMNS[kind].map((c) => c.header), ...ALL_HEADERS], { maxLength: 14 }),
      )
      .map(([lead, headers]) => [...Array.from({ length: lead }, () => null), ...headers]),
  );

const row = fc.oneof(
  { arbitrary: fc.array(cell, { maxLength: 12 }), weight: 5 },
  { arbitrary: headerRow, weight: 1 },
);

const range = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('A', 'B', 'C', 'H', 'J', 'Z', 'AA'),
      fc.integer({ min: 0, max: 40 }),
      fc.constantFrom('A', 'B', 'H', 'J', 'K', 'ZZ'),
      fc.integer({ min: 0, max: 60 }),
    )
    .map(([a, r1, b, r2]) => `${a}${r1}:${b}${r2}`),
  fc.constantFrom('', 'A1', 'garbage', '$A$3:$H$9', 'a3:h9', 'A3:H1048576'),
);

function grid(kind: SheetKind, year: number): fc.Arbitrary<SheetGrid> {
  return fc.record({
    // Excel has no sheet without a name.
    name: fc.oneof(
      fc.constant(sheetName(kind, year)),
      text.filter((n) => n !== ''),
    ),
    values: fc.array(row, { maxLength: 30 }),
    tables: fc.array(fc.record({ name: fc.string({ maxLength: 8 }), range }), { maxLength: 2 }),
  });
}

const year = fc.oneof(fc.integer({ min: 1921, max: 2100 }), fc.integer({ min: 0, max: 9999 }));

const grids = year.chain((y) =>
  fc.record({
    year: fc.constant(y),
    plan: fc.option(grid('plan', y), { freq: 5, nil: undefined }),
    study: fc.option(grid('study', y), { freq: 5, nil: undefined }),
    themeDays: fc.option(grid('themeDays', y), { freq: 5, nil: undefined }),
  }),
);

const A1 = /^[A-Z]+[1-9][0-9]*$/;

function expectLocated(issues: readonly Issue[], cellPattern: RegExp) {
  for (const i of issues) {
    expect(typeof i.rule === 'string' && i.rule !== '').toBe(true);
    expect(['error', 'warning']).toContain(i.severity);
    expect(typeof i.sheet === 'string' && i.sheet !== '').toBe(true);
    expect(i.cell).toMatch(cellPattern);
    expect(typeof i.message === 'string' && i.message !== '').toBe(true);
  }
}

describe('no reader, validator or importer throws', () => {
  it('readYear and validateYear take any grid and locate every issue at a sheet and cell', () => {
    fc.assert(
      fc.property(grids, ({ year: y, plan, study, themeDays }) => {
        const read = readYear(y, { plan, study, themeDays });
        expectLocated(read.issues, A1);
        expectLocated(validateYear(read.model, read.maps), A1);
      }),
      propertyOptions(),
    );
  });

  // Found by the property above with other seeds: a date in the years 13–998 (typed as text such as
  // `0100-01-01`, or the number 2.3 on a sheet of the year 100) makes the theme-day-holiday rule throw
  // a RangeError in src/plan/calendar.ts (estimatedHolidays). Kept as a fixed case until that is fixed.
  it.each([
    ['a typed date in the year 100', 2027, { date: '0100-01-01' }],
    ['a date in the year 998', 2027, '0998-06-01'],
    ['the number 2.3 on a sheet of the year 100', 100, 2.3],
  ])('validateYear does not throw on %s in 活动日期', (_name, y, value) => {
    const themeDays: SheetGrid = {
      name: sheetName('themeDays', y),
      values: [
        ['月份', '活动日期', '活动主题'],
        [2, value as CellValue, '主题'],
      ],
      tables: [],
    };
    const read = readYear(y, { themeDays });
    expectLocated(validateYear(read.model, read.maps), A1);
  });

  it('importPlanText takes any string and locates every issue at a line', () => {
    const line = fc.oneof(
      fc.constantFrom(
        '党支部2027年工作计划',
        '一、章节',
        '1.标题。内容',
        '１２．全角',
        '附件：1.学习计划',
        '附件1：',
        '附件2',
        '附件3：其他',
        '一、学习要求',
        '二、学习任务',
        '13月：内容',
        '十二月：',
        '0月：',
        '活动安排',
        '',
        '   ',
        '\uFEFF',
      ),
      fc.string({ unit: fc.constantFrom(...Array.from(CJK + PUNCTUATION + '0123456789 ')), maxLength: 20 }),
      fc.string({ unit: 'binary', maxLength: 20 }),
    );
    const text = fc.oneof(
      fc
        .tuple(fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\r'))
        .map(([lines, eol]) => lines.join(eol)),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme' }),
    );
    fc.assert(
      fc.property(text, fc.option(fc.integer({ min: 1921, max: 2100 }), { nil: undefined }), (t, y) => {
        const { model, issues } = importPlanText(t, { year: y });
        expectLocated(issues, /^第[1-9][0-9]*行$/);
        expect(Number.isInteger(model.year)).toBe(true);
      }),
      propertyOptions(),
    );
  });
});
