/** Reading sheets users edited by hand, at the grid level (the .xlsx cases are in messy.test.ts). */
import { generateYear } from '../../src/plan/generate';
import { seedTemplate } from '../helpers/seed';
import { layoutYear } from '../../src/sheets/layout';
import { readYear } from '../../src/sheets/read';
import { specRows, type CellValue, type SheetGrid } from '../../src/sheets/spec';
import { validateYear } from '../../src/validate';
import { specToGrid } from '../helpers/grid';

const model = generateYear(seedTemplate(), { year: 2027, branch: 'XX党支部' }).model;
const { specs } = layoutYear(model);
const [PLAN, STUDY, THEME] = [specRows(specs[0]!), specRows(specs[1]!), specRows(specs[2]!)];
const grid = (i: 0 | 1 | 2): SheetGrid => structuredClone(specToGrid(specs[i]!));
const readAll = (g: { plan?: SheetGrid; study?: SheetGrid; themeDays?: SheetGrid }) =>
  readYear(2027, {
    plan: g.plan ?? grid(0),
    study: g.study ?? grid(1),
    themeDays: g.themeDays ?? grid(2),
  });
const located = (r: ReturnType<typeof readYear>) => r.issues.map((i) => [i.rule, i.severity, i.cell]);

/** Insert `n` empty columns before every row's first cell. */
function shiftRight(g: SheetGrid, n: number): SheetGrid {
  g.values = g.values.map((row) => [...Array<CellValue>(n).fill(null), ...row]);
  g.tables = [];
  return g;
}

describe('finding the table', () => {
  it('by its header names, when the Excel table is gone and the table starts at column C', () => {
    const g = shiftRight(grid(2), 2);
    g.values.splice(0, 0, [], ['随手写的说明']);
    const r = readAll({ themeDays: g });
    expect(r.issues).toEqual([]);
    expect(r.maps.themeDays.headerRow).toBe(THEME.header + 2);
    expect(r.maps.themeDays.columns).toMatchObject({ month: 3, date: 4, note: 12 });
    expect(r.model.themeDays.activities).toEqual(model.themeDays.activities);
  });

  it('by synonyms and annotated names, in any order, extra empty columns ignored', () => {
    const g = grid(2);
    const header = g.values[THEME.header - 1]!;
    header.splice(
      0,
      header.length,
      '月',
      '日期（星期）',
      '主题',
      '内容',
      '形式',
      '地点',
      '参加对象',
      '责任人',
      '进度',
      '说明',
    );
    // swap 主题 and 内容, add an empty column 备注2 at the end
    for (const row of g.values.slice(THEME.header - 1)) {
      [row[2], row[3]] = [row[3] ?? null, row[2] ?? null];
      row[10] = null;
    }
    header[10] = '备注2';
    g.tables = [];
    const r = readAll({ themeDays: g });
    expect(r.issues).toEqual([]);
    expect(r.maps.themeDays.columns).toMatchObject({ theme: 4, content: 3 });
    expect(r.model.themeDays.activities).toEqual(model.themeDays.activities);
  });

  it('prefers a column’s own header over a synonym: 活动内容 wins over another column named 内容', () => {
    const g = grid(2);
    const header = g.values[THEME.header - 1]!;
    header[10] = '内容';
    g.values[THEME.firstData - 1]![10] = '别的内容';
    const r = readAll({ themeDays: g });
    expect(r.maps.themeDays.columns.content).toBe(4);
    expect(located(r)).toEqual([['read-extra-column', 'warning', `K${THEME.firstData}`]]);
  });

  it('takes the row naming most headers, not a text row naming a few', () => {
    const g = grid(2);
    g.tables = [];
    g.values.splice(1, 0, ['月份', '主题', '内容']);
    const r = readAll({ themeDays: g });
    expect(r.maps.themeDays.headerRow).toBe(THEME.header + 1);
  });
});

