/**
 * A workbook that holds only some of a year's sheets (many branches keep the 主题党日 table alone) is
 * read and validated for what it holds: one `read-kinds-missing` warning names the sheets it lacks,
 * the absent kinds give no issue, and the present sheets' own issues are still found.
 */
import type { Issue } from '../../src/plan/issue';
import type { YearPlan } from '../../src/plan/model';
import { SHEET_KINDS, sheetName, type SheetKind } from '../../src/sheets/columns';
import { layoutYear } from '../../src/sheets/layout';
import { readYear } from '../../src/sheets/read';
import type { SheetGrid } from '../../src/sheets/spec';
import { DEFAULT_SETTINGS, RULES, ruleContext, validateYear } from '../../src/validate';
import { specToGrid } from '../helpers/grid';
import { itemAt, mapsFor, validPlan, YEAR } from './fixture';

const PLAN = sheetName('plan', YEAR);
const STUDY = sheetName('study', YEAR);
const THEME = sheetName('themeDays', YEAR);

/** The sheets of a model as a workbook adapter reads them back, by kind. */
function gridsOf(model: YearPlan): Record<SheetKind, SheetGrid> {
  const [plan, study, themeDays] = layoutYear(model).specs.map(specToGrid);
  return { plan: plan!, study: study!, themeDays: themeDays! };
}

/** Read only these kinds of the model's sheets, then validate as the CLI and the task pane do. */
function readOnly(kinds: SheetKind[], mutate?: (model: YearPlan) => void) {
  const model = validPlan();
  mutate?.(model);
  const all = gridsOf(model);
  const read = readYear(YEAR, Object.fromEntries(kinds.map((k) => [k, all[k]])));
  const issues = [...read.issues, ...validateYear(read.model, read.maps, DEFAULT_SETTINGS, read.kinds)];
  return { read, issues };
}

const brief = (i: Issue) => `${i.severity} ${i.rule} ${i.sheet}!${i.cell}`;

