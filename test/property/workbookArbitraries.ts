/**
 * Arbitrary year plans as a workbook holds them, for read(write(layout(model))) = model.
 *
 * Texts mix CJK, full-width digits and punctuation, spaces, line breaks, and starts that look like
 * formulas or other values (`=`, `+`, `-`, `@`, `1`, `TRUE`, `#N/A`, `2027-01-01`): all must come back
 * as the same text. What the arbitraries leave out, and why (each is how the sheets are read by design):
 * - Control characters and literal `_xHHHH_` escapes: only with `{ controls: true }`, in a property of
 *   their own (their escaping in the xlsx writer is a separate piece of work).
 * - Titles, preamble paragraphs and 学习要求 paragraphs have a non-blank character: a row above the
 *   table with only spaces is no text row. The branch is what the plan title gives (`parsePlanTitle`).
 * - Section titles and item numbers are trimmed (the reader trims them); numerals are 一…十二; two
 *   sections in a row do not have the same `一、标题` label (rows of one label are one section).
 * - An item has at least one non-empty field (a row with only its 部分 is the section, no item).
 * - A plan deadline is empty, a date in the year, or free text that is no date (`全年`, `6月底`, CJK
 *   without digits or numerals): the reader turns a typed date (`3月5日`, `2027/3/5`) into a date.
 * - Study dates and theme-day dates are real dates in the year, or empty; hours are null or a finite
 *   number ≥ 0 (no -0); months are 1–12.
 * - The theme-day rule is a known rule or one line of text without `（` and without outer spaces: the
 *   sheet holds it inside the sentence `固定活动日：{rule}（…）`.
 */
import fc from 'fast-check';
import { parsePlanTitle, planTitle } from '../../src/plan/titles';
import type { PlanItem, PlanSection, StudyMonth, ThemeDay, YearPlan } from '../../src/plan/model';
import { CJK, FULLWIDTH_DIGITS, NUMERALS, PUNCTUATION } from './textArbitraries';

const chars = (s: string) => fc.constantFrom(...Array.from(s));

/** Control characters XML cannot hold as they are, and texts that look like xlsx escapes. */
export const CONTROLS = [
  ...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)),
  '\u007f',
  '\ufffe',
  '\uffff',
  '_x0041_',
  '_x000D_',
  '_x005F_',
];

function unit(controls: boolean): fc.Arbitrary<string> {
  const base: fc.WeightedArbitrary<string>[] = [
    { arbitrary: chars(CJK), weight: 10 },
    { arbitrary: chars(PUNCTUATION + '=+-@#$%&*/<>"\'&'), weight: 3 },
    { arbitrary: chars(FULLWIDTH_DIGITS + '0123456789'), weight: 2 },
    { arbitrary: fc.constantFrom(' ', '\u3000', '\n', '\u00a0'), weight: 2 },
  ];
  if (controls) base.push({ arbitrary: fc.constantFrom(...CONTROLS), weight: 3 });
  return fc.oneof(...base);
}

/** Starts of cell texts that a spreadsheet might take for something other than text. */
const LOOKALIKES = [
  '=',
  '+',
  '-',
  '@',
  '=SUM(A1:A2)',
  '=1+1',
  '-1',
  '+86 ',
  '@A1',
  '1',
  '0012',
  '1.50',
  '１２',
  'TRUE',
  '#N/A',
  '2027-01-01',
  '3月5日',
  ' ',
  '\n',
];

export interface TextOptions {
  controls?: boolean;
  maxLength?: number;
}

/** Any cell text (possibly empty, possibly only spaces). */
export function cellText(options: TextOptions = {}): fc.Arbitrary<string> {
  const plain = fc.string({ unit: unit(options.controls ?? false), maxLength: options.maxLength ?? 10 });
  return fc.oneof(
    { arbitrary: plain, weight: 4 },
    { arbitrary: fc.tuple(fc.constantFrom(...LOOKALIKES), plain).map(([a, b]) => a + b), weight: 1 },
  );
}

const nonBlank = (o: TextOptions) => cellText(o).filter((s) => s.trim() !== '');
const trimmed = (o: TextOptions) => cellText(o).map((s) => s.trim());

function isoDate(year: number, dayOfYear: number): string {
  const d = new Date(Date.UTC(year, 0, 1 + dayOfYear));
  return d.toISOString().slice(0, 10);
}

const dateIn = (year: number) =>
  fc.integer({ min: 0, max: 365 }).map((n) => isoDate(year, Math.min(n, year % 4 === 0 ? 365 : 364)));