describe('rows', () => {
  it('skip blank rows, read rows below the Excel table, skip the totals row wherever 合计 is', () => {
    const g = grid(1);
    g.values.splice(STUDY.firstData + 2, 0, [], [null, '']);
    g.tables = [{ name: 'Study2027', range: `A${STUDY.header}:H${STUDY.firstData + 5}` }];
    const r = readAll({ study: g });
    expect(r.issues).toEqual([]);
    expect(r.model.study.months).toEqual(model.study.months);
  });

  it('a merged 部分 (value in the first row only) holds the rows below it; other merged cells are just empty', () => {
    const g = grid(0);
    const rows = g.values.slice(PLAN.firstData - 1);
    rows[1]![0] = null;
    rows[2]![0] = null;
    rows[3]![4] = '张三';
    const r = readAll({ plan: g });
    expect(r.issues).toEqual([]);
    expect(r.model.plan.sections.map((s) => s.items.length)).toEqual(
      model.plan.sections.map((s) => s.items.length),
    );
    expect(r.model.plan.sections[1]!.items.map((i) => i.owner)).toEqual(['张三', '', '']);
  });

  it('a note after a blank gap, alone in the first column, is a warning, not a section or a month', () => {
    const plan = grid(0);
    plan.values.push(
      [],
      ['制表人：张三'],
      ['审核人：李四'],
      [],
      [null, null, null, null, null, null, null, null, '附注'],
    );
    const theme = grid(2);
    theme.values.push([], ['注：遇节假日顺延']);
    const r = readAll({ plan, themeDays: theme });
    const planEnd = plan.values.length;
    expect(located(r)).toEqual([
      ['read-extra-row', 'warning', `A${planEnd - 3}`],
      ['read-extra-row', 'warning', `A${planEnd - 2}`],
      ['read-extra-row', 'warning', `I${planEnd}`],
      ['read-extra-row', 'warning', `A${theme.values.length}`],
    ]);
    expect(r.issues[0]!.message).toBe(
      '表格下方的“制表人：张三”不是计划内容，未读取（重新排版时不会保留；如是计划内容，请在本行填写序号、标题等各列）',
    );
    expect(r.model.plan).toEqual(model.plan);
    expect(r.model.themeDays.activities).toHaveLength(12);
  });

  it('after a gap, a lone section, a lone month or a lone number is still data', () => {
    const plan = grid(0);
    plan.values.push([], ['七、新的部分']);
    const theme = grid(2);
    theme.values.push([], ['十三月']);
    const r = readAll({ plan, themeDays: theme });
    expect(r.issues).toEqual([]);
    expect(r.model.plan.sections.at(-1)).toEqual({ numeral: '七', title: '新的部分', items: [] });
    expect(r.model.themeDays.activities.map((a) => a.month).at(-1)).toBe(13);
  });

  it('13 months and a month twice are read as rows, and validation reports them at their cells', () => {
    const study = grid(1);
    study.values.splice(STUDY.firstData - 1 + 12, 0, [
      13,
      '补充',
      '补充学习',
      '集中学习',
      { date: '2027-12-20' },
      1,
      '宣传委员',
    ]);
    const theme = grid(2);
    theme.values[THEME.firstData - 1 + 2]![0] = '2月';
    const r = readAll({ study, themeDays: theme });
    expect(r.issues).toEqual([]);
    expect(r.model.study.months).toHaveLength(13);
    const months = validateYear(r.model, r.maps)
      .filter((i) => i.rule === 'months-complete')
      .map((i) => [i.sheet, i.cell]);
    expect(months).toEqual([
      ['2027年学习计划', `A${STUDY.firstData + 12}`],
      ['2027年主题党日', `A${THEME.header}`],
      ['2027年主题党日', `A${THEME.firstData + 2}`],
    ]);
  });
});

describe('values', () => {
  it('reads months, dates and 学时 in the forms people type, dates without a year in the sheet’s year', () => {
    const study = grid(1);
    const row = (i: number) => study.values[STUDY.firstData - 1 + i]!;
    [row(0)[0], row(0)[4], row(0)[5]] = ['一月', '1月4日', '3学时'];
    [row(1)[0], row(1)[4], row(1)[5]] = ['2027-02', 46433, '２'];
    [row(2)[0], row(2)[4], row(2)[5]] = ['03', 3.5, '2.5'];
    const r = readAll({ study });
    expect(r.issues).toEqual([]);
    expect(r.model.study.months.slice(0, 3).map((m) => [m.month, m.plannedDate, m.hours])).toEqual([
      [1, '2027-01-04', 3],
      [2, '2027-02-15', 2],
      [3, '2027-03-05', 2.5],
    ]);
  });

  it('reads a plan deadline as a date when it is one, else keeps the text', () => {
    const plan = grid(0);
    const row = (i: number) => plan.values[PLAN.firstData - 1 + i]!;
    row(0)[5] = '全年';
    row(1)[5] = '6月底';
    row(2)[5] = '2027/6/30';
    row(3)[5] = '9月30日';
    row(4)[5] = 46752;
    row(5)[5] = 6.3;
    const r = readAll({ plan });
    expect(r.issues).toEqual([]);
    const deadlines = r.model.plan.sections.flatMap((s) => s.items).map((i) => i.deadline);
    expect(deadlines.slice(0, 6)).toEqual(['全年', '6月底', '2027-06-30', '2027-09-30', '2027-12-31', '6.3']);
  });

  it('reports what it cannot read at its cell, saying what was expected', () => {
    const study = grid(1);
    const row = (i: number) => study.values[STUDY.firstData - 1 + i]!;
    row(0)[4] = '下旬';
    row(1)[4] = 7.2;
    row(2)[5] = '两小时';
    row(3)[0] = null;
    const r = readAll({ study });
    const f = STUDY.firstData;
    expect(r.issues.map((i) => [i.rule, i.cell, i.message])).toEqual([
      ['read-date', `E${f}`, '无法识别的日期“下旬”（应为日期，如 2027年3月5日 或 2027-03-05）'],
      ['read-date', `E${f + 1}`, '日期“7.2”可能是7月2日，也可能是7月20日（应为完整的日期，如 2027年3月5日）'],
      ['read-number', `F${f + 2}`, '学时“两小时”不是数字（应为数字，如 2 或 2.5）'],
      ['read-month', `A${f + 3}`, '缺少月份（应为 1–12 或“1月”）'],
    ]);
    expect(r.issues.every((i) => i.severity === 'error' && i.sheet === '2027年学习计划')).toBe(true);
    expect(r.issues[1]!.messageEn).toBe(
      'The date "7.2" may be 2027-07-02 or 2027-07-20 (expected a full date such as 2027-03-05).',
    );
  });

  it('reports a missing month column once, at the header, not on every row', () => {
    const theme = grid(2);
    theme.values[THEME.header - 1]![0] = '序';
    const r = readAll({ themeDays: theme });
    // The table now starts at B; the months under 序 are not read, which is said once.
    expect(located(r)).toEqual([
      ['read-column', 'error', `B${THEME.header}`],
      ['read-extra-column', 'warning', `A${THEME.firstData}`],
    ]);
  });

  it('reports a missing column at the table’s first cell when the table has moved', () => {
    const study = shiftRight(grid(1), 2);
    study.values[STUDY.header - 1]![7] = '课时数';
    const r = readAll({ study });
    expect(located(r)).toEqual([
      ['read-column', 'error', `C${STUDY.header}`],
      ['read-extra-column', 'warning', `H${STUDY.firstData}`],
    ]);
  });
});
