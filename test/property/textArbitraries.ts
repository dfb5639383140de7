/**
 * Arbitrary plans in the subset a plan text can hold, for import(render(model)) = model.
 *
 * What a text can hold, and so what these arbitraries leave out, and why:
 * - No user columns: owners, deadlines, statuses, notes, study forms, dates, hours and 完成情况 are
 *   empty, and the theme-day rule is the default (`每月第一个星期五`): a text has no place for them.
 * - Themes are not written: a study month's or activity's theme is `firstClause(content)`, as import
 *   makes it.
 * - The title is `{branch}{year}年工作计划` or `…年度工作计划` (year in ASCII or full-width digits); the
 *   branch does not start as a list item or a month would.
 * - Lines are trimmed and not blank, and no space stands between two Chinese characters: import trims
 *   lines, skips blank ones and removes such spaces (a PDF's copy); other spaces are kept and generated.
 * - A paragraph of its own (preamble and 学习要求 paragraphs, the second and later lines of a content)
 *   ends as paragraphs do (`。`, `！`, `？`, `；`), so that it is never taken for the hard-wrapped rest
 *   of the line above, and never reads as structure: the importer's own `readsAsStructure` says which
 *   lines would (markers, months, labels, attachments, titles, subheadings, signatures, the fixed day).
 *   Near misses are generated on purpose (`一些…`, `12项…`, `附件五…`, `三月份…`): they must stay text.
 * - Item and section titles have no sentence stop (`。！？；：`), and item titles do not start with a
 *   digit (`1.5万` is a number, not item 1): import splits an item at its first stop.
 * - Attachment titles are short lines without a stop at their end, not starting with a digit.
 * - A content does not start with a line break. Section titles are not empty.
 * - Attachments hold only text on their own lines; a study plan or a theme-day plan that is empty and
 *   keeps its default title is not written, and is read back as that default.
 * - Texts stay short: the 32,767-character cell limit is tested in the corpus, not here.
 */
import fc from 'fast-check';
import { firstClause } from '../../src/plan/import';
import { readsAsStructure as structure } from '../../src/plan/import/document';
import { removeCjkSpaces } from '../../src/plan/import/textBlocks';
import {
  emptyItem,
  emptyStudyMonth,
  emptyThemeDay,
  type PlanSection,
  type StudyMonth,
  type ThemeDay,
  type YearPlan,
} from '../../src/plan/model';
import { DEFAULT_RULE_TEXT } from '../../src/plan/dayRule';
import { studyTitle, themeDayTitle } from '../../src/plan/titles';

/** Common characters of plans, including those the grammar looks at (numerals, 月, 附件, 学习要求). */
export const CJK =
  '党支部委员会学习计划工作理论思想组织建设政治纪律作风文明群众服务主题活动教育精神贯彻落实全面从严治强化推进开展' +
  '年度月日要求任务附件第条款新时代中国特色社会主义初心使命一二三四五六七八九十百𠮷';
export const PUNCTUATION = '，；：、。！？“”‘’（）《》…—·．,;:';
export const FULLWIDTH_DIGITS = '０１２３４５６７８９';
export const DIGITS = '0123456789';
export const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Lines import reads as structure, not as text: the importer's own test of a line. */
export function readsAsStructure(line: string): boolean {
  return structure(line);
}

const chars = (s: string) => fc.constantFrom(...Array.from(s));

function unit(withStop: boolean): fc.Arbitrary<string> {
  const punctuation = withStop ? PUNCTUATION : PUNCTUATION.replace('。', '');
  return fc.oneof(
    { arbitrary: chars(CJK), weight: 12 },
    { arbitrary: chars(punctuation), weight: 3 },
    { arbitrary: chars(FULLWIDTH_DIGITS + DIGITS), weight: 2 },
    { arbitrary: fc.constantFrom(' ', '\u3000'), weight: 1 },
  );
}

/** One line of text, trimmed; may be empty unless `minLength` > 0. */
export function inline(options: { minLength?: number; maxLength?: number; stop?: boolean } = {}) {
  const { minLength = 0, maxLength = 12, stop = true } = options;
  return fc
    .string({ unit: unit(stop), minLength, maxLength })
    .map((s) => removeCjkSpaces(s).trim())
    .filter((s) => s.length >= minLength);
}

/** Starts that come close to structure without being it (most of the time: the filter decides). */
const NEAR_MISSES = [
  '一',
  '十二',
  '1',
  '１２',
  '附',
  '附件',
  '附件五',
  '三月',
  '12月',
  '学习要求',
  '活动',
  '第一',
];

