import { importPlanText } from '../../src/plan/import';
import { generateYear } from '../../src/plan/generate';
import { seedTemplate } from '../helpers/seed';
import { layoutYear } from '../../src/sheets/layout';
import { readYear } from '../../src/sheets/read';
import { cellOf, sectionCell } from '../../src/sheets/map';
import { specRows, type SheetGrid } from '../../src/sheets/spec';
import { seedText } from '../helpers/seed';
import { specToGrid } from '../helpers/grid';

function roundTrip(model: Parameters<typeof layoutYear>[0]) {
  const { specs, maps } = layoutYear(model);
  const [plan, study, themeDays] = specs.map(specToGrid) as [SheetGrid, SheetGrid, SheetGrid];
  return { specs, maps, read: readYear(model.year, { plan, study, themeDays }) };
}

describe('layout', () => {
  const model = generateYear(seedTemplate(), { year: 2027, branch: 'XX党支部' }).model;
  const { specs, maps } = layoutYear(model);

  it('names the sheets and tables by year', () => {
    expect(specs.map((s) => s.name)).toEqual(['2027年工作计划', '2027年学习计划', '2027年主题党日']);
    expect(specs.map((s) => s.table.name)).toEqual(['Plan2027', 'Study2027', 'ThemeDay2027']);
  });

  it('puts the preamble, 学习要求 and the rule above the tables', () => {
    expect(specs[0]!.textRows).toEqual(model.plan.preamble);
    expect(specs[1]!.textRows[0]).toMatch(/^学习要求：积极运用/);
    expect(specs[2]!.textRows).toEqual([
      '固定活动日：每月第一个星期五（遇周末或法定节假日顺延至下一个工作日）',
    ]);
  });

  it('writes dates as date cells, the item number as text, the section on every row', () => {
    const row = specs[0]!.table.rows[3]!;
    expect(row.slice(0, 3)).toEqual([
      '二、加强机关党的政治建设',
      '5',
      '坚决维护以习近平同志为核心的党中央权威和集中统一领导',
    ]);
    expect(specs[2]!.table.rows[0]![1]).toEqual({ date: '2027-01-04' });
    expect(specs[1]!.table.totals).toEqual({ label: '合计', sumFields: ['hours'] });
  });

  it('maps model rows to cells: item 5 at B of its row, section 二 at A', () => {
    const first = specRows(specs[0]!).firstData;
    expect(cellOf(maps.plan, 3, 'number')).toBe(`B${first + 3}`);
    expect(sectionCell(maps.plan, 1)).toBe(`A${first + 3}`);
    expect(cellOf(maps.themeDays, 0, 'date')).toBe(`B${specRows(specs[2]!).firstData}`);
  });
});

describe('read(layout(model)) equals the model', () => {
  it('for the imported seed, quirks and empty attachment 2 included', () => {
    const seed = importPlanText(seedText()).model;
    const { read, maps } = roundTrip(seed);
    expect(read.issues).toEqual([]);
    expect(read.model).toEqual(seed);
    expect(read.maps).toEqual(maps);
  });

  it('for a generated year with user columns filled', () => {
    const model = generateYear(seedTemplate(), { year: 2027, branch: '机关第一党支部' }).model;
    const item = model.plan.sections[0]!.items[0]!;
    Object.assign(item, { owner: '张三', deadline: '2027-06-30', status: '进行中', note: '=SUM(A1)' });
    model.plan.sections[1]!.items[0]!.deadline = '全年';
    model.study.months[0]!.done = '已完成';
    model.themeDays.activities[0]!.note = '+86 电话';
    const { read } = roundTrip(model);
    expect(read.issues).toEqual([]);
    expect(read.model).toEqual(model);
  });

  it('for a section without items', () => {
    const model = importPlanText('党支部2027年工作计划\n一、空的部分\n二、有条目\n1.标题。内容').model;
    const { read } = roundTrip(model);
    expect(read.model.plan.sections).toEqual(model.plan.sections);
  });
});

describe('reading edited sheets', () => {
  const model = generateYear(seedTemplate(), { year: 2027 }).model;
  const { specs } = layoutYear(model);

  it('finds a header that moved, without a table, and skips blank rows', () => {
    const grid = specToGrid(specs[2]!);
    grid.tables = [];
    grid.values.splice(2, 0, [], ['说明：本表由支部委员会制定']);
    grid.values.splice(8, 0, []);
    const r = readYear(2027, { themeDays: grid });
    expect(r.model.themeDays.activities.map((a) => a.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(r.maps.themeDays.headerRow).toBe(5);
    expect(r.model.themeDays.rule).toBe('每月第一个星期五');
  });

  it('reads months and dates as people type them', () => {
    const grid = specToGrid(specs[2]!);
    const first = specRows(specs[2]!).firstData - 1;
    grid.values[first]![0] = '一月';
    grid.values[first]![1] = '2027年1月8日';
    grid.values[first + 1]![0] = '2月';
    grid.values[first + 1]![1] = '2027/2/19';
    const r = readYear(2027, { themeDays: grid });
    expect(r.model.themeDays.activities.slice(0, 2).map((a) => [a.month, a.date])).toEqual([
      [1, '2027-01-08'],
      [2, '2027-02-19'],
    ]);
  });

  it('reports an unreadable date and month at their cells', () => {
    const grid = specToGrid(specs[2]!);
    const first = specRows(specs[2]!).firstData;
    grid.values[first - 1]![1] = '下旬';
    grid.values[first]![0] = '第二个月';
    const r = readYear(2027, { themeDays: grid });
    // Only the 主题党日 sheet is read: its issues come after the one naming the sheets it lacks.
    expect(r.issues[0]!.rule).toBe('read-kinds-missing');
    const mine = r.issues.slice(1);
    expect(mine.map((i) => [i.rule, i.cell])).toEqual([
      ['read-date', `B${first}`],
      ['read-month', `A${first + 1}`],
    ]);
    expect(mine[0]!.message).toContain('下旬');
  });

  it('reports the sheets a year lacks in one warning, and a sheet without its header', () => {
    const r = readYear(2027, { plan: { name: '2027年工作计划', values: [['随便写的']], tables: [] } });
    expect(r.issues.map((i) => [i.rule, i.severity, i.sheet, i.cell])).toEqual([
      ['read-kinds-missing', 'warning', '2027年工作计划', 'A1'],
      ['read-table', 'error', '2027年工作计划', 'A1'],
    ]);
    expect(r.issues[0]!.message).toBe(
      '2027年缺少工作表：2027年学习计划、2027年主题党日（只校验已有的工作表）',
    );
    expect(r.kinds).toEqual(['plan']);
  });

  it('reports a missing column at the header row', () => {
    const grid = specToGrid(specs[1]!);
    const header = specRows(specs[1]!).header;
    grid.values[header - 1]![5] = '课时数';
    const r = readYear(2027, { study: grid });
    expect(r.issues.filter((i) => i.rule === 'read-column').map((i) => [i.cell, i.message])).toEqual([
      [`A${header}`, '表头缺少“学时”列'],
    ]);
  });
});
