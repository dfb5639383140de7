/**
 * A workbook edited by hand all year, regenerated and rolled over through the real .xlsx adapter:
 * every user cell survives.
 */
import { generateSheets, rolloverSheets } from '../../src/app/actions';
import { COLUMNS, type SheetKind } from '../../src/sheets/columns';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { readYearFrom } from '../../src/workbook/years';

const base = {
  year: 2027,
  branch: '机关第一党支部',
  rule: '每月第一个星期五',
  source: { kind: 'default' as const },
};

/** Fill every user cell of a year's sheets, as a secretary does over the year; returns what was typed. */
async function fillUserCells(port: XlsxWorkbook, year: number): Promise<Map<string, string>> {
  const { maps } = await readYearFrom(port, year);
  const typed = new Map<string, string>();
  for (const kind of ['plan', 'study', 'themeDays'] as SheetKind[]) {
    const map = maps[kind];
    const ws = port.workbook.getWorksheet(map.sheet)!;
    for (const c of COLUMNS[kind].filter((c) => c.user && c.kind === 'text')) {
      map.rows.forEach((row, i) => {
        const value = c.field === 'status' || c.field === 'done' ? '进行中' : `${c.header}${i}`;
        ws.getCell(row, map.columns[c.field]!).value = value;
        typed.set(`${map.sheet}|${i}|${c.field}`, value);
      });
    }
  }
  return typed;
}

async function userCells(port: XlsxWorkbook, year: number, sheetYear = year): Promise<Map<string, string>> {
  const { model } = await readYearFrom(port, year);
  const rows: Record<SheetKind, Record<string, unknown>[]> = {
    plan: model.plan.sections.flatMap((s) => s.items) as unknown as Record<string, unknown>[],
    study: model.study.months as unknown as Record<string, unknown>[],
    themeDays: model.themeDays.activities as unknown as Record<string, unknown>[],
  };
  const out = new Map<string, string>();
  const names: Record<SheetKind, string> = {
    plan: `${sheetYear}年工作计划`,
    study: `${sheetYear}年学习计划`,
    themeDays: `${sheetYear}年主题党日`,
  };
  for (const kind of ['plan', 'study', 'themeDays'] as SheetKind[])
    for (const c of COLUMNS[kind].filter((c) => c.user && c.kind === 'text'))
      rows[kind].forEach((r, i) => {
        if (r[c.field]) out.set(`${names[kind]}|${i}|${c.field}`, String(r[c.field]));
      });
  return out;
}

it('regenerating keeps 100 % of the user cells, and twice gives the same workbook', async () => {
  const port = XlsxWorkbook.create();
  await generateSheets(port, base);
  const typed = await fillUserCells(port, 2027);
  expect(typed.size).toBeGreaterThan(100);
  const r = await generateSheets(port, { ...base, rule: '每月第二个星期二' });
  expect(r.status).toBe('done');
  expect(await userCells(port, 2027)).toEqual(typed);
  const once = (await readYearFrom(port, 2027)).model;
  await generateSheets(port, { ...base, rule: '每月第二个星期二' });
  expect((await readYearFrom(port, 2027)).model).toEqual(once);
  expect(once.themeDays.rule).toBe('每月第二个星期二');
});

it('rolling over carries owners and notes, clears statuses, and leaves the old year alone', async () => {
  const port = XlsxWorkbook.create();
  await generateSheets(port, base);
  const typed = await fillUserCells(port, 2027);
  const r = await rolloverSheets(port, 2027);
  expect(r.status).toBe('done');
  expect(await port.listSheets()).toHaveLength(6);
  expect(await userCells(port, 2027)).toEqual(typed);
  const carried = new Map(
    [...typed]
      .filter(([k]) => !/\|(status|done)$/.test(k))
      .map(([k, v]) => [k.replace(/^2027/, '2028'), v] as const),
  );
  const next = await userCells(port, 2028);
  const statuses = [...next].filter(([k]) => /\|status$/.test(k)).map(([, v]) => v);
  expect(new Set(statuses)).toEqual(new Set(['未开始']));
  expect(new Map([...next].filter(([k]) => !/\|(status|done)$/.test(k)))).toEqual(carried);
  // The study focus of 2027 is pointed out for review in 2028 (the 21st congress is due in 2027).
  expect(r.issues.some((i) => i.rule === 'rollover-review' && i.message.includes('党的二十大'))).toBe(true);
});