const NOT_DATE = '党支部学习计划工作理论思想组织建设全年底前长期每季度持续上下半常态化𠮷';
const freeDeadline = fc.oneof(
  fc.constantFrom('全年', '6月底', '长期坚持', '每季度', '年底前', '上半年', '12月底前'),
  fc.string({ unit: chars(NOT_DATE), minLength: 1, maxLength: 6 }),
);

function item(year: number, o: TextOptions): fc.Arbitrary<PlanItem> {
  return fc
    .record({
      number: fc.oneof(fc.string({ unit: chars('0123456789' + FULLWIDTH_DIGITS), maxLength: 3 }), trimmed(o)),
      title: cellText(o),
      content: cellText({ ...o, maxLength: 30 }),
      owner: cellText(o),
      deadline: fc.oneof(fc.constant(''), dateIn(year), freeDeadline),
      status: fc.oneof(fc.constantFrom('', '未开始', '进行中', '已完成', '已取消'), cellText(o)),
      note: cellText(o),
    })
    .filter((i) => Object.values(i).some((v) => v !== ''));
}

function sections(year: number, o: TextOptions): fc.Arbitrary<PlanSection[]> {
  const section = fc.record({
    numeral: fc.constantFrom(...NUMERALS, '十一', '十二'),
    title: trimmed(o),
    items: fc.array(item(year, o), { maxLength: 3 }),
  });
  const label = (s: PlanSection) => `${s.numeral}、${s.title}`;
  return fc
    .array(section, { maxLength: 4 })
    .filter((ss) => ss.every((s, i) => i === 0 || label(s) !== label(ss[i - 1]!)));
}

const hours = fc.oneof(
  fc.constant(null),
  fc.integer({ min: 0, max: 40 }),
  fc.integer({ min: 0, max: 80 }).map((n) => n / 2),
  fc.double({ min: 0, max: 1e6, noNaN: true }).map((n) => n + 0),
);

function studyMonth(year: number, o: TextOptions): fc.Arbitrary<StudyMonth> {
  return fc.record({
    month: fc.integer({ min: 1, max: 12 }),
    theme: cellText(o),
    content: cellText({ ...o, maxLength: 30 }),
    form: fc.oneof(fc.constantFrom('', '集中学习', '自学'), cellText(o)),
    plannedDate: fc.oneof(fc.constant(''), dateIn(year)),
    hours,
    owner: cellText(o),
    done: cellText(o),
  });
}

function themeDay(year: number, o: TextOptions): fc.Arbitrary<ThemeDay> {
  return fc.record({
    month: fc.integer({ min: 1, max: 12 }),
    date: fc.oneof(fc.constant(''), dateIn(year)),
    theme: cellText(o),
    content: cellText({ ...o, maxLength: 30 }),
    form: cellText(o),
    place: cellText(o),
    attendees: cellText(o),
    owner: cellText(o),
    status: cellText(o),
    note: cellText(o),
  });
}

const rule = (o: TextOptions) =>
  fc.oneof(
    fc.constantFrom('每月第一个星期五', '每月20日', '每月最后一个星期三', '每月第二个周四'),
    cellText(o)
      .map((s) => s.trim())
      .filter((s) => s !== '' && !/[（\n\r]/.test(s)),
  );

/** An arbitrary year plan, as the sheets hold it; see the header for what it leaves out. */
export function workbookModel(o: TextOptions = {}): fc.Arbitrary<YearPlan> {
  return fc.integer({ min: 1921, max: 2100 }).chain((year) =>
    fc
      .record({
        branch: fc.string({ unit: chars(CJK), maxLength: 6 }),
        ownTitle: fc.option(nonBlank(o), { freq: 3 }),
        preamble: fc.array(nonBlank(o), { maxLength: 3 }),
        sections: sections(year, o),
        studyTitle: nonBlank(o),
        requirements: fc.array(nonBlank(o), { maxLength: 3 }),
        months: fc.array(studyMonth(year, o), { maxLength: 13 }),
        themeTitle: nonBlank(o),
        rule: rule(o),
        activities: fc.array(themeDay(year, o), { maxLength: 13 }),
      })
      .map((r) => {
        const title = r.ownTitle ?? planTitle(r.branch, year);
        return {
          branch: parsePlanTitle(title)?.branch ?? '',
          year,
          plan: { title, preamble: r.preamble, sections: r.sections },
          study: { title: r.studyTitle, requirements: r.requirements, months: r.months },
          themeDays: { title: r.themeTitle, rule: r.rule, activities: r.activities },
        };
      }),
  );
}
