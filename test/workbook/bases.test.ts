import { builtInTemplate } from '../../src/plan/templates/builtIn';
import { BASE_SHEET, baseOf, baseSheet, readBases } from '../../src/workbook/bases';
import type { SheetGrid } from '../../src/sheets/spec';

const model = builtInTemplate('office', { year: 2027 });
const grid = (rows: (string | number | null)[][]): SheetGrid => ({
  name: BASE_SHEET,
  values: rows,
  tables: [],
});

describe('the bases kept in the workbook', () => {
  it('read back as written, each kind of each year, cut below a cell’s 32,767 characters', () => {
    const long = { ...model, plan: { ...model.plan, preamble: ['长'.repeat(70_000), '😀'.repeat(20_000)] } };
    const sheet = baseSheet(
      new Map(),
      new Map([
        [2027, baseOf(long, ['plan', 'study', 'themeDays'])],
        [2026, baseOf(model, ['themeDays'])],
      ]),
    );
    expect(sheet.rows.map((r) => r.slice(0, 2))).toEqual([
      ['2026', 'themeDays'],
      ['2027', 'plan'],
      ['2027', 'study'],
      ['2027', 'themeDays'],
    ]);
    expect(Math.max(...sheet.rows.flat().map((t) => t.length))).toBeLessThanOrEqual(32_767);
    // No piece can be read as a number or a formula, and no surrogate pair is cut.
    for (const t of sheet.rows.flatMap((r) => r.slice(2))) {
      expect(t.startsWith('b:')).toBe(true);
      expect(/[\uD800-\uDBFF]$/.test(t)).toBe(false);
    }
    const back = readBases(grid(sheet.rows));
    expect(back.get(2027)).toEqual({ plan: long.plan, study: model.study, themeDays: model.themeDays });
    expect(back.get(2026)).toEqual({ themeDays: model.themeDays });
  });

  it('lays updates over what was kept, kind by kind', () => {
    const kept = readBases(
      grid(baseSheet(new Map(), new Map([[2027, baseOf(model, ['plan', 'study'])]])).rows),
    );
    const next = { ...model, study: { ...model.study, title: '新的标题' } };
    const rows = baseSheet(kept, new Map([[2027, baseOf(next, ['study'])]])).rows;
    const back = readBases(grid(rows));
    expect(back.get(2027)!.plan).toEqual(model.plan);
    expect(back.get(2027)!.study!.title).toBe('新的标题');
  });

  it('leaves out rows that cannot be read: cut short, another tool’s, a year read as a number', () => {
    const rows = baseSheet(new Map(), new Map([[2027, baseOf(model, ['plan', 'study'])]])).rows;
    const cut = rows[0]!.map((t, i) => (i === 2 ? t.slice(0, 40) : t));
    const back = readBases(
      grid([
        cut,
        [2027, 'study', ...rows[1]!.slice(2)],
        ['x', 'plan', 'b:{}'],
        ['2027', 'other', 'b:{}'],
        [],
      ]),
    );
    expect([...back.keys()]).toEqual([2027]);
    expect(Object.keys(back.get(2027)!)).toEqual(['study']);
    expect(readBases(undefined).size).toBe(0);
  });
});
