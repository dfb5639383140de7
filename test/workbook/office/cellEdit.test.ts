/**
 * Excel refuses every request while the user types in a cell (InvalidOperationInCellEditMode): an
 * action then changes nothing, the pane asks to finish the cell, and the same action works after.
 */
import { generateSheets, shareYear } from '../../../src/app/actions';
import { failureNotice } from '../../../src/taskpane/components/App';
import { excelRunner, OfficeWorkbook } from '../../../src/workbook/office/adapter';
import type { WorkbookPort } from '../../../src/workbook/port';
import { XlsxWorkbook } from '../../../src/workbook/xlsx/adapter';
import { FakeExcel } from './fakeExcel';

const request = {
  year: 2027,
  branch: '第一党支部',
  rule: '每月第一个星期五',
  source: { kind: 'default' as const },
};

describe('cell-edit mode', () => {
  it('fails an action with its code, writing nothing; the same action works once the cell is done', async () => {
    const excel = new FakeExcel();
    const port = new OfficeWorkbook(excel.run);
    await generateSheets(port, request);
    const names = await port.listSheets();
    const before = await port.readSheets(names);
    excel.cellEditMode = true;
    await expect(generateSheets(port, { ...request, rule: '每月20日' })).rejects.toMatchObject({
      code: 'InvalidOperationInCellEditMode',
    });
    excel.cellEditMode = false;
    expect(await port.readSheets(names)).toEqual(before);
    expect((await generateSheets(port, { ...request, rule: '每月20日' })).status).toBe('done');
  });

  it('is told in the pane as a cell to finish first, other failures as they are', () => {
    const t = (key: string, o?: Record<string, unknown>) => `${key}${o ? JSON.stringify(o) : ''}`;
    expect(failureNotice({ code: 'InvalidOperationInCellEditMode', message: 'x' }, t)).toEqual({
      intent: 'warning',
      text: 'cellEditMode',
    });
    expect(failureNotice(new Error('boom'), t)).toEqual({
      intent: 'error',
      text: 'failed{"message":"boom"}',
    });
  });
});

describe('sharing when one kind of file fails', () => {
  it('still makes the other kind, and says which failed', async () => {
    const xlsx = XlsxWorkbook.create();
    await generateSheets(xlsx, request);
    const port: WorkbookPort = Object.assign(Object.create(xlsx) as XlsxWorkbook, {
      exportFile: async (kind: 'xlsx' | 'pdf') => {
        if (kind === 'pdf') throw new Error('PDF failed');
        return xlsx.exportFile(kind);
      },
    });
    const r = await shareYear(port, 2027, { acceptWarnings: true });
    expect(r.status).toBe('done');
    if (!('xlsx' in r)) throw new Error('expected files');
    expect(r.xlsx?.length).toBeGreaterThan(0);
    expect(r.pdf).toBeNull();
    expect(r.exportErrors).toEqual([{ kind: 'pdf', message: 'PDF failed' }]);
  });
});

describe('excelRunner', () => {
  it('asks Excel to wait for the cell to be done where ExcelApi 1.11 is there, and runs plainly elsewhere', async () => {
    const calls: unknown[][] = [];
    const run = ((...args: unknown[]) => {
      calls.push(args.length === 2 ? [args[0]] : []);
      return Promise.resolve('ran');
    }) as unknown as typeof Excel.run;
    const batch = async () => 'x';
    await excelRunner(run, (name, version) => name === 'ExcelApi' && version === '1.11')(batch);
    await excelRunner(run, () => false)(batch);
    expect(calls).toEqual([[{ delayForCellEdit: true }], []]);
  });
});