describe.each([
  [['themeDays'], THEME, `${YEAR}年缺少工作表：${PLAN}、${STUDY}（只校验已有的工作表）`],
  [['study'], STUDY, `${YEAR}年缺少工作表：${PLAN}、${THEME}（只校验已有的工作表）`],
  [['plan', 'themeDays'], PLAN, `${YEAR}年缺少工作表：${STUDY}（只校验已有的工作表）`],
] as [SheetKind[], string, string][])('a year with only %j', (kinds, first, message) => {
  it('reads those kinds, with one warning naming the sheets it lacks and no other issue', () => {
    const { read, issues } = readOnly(kinds);
    expect(read.kinds).toEqual(kinds);
    expect(issues.map(brief)).toEqual([`warning read-kinds-missing ${first}!A1`]);
    expect(issues[0]!.message).toBe(message);
    expect(issues[0]!.messageEn).toMatch(/^\d{4} has no sheets? .*only the sheets present are validated\.$/);
  });

  it('gives no issue about the absent sheets and no error', () => {
    // Empty absent parts are what reading gives: months-complete, study-hours … must not see them.
    const { issues } = readOnly(kinds);
    const absent = SHEET_KINDS.filter((k) => !kinds.includes(k)).map((k) => sheetName(k, YEAR));
    expect(issues.filter((i) => absent.includes(i.sheet))).toEqual([]);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe('the present sheets keep their own issues', () => {
  it('only 主题党日: a month twice is still an error, and the meetings are still checked', () => {
    const { issues } = readOnly(['themeDays'], (m) => {
      m.themeDays.activities[1]!.month = 1;
      m.themeDays.activities[1]!.date = '2027-01-26';
    });
    // The second theme day (row 5) repeats 1月, so 2月 is missing (reported at the header, A3).
    expect(issues.map(brief)).toEqual([
      `warning read-kinds-missing ${THEME}!A1`,
      `error months-complete ${THEME}!A3`,
      `error months-complete ${THEME}!A5`,
    ]);
    const coverage = readOnly(['themeDays'], (m) => (m.themeDays.activities[0]!.form = '主题党日'));
    expect(coverage.issues.map(brief)).toEqual([
      `warning read-kinds-missing ${THEME}!A1`,
      `warning meeting-coverage ${THEME}!E4`,
    ]);
  });

  it('only 学习计划: a missing theme and too few hours are reported on it', () => {
    const { issues } = readOnly(['study'], (m) => {
      m.study.months[2]!.theme = '';
      m.study.months.forEach((s) => (s.hours = 1));
    });
    expect(issues.map(brief)).toEqual([
      `warning read-kinds-missing ${STUDY}!A1`,
      `warning study-hours ${STUDY}!F3`,
      `error required-cells ${STUDY}!B6`,
    ]);
  });

  it('工作计划 and 主题党日: a numbering gap and a month twice, nothing about the study plan', () => {
    const { issues } = readOnly(['plan', 'themeDays'], (m) => {
      itemAt(m, 3).number = '5';
      m.themeDays.activities[1]!.month = 1;
      m.themeDays.activities[1]!.date = '2027-01-26';
    });
    expect(issues.map(brief)).toEqual([
      `warning read-kinds-missing ${PLAN}!A1`,
      `error item-numbering ${PLAN}!B7`,
      `error months-complete ${THEME}!A3`,
      `error months-complete ${THEME}!A5`,
    ]);
  });
});

describe('reading a year', () => {
  it('with all three sheets gives no read-kinds-missing', () => {
    const { read, issues } = readOnly([...SHEET_KINDS]);
    expect(read.kinds).toEqual(SHEET_KINDS);
    expect(issues).toEqual([]);
  });

  it('with none of its sheets gives a read-sheet error per sheet, and validates nothing', () => {
    const { read, issues } = readOnly([]);
    expect(read.kinds).toEqual([]);
    expect(issues.map(brief)).toEqual([
      `error read-sheet ${PLAN}!A1`,
      `error read-sheet ${STUDY}!A1`,
      `error read-sheet ${THEME}!A1`,
    ]);
  });
});

/** A year with something wrong on every sheet, for every rule. */
function faultyPlan(): YearPlan {
  const m = validPlan();
  const item = itemAt(m, 0);
  item.number = '3';
  item.title = '';
  item.content = '=2020年XX党支部工作,落实';
  item.deadline = '2026-05-01';
  itemAt(m, 1).title = '';
  itemAt(m, 1).content = '';
  m.plan.sections[1]!.numeral = '四';
  m.plan.preamble[0] = '2025年,XX支部（某某）';
  const s = m.study.months;
  s[1]!.month = 1;
  s[2]!.theme = s[3]!.theme;
  s[4]!.owner = '';
  s[5]!.content = '+2020年学习,讨论';
  s[6]!.plannedDate = '2027-01-05';
  s[8]!.theme = '';
  s.forEach((x) => (x.hours = 1));
  m.study.requirements[0] = '2024年XX,要求，学习十九届四中全会精神';
  const t = m.themeDays.activities;
  t[1]!.month = 1;
  t[2]!.theme = t[3]!.theme;
  t[4]!.owner = '';
  t[4]!.attendees = '';
  t[5]!.date = '2027-06-19'; // a Saturday
  t[6]!.theme = '趣味运动会';
  t[6]!.content = '聚餐';
  t.forEach((a) => (a.form = '主题党日'));
  t[8]!.content = '@2020年活动,交流';
  t[3]!.content = '开展疫情防控志愿服务';
  t[9]!.date = '2027-03-16';
  t[10]!.theme = '';
  return m;
}

describe('every rule skips the kinds a year lacks', () => {
  const model = faultyPlan();
  const maps = mapsFor(model);
  const subsets: SheetKind[][] = [
    [],
    ['plan'],
    ['study'],
    ['themeDays'],
    ['plan', 'study'],
    ['plan', 'themeDays'],
    ['study', 'themeDays'],
  ];

  it.each(RULES.map((r) => [r.meta.id, r] as const))(
    '%s reports on the present sheets what it reports with all three, and nothing else',
    (_id, rule) => {
      const all = rule.check(ruleContext(model, maps, DEFAULT_SETTINGS, SHEET_KINDS));
      expect(all.length).toBeGreaterThan(0);
      for (const kinds of subsets) {
        const present = kinds.map((k) => maps[k].sheet);
        const some = rule.check(ruleContext(model, maps, DEFAULT_SETTINGS, kinds));
        expect([kinds, some]).toEqual([kinds, all.filter((i) => present.includes(i.sheet))]);
      }
    },
  );

  it('validateYear without kinds checks all three', () => {
    expect(validateYear(model, maps)).toEqual(validateYear(model, maps, DEFAULT_SETTINGS, SHEET_KINDS));
    expect(new Set(validateYear(model, maps).map((i) => i.sheet))).toEqual(new Set([PLAN, STUDY, THEME]));
  });
});
