/**
 * Every rewrite inside Excel is all or nothing: a round trip that fails at any of its commands (a
 * connection lost, a co-author's edit, cell-edit mode starting mid-action) leaves the workbook the
 * user sees as it was, and the same action run again succeeds, leaving no staging or backup sheet in
 * sight. Each action is run once to count its round trips and their commands; then, for each round
 * trip and each command in it, from the same workbook, with that command failing.
 */
import { formatSheets, generateSheets, rolloverSheets, type ActionResult } from '../../../src/app/actions';
import { OfficeWorkbook } from '../../../src/workbook/office/adapter';
import { FakeExcel } from './fakeExcel';
import { FakeExcelError } from './fakeModel';
import { readYearFrom } from '../../../src/workbook/years';

const request = {
  year: 2027,
  branch: '第二党支部',
  rule: '每月第一个星期五',
  source: { kind: 'default' as const },
};

/** A short plan pasted as the template: three items under two sections. */
const SHORT =
  '第二党支部2027年工作计划\n一、学习\n1. 学习党章。\n2. 学习条例。\n二、组织\n1. 开好组织生活会。';
/** The same with item 一、2 gone and a new item 二、2. */
const CHANGED =
  '第二党支部2027年工作计划\n一、学习\n1. 学习党章。\n二、组织\n1. 开好组织生活会。\n2. 发展党员。';

/**
 * A workbook with 2027 generated (from the built-in template, or from SHORT) and a few cells the user
 * filled; 2028 rolled over when asked.
 */
async function workbook(with2028: boolean | 'short' = false): Promise<FakeExcel> {
  const excel = new FakeExcel(['封面']);
  const port = new OfficeWorkbook(excel.run);
  await generateSheets(
    port,
    with2028 === 'short' ? { ...request, source: { kind: 'text', text: SHORT } } : request,
  );
  if (with2028 === true) await rolloverSheets(port, 2027);
  const { maps } = await readYearFrom(port, 2027);
  const plan = excel.sheet(maps.plan.sheet);
  plan.writeInput(maps.plan.rows[0]!, maps.plan.columns.owner!, '张三');
  plan.cell(maps.plan.rows[1]!, maps.plan.columns.content!).fill = '#FFFF00';
  return excel;
}

/**
 * What the user sees: the visible sheets in order, each as plain data, placed by their order among
 * the visible ones (where very hidden backups stand between them is nothing anyone can see).
 */
function seen(excel: FakeExcel): string {
  return JSON.stringify(
    excel.book.sheets
      .filter((s) => s.visibility === 'Visible')
      .map((s, i) => ({ ...(excel.snapshot(s.name) as object), position: i })),
  );
}

const REWRITES: [string, boolean | 'short', (port: OfficeWorkbook) => Promise<ActionResult>][] = [
  [
    'regenerate with a plan row gone and one more (table rows deleted and inserted in place)',
    'short',
    (p) => generateSheets(p, { ...request, source: { kind: 'text', text: CHANGED } }),
  ],
  ['regenerate (values written in place)', false, (p) => generateSheets(p, request)],
  [
    'regenerate with a preamble line more (the plan sheet rebuilt)',
    false,
    (p) =>
      generateSheets(p, {
        ...request,
        source: { kind: 'text', text: '第二党支部2027年工作计划\n多写的一段前言。\n一、学习\n1. 学习党章。' },
        acceptLosses: true,
      }),
  ],
  ['format', false, (p) => formatSheets(p, 2027, undefined, { acceptLosses: true })],
  ['roll over to a new year', false, (p) => rolloverSheets(p, 2027)],
  ['roll over into the year there', true, (p) => rolloverSheets(p, 2027)],
];

describe.each(REWRITES)('%s', (_name, with2028, action) => {
  it('fails at every command of every round trip with the workbook as before, and a retry succeeds', async () => {
    const start = await workbook(with2028);
    const probe = start.clone();
    const done = await action(new OfficeWorkbook(probe.run));
    expect(done.status).toBe('done');
    const after = seen(probe);
    const ops = probe.opCounts;
    expect(ops.length).toBeGreaterThan(1);
    const before = seen(start);
    let failures = 0;
    for (let trip = 1; trip <= ops.length; trip++) {
      for (let at = 0; at <= ops[trip - 1]!; at++) {
        const excel = start.clone();
        excel.failOnSync(trip, at, new FakeExcelError('GeneralException', 'Injected failure'));
        const port = new OfficeWorkbook(excel.run);
        await expect(action(port)).rejects.toThrow(/Injected failure/);
        expect([trip, at, seen(excel)]).toEqual([trip, at, before]);
        const retried = await action(port);
        expect([
          trip,
          at,
          retried.status,
          retried.issues.filter((i) => i.severity === 'error' || i.rule.startsWith('read')).slice(0, 2),
        ]).toEqual([trip, at, 'done', []]);
        expect([trip, at, seen(excel)]).toEqual([trip, at, after]);
        failures++;
      }
    }
    expect(failures).toBe(ops.reduce((n, k) => n + k + 1, 0));
  });
});