/** A line of its own that import keeps as text: a paragraph, ending as paragraphs do. */
export const freeLine: fc.Arbitrary<string> = fc
  .oneof(
    { arbitrary: inline({ minLength: 1 }), weight: 4 },
    {
      arbitrary: fc
        .tuple(fc.constantFrom(...NEAR_MISSES), inline({ maxLength: 8 }))
        .map(([a, b]) => (a + b).trim()),
      weight: 1,
    },
  )
  .map((s) => (/[。！？；]$/.test(s) ? s : `${s}。`))
  .filter((s) => !readsAsStructure(s));

/** A title of its own line (an attachment's): short, without a stop at its end. */
const titleLine: fc.Arbitrary<string> = inline({ minLength: 1 })
  .map((s) => s.replace(/[。；]+$/, ''))
  .filter((s) => s !== '' && !readsAsStructure(s) && !/^[0-9０-９]/.test(s));

/** A content: empty, or a first line after the item's `。` / month's `：` and paragraphs of their own. */
const content: fc.Arbitrary<string> = fc.oneof(
  fc.constant(''),
  fc
    .tuple(inline({ minLength: 1 }), fc.array(freeLine, { maxLength: 2 }))
    .filter(([first]) => !readsAsStructure(first) && !readsAsStructure(`1月：${first}`.slice(3)))
    .map(([first, rest]) =>
      [rest.length > 0 && !/[。！？；]$/.test(first) ? `${first}。` : first, ...rest].join('\n'),
    ),
);

const itemNumber = fc.string({ unit: chars(DIGITS + FULLWIDTH_DIGITS), minLength: 1, maxLength: 3 });

const section: fc.Arbitrary<PlanSection> = fc.record({
  numeral: fc.constantFrom(...NUMERALS),
  // A section title holds no `1.` of its own: `二、工作目标1.提高…` is a heading run into its first item.
  title: inline({ minLength: 1, stop: false }).filter(
    (t) => !/[！？；;：:!?]/.test(t) && !/[0-9０-９][.．、]/.test(t),
  ),
  items: fc.array(
    fc
      .record({
        number: itemNumber,
        // A title starting with a digit would read as a decimal (`1.5万`) after its number.
        title: inline({ stop: false }).filter((t) => !/[！？；;：:!?]/.test(t) && !/^[0-9０-９]/.test(t)),
        content,
      })
      .map(({ number, title, content: c }) => emptyItem(number, title, c)),
    { maxLength: 4 },
  ),
});

const month = fc.integer({ min: 1, max: 12 });

const studyMonth: fc.Arbitrary<StudyMonth> = fc
  .tuple(month, content)
  .map(([m, c]) => ({ ...emptyStudyMonth(m), theme: firstClause(c), content: c }));

const activity: fc.Arbitrary<ThemeDay> = fc
  .tuple(month, content)
  .map(([m, c]) => ({ ...emptyThemeDay(m), theme: firstClause(c), content: c }));

const FULL_WIDTH = (s: string) => s.replace(/[0-9]/g, (d) => FULLWIDTH_DIGITS[Number(d)]!);

/** A plan a text can hold; see the header of this file for what that excludes. */
export const textModel: fc.Arbitrary<YearPlan> = fc
  .record({
    // A branch's name does not start as a list item or a month would (`1.`, `三月`).
    branch: fc.oneof(
      fc.constant(''),
      inline({ minLength: 1 }).filter((b) => !readsAsStructure(b) && !/^[0-9０-９]/.test(b)),
    ),
    year: fc.integer({ min: 1000, max: 9999 }),
    fullWidthYear: fc.boolean(),
    nian: fc.constantFrom('年', '年度'),
    preamble: fc.array(freeLine, { maxLength: 3 }),
    sections: fc.array(section, { maxLength: 4 }),
    studyTitle: fc.option(titleLine),
    requirements: fc.array(freeLine, { maxLength: 3 }),
    months: fc.array(studyMonth, { maxLength: 13 }),
    themeTitle: fc.option(titleLine),
    activities: fc.array(activity, { maxLength: 13 }),
  })
  .map((r) => {
    const yearText = r.fullWidthYear ? FULL_WIDTH(String(r.year)) : String(r.year);
    return {
      branch: r.branch,
      year: r.year,
      plan: { title: `${r.branch}${yearText}${r.nian}工作计划`, preamble: r.preamble, sections: r.sections },
      study: {
        title: r.studyTitle ?? studyTitle(r.branch, r.year),
        requirements: r.requirements,
        months: r.months,
      },
      themeDays: {
        title: r.themeTitle ?? themeDayTitle(r.branch, r.year),
        rule: DEFAULT_RULE_TEXT,
        activities: r.activities,
      },
    };
  });
