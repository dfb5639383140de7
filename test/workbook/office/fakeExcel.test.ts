/** The fake must reject what Excel rejects, or the adapter's tests prove nothing. */
import { FakeExcel, type FakeContext } from './fakeExcel';

type Ctx = FakeContext;

async function batch<T>(excel: FakeExcel, body: (context: Ctx) => Promise<T>): Promise<T> {
  return excel.run((context) => body(context as unknown as Ctx));
}

describe('the fake Excel', () => {
  it('refuses values whose dimensions differ from the range', async () => {
    const excel = new FakeExcel();
    await expect(
      batch(excel, async (c) => {
        c.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').values = [['a', 'b']];
        await c.sync();
      }),
    ).rejects.toThrow(/doesn't match the size/);
    await expect(
      batch(excel, async (c) => {
        c.workbook.worksheets.getItem('Sheet1').getRange('A1:B1').numberFormat = [['@'], ['@']];
        await c.sync();
      }),
    ).rejects.toThrow(/doesn't match the size/);
  });

  it('refuses duplicate sheet names (in any case) and names Excel does not allow', async () => {
    const excel = new FakeExcel(['计划']);
    for (const name of [
      '计划',
      'sheet1',
      'a'.repeat(32),
      'a/b',
      'a[1]',
      'x:y',
      'q?',
      'st*r',
      'back\\slash',
      "'quoted",
      'History',
    ]) {
      const made = new FakeExcel(['Sheet1', '计划']);
      await expect(
        batch(made, async (c) => {
          c.workbook.worksheets.add(name);
          await c.sync();
        }),
      ).rejects.toThrow(/exists|not allow|1 to 31|reserved/);
    }
    await batch(excel, async (c) => {
      c.workbook.worksheets.add('a'.repeat(31));
      await c.sync();
    });
    expect(excel.book.sheets).toHaveLength(2);
  });

  it('refuses duplicate table names across the workbook and invalid ones', async () => {
    const shared = new FakeExcel(['a', 'b']);
    const addTable = (sheet: string, name: string, excel = shared) =>
      batch(excel, async (c) => {
        const ws = c.workbook.worksheets.getItem(sheet);
        ws.getRange('A1:B2').values = [
          ['h1', 'h2'],
          [1, 2],
        ];
        ws.tables.add('A1:B2', true).name = name;
        await c.sync();
      });
    await addTable('a', 'Plan2027');
    await expect(addTable('b', 'plan2027')).rejects.toThrow(/exists/);
    for (const bad of ['A1', '2027', 'R1C1', 'with space', 'C']) {
      await expect(addTable('a', bad, new FakeExcel(['a']))).rejects.toThrow(/not a valid table name/);
    }
    await addTable('a', 'Plan_2027.v2', new FakeExcel(['a']));
  });

  it('refuses a table over merged cells, and merging inside a table', async () => {
    const excel = new FakeExcel();
    await expect(
      batch(excel, async (c) => {
        const ws = c.workbook.worksheets.getItem('Sheet1');
        ws.getRange('A1:C1').merge();
        ws.tables.add('A1:C3', true);
        await c.sync();
      }),
    ).rejects.toThrow(/merged/);
    await expect(
      batch(excel, async (c) => {
        const ws = c.workbook.worksheets.getItem('Sheet1');
        ws.tables.add('A5:C7', true);
        ws.getRange('A6:B6').merge();
        await c.sync();
      }),
    ).rejects.toThrow(/inside a table/);
  });

  it('throws when a property is read before it was loaded and synced', async () => {
    const excel = new FakeExcel();
    await batch(excel, async (c) => {
      const ws = c.workbook.worksheets.getItem('Sheet1');
      expect(() => ws.name).toThrow(/PropertyNotLoaded/);
      ws.load('name');
      expect(() => ws.name).toThrow(/PropertyNotLoaded/);
      expect(() => ws.position).toThrow(/PropertyNotLoaded/);
      await c.sync();
      expect(ws.name).toBe('Sheet1');
      expect(() => ws.position).toThrow(/PropertyNotLoaded/);
      const missing = c.workbook.worksheets.getItemOrNullObject('无');
      expect(() => missing.isNullObject).toThrow(/PropertyNotLoaded/);
      missing.load('name');
      await c.sync();
      expect(missing.isNullObject).toBe(true);
    });
  });

  it('turns a string starting with = + - @ into a formula unless quoted or formatted as text', async () => {
    const excel = new FakeExcel();
    await batch(excel, async (c) => {
      const ws = c.workbook.worksheets.getItem('Sheet1');
      ws.getRange('B1:B2').numberFormat = [['@'], ['General']];
      ws.getRange('A1:A6').values = [['=SUM(A1)'], ['+宣传'], ['-培训'], ['@备注'], ['-5'], ['2027-06-30']];
      ws.getRange('B1:B2').values = [['=SUM(A1)'], ["'=SUM(A1)"]];
      await c.sync();
    });
    const sheet = excel.sheet('Sheet1');
    expect([1, 2, 3, 4].map((r) => sheet.peek(r, 1)!.formula)).toEqual([
      '=SUM(A1)',
      '=+宣传',
      '=-培训',
      '=@备注',
    ]);
    expect(sheet.valueAt(1, 1)).toBe('#NAME?');
    expect(sheet.valueAt(5, 1)).toBe(-5);
    expect(sheet.peek(6, 1)).toMatchObject({ value: 46568, numberFormat: 'yyyy-mm-dd' });
    expect(sheet.peek(1, 2)).toMatchObject({ value: '=SUM(A1)', quotePrefix: false });
    expect(sheet.peek(2, 2)).toMatchObject({ value: '=SUM(A1)', quotePrefix: true });
    expect(sheet.peek(1, 2)!.formula).toBeUndefined();
  });

  it('runs a failing batch up to the failing command, as Excel does', async () => {
    const excel = new FakeExcel();
    await expect(
      batch(excel, async (c) => {
        c.workbook.worksheets.add('甲');
        c.workbook.worksheets.getItem('无').delete();
        c.workbook.worksheets.add('乙');
        await c.sync();
      }),
    ).rejects.toThrow(/ItemNotFound/);
    expect(excel.book.sheets.map((s) => s.name)).toEqual(['Sheet1', '甲']);
    excel.failOnSync(1, 1);
    await expect(
      batch(excel, async (c) => {
        c.workbook.worksheets.add('丙');
        c.workbook.worksheets.add('丁');
        await c.sync();
      }),
    ).rejects.toThrow(/Injected/);
    expect(excel.book.sheets.map((s) => s.name)).toEqual(['Sheet1', '甲', '丙']);
  });

  it('refuses to delete the last sheet, to protect a protected sheet, and edits of a protected sheet', async () => {
    const excel = new FakeExcel();
    const run = (body: (c: Ctx) => void) =>
      batch(excel, async (c) => {
        body(c);
        await c.sync();
      });
    await expect(run((c) => c.workbook.worksheets.getItem('Sheet1').delete())).rejects.toThrow(
      /at least one/,
    );
    await run((c) => c.workbook.worksheets.getItem('Sheet1').protection.protect({}));
    await expect(run((c) => c.workbook.worksheets.getItem('Sheet1').protection.protect({}))).rejects.toThrow(
      /already protected/,
    );
    await expect(
      run((c) => (c.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['x']])),
    ).rejects.toThrow(/protected/);
    await expect(
      run((c) => (c.workbook.worksheets.getItem('Sheet1').getRange('A1').format.protection.locked = false)),
    ).rejects.toThrow(/protected/);
  });

  it('requires print title rows to span whole rows', async () => {
    const excel = new FakeExcel();
    await expect(
      batch(excel, async (c) => {
        c.workbook.worksheets.getItem('Sheet1').pageLayout.setPrintTitleRows('A3:H3');
        await c.sync();
      }),
    ).rejects.toThrow(/entire rows/);
  });

  it('counts syncs and round trips, and flushes what Excel.run leaves queued', async () => {
    const excel = new FakeExcel();
    await batch(excel, async (c) => {
      await c.sync();
      c.workbook.worksheets.add('x');
    });
    expect(excel.syncs).toBe(1);
    expect(excel.roundTrips).toBe(1);
    expect(excel.book.findSheet('x')).toBeDefined();
  });
});