describe('a write whose recovery fails too (the connection lost for good)', () => {
  it('is found on the next run, refused until restored, and 恢复上一版 puts the sheets back', async () => {
    const start = await workbook();
    const before = seen(start);
    const excel = start.clone();
    const port = new OfficeWorkbook(excel.run);
    // Read, tables' ranges, backups, then the values in place fail half-way, and the recovery too.
    excel.failOnSync(4, 20);
    excel.failOnSync(5, 0);
    await expect(generateSheets(port, { ...request, rule: '每月20日' })).rejects.toThrow(/Injected failure/);
    expect(seen(excel)).not.toBe(before);
    expect((await port.backups()).stranded.length).toBeGreaterThan(0);
    await expect(generateSheets(port, request)).rejects.toThrow(/恢复上一版/);
    const restored = await port.restoreBackups();
    expect(restored).toEqual(expect.arrayContaining(['2027年工作计划']));
    expect(seen(excel)).toBe(before);
    expect(await port.backups()).toEqual({ restorable: [], stranded: [] });
    expect((await generateSheets(port, request)).status).toBe('done');
  });

  it('恢复上一版 after an action that went through puts back the sheets as they were before it', async () => {
    const excel = await workbook();
    const before = seen(excel);
    const port = new OfficeWorkbook(excel.run);
    const { maps } = await readYearFrom(port, 2027);
    const plan = excel.sheet(maps.plan.sheet);
    const id = plan.id;
    expect((await generateSheets(port, request)).status).toBe('done');
    // Written in place: the same sheet, the user's fill where it was.
    expect(excel.sheet(maps.plan.sheet).id).toBe(id);
    expect(plan.cell(maps.plan.rows[1]!, maps.plan.columns.content!).fill).toBe('#FFFF00');
    expect((await generateSheets(port, { ...request, rule: '每月20日' })).status).toBe('done');
    expect(seen(excel)).not.toBe(before);
    expect((await port.backups()).restorable).toEqual(['2027年工作计划', '2027年学习计划', '2027年主题党日']);
    await port.restoreBackups();
    const { model } = await readYearFrom(port, 2027);
    expect(model.themeDays.rule).toBe('每月第一个星期五');
  });
});

describe('what Excel would refuse part-way is refused before anything is sent', () => {
  it('the fake refuses as Excel does: a table named as a defined name, any sheet change in a protected structure', async () => {
    const excel = await workbook();
    const book = excel.book;
    book.definedNames.push('预算');
    expect(() => book.renameTable(book.tables[0]!, '预算')).toThrow(/defined name/);
    book.structureProtected = true;
    const plan = book.sheet('2027年工作计划');
    expect(() => book.addSheet('新表')).toThrow(/structure is protected/);
    expect(() => book.copySheet(plan)).toThrow(/structure is protected/);
    expect(() => book.renameSheet(plan, '改名')).toThrow(/structure is protected/);
    expect(() => book.setVisibility(plan, 'Hidden')).toThrow(/structure is protected/);
    expect(() => book.deleteSheet(plan)).toThrow(/structure is protected/);
  });

  it.each([
    [
      'a defined name that is the table’s name',
      (e: FakeExcel) => e.book.definedNames.push('plan2027'),
      /名称管理器/,
    ],
    ['a protected workbook structure', (e: FakeExcel) => (e.book.structureProtected = true), /保护工作簿/],
  ])('%s: a clear message, and not one command sent', async (_, make, message) => {
    const excel = await workbook();
    make(excel);
    const before = seen(excel);
    const port = new OfficeWorkbook(excel.run);
    const trips = excel.roundTrips;
    await expect(generateSheets(port, { ...request, rule: '每月20日' })).rejects.toThrow(message);
    // The read only: nothing written.
    expect(excel.roundTrips - trips).toBe(2);
    expect(seen(excel)).toBe(before);
  });
});

describe('table rows inserted and deleted in place', () => {
  it('keeps the sheet, and each kept row its cells’ formats, when the template drops a row and adds one', async () => {
    const excel = await workbook('short');
    const port = new OfficeWorkbook(excel.run);
    const { maps } = await readYearFrom(port, 2027);
    const plan = excel.sheet(maps.plan.sheet);
    const id = plan.id;
    // A fill on item 二、1's 内容, which moves up a row when item 一、2 goes.
    plan.cell(maps.plan.rows[2]!, maps.plan.columns.content!).fill = '#00FF00';
    const r = await generateSheets(port, { ...request, source: { kind: 'text', text: CHANGED } });
    expect([r.status, r.issues.filter((i) => i.rule === 'rebuild-loses')]).toEqual(['done', []]);
    expect(excel.sheet(maps.plan.sheet).id).toBe(id);
    const after = await readYearFrom(port, 2027);
    const items = after.model.plan.sections.flatMap((s) => s.items);
    expect(items.map((i) => [i.number, i.owner])).toEqual([
      ['1', '张三'],
      ['1', ''],
      ['2', ''],
    ]);
    const row3 = after.maps.plan.rows[1]!;
    expect(plan.cell(row3, after.maps.plan.columns.content!).fill).toBe('#00FF00');
    expect(plan.tables[0]!.bounds.bottom).toBe(after.maps.plan.rows[2]);
  });
});
