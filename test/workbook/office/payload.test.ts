/**
 * One stray value far from the tables (XFD1, A60000) must not make a read exceed Excel on the web's
 * 5 MB response limit: reads are bounded to the region the plan's sheets use, and what lies beyond is
 * reported, not read (a rewrite would drop it, so it blocks one).
 */
import { generateSheets, validateWorkbook } from '../../../src/app/actions';
import { OfficeWorkbook } from '../../../src/workbook/office/adapter';
import { FakeExcel } from './fakeExcel';
import { FakeExcelError } from './fakeModel';

const request = {
  year: 2027,
  branch: '第一党支部',
  rule: '每月第一个星期五',
  source: { kind: 'default' as const },
};

describe.each([
  ['XFD30', 30, 16384, 'XFD30'],
  ['A60000', 60000, 1, 'J60000'],
])('a stray value at %s', (_at, row, col, corner) => {
  it('is refused by the fake as Excel on the web refuses a response past 5 MB, when read whole', async () => {
    const excel = new FakeExcel();
    await generateSheets(new OfficeWorkbook(excel.run), request);
    excel.sheet('2027年主题党日').writeInput(row, col, '备忘');
    await expect(
      excel.run(async (context) => {
        const used = context.workbook.worksheets.getItem('2027年主题党日').getUsedRangeOrNullObject(true);
        used.load('values,numberFormat,valueTypes');
        await context.sync();
      }),
    ).rejects.toThrow(FakeExcelError);
  });

  it('leaves the year readable, reported at its cell, and blocks a rewrite that would drop it', async () => {
    const excel = new FakeExcel();
    const port = new OfficeWorkbook(excel.run);
    await generateSheets(port, request);
    excel.sheet('2027年主题党日').writeInput(row, col, '备忘');
    const v = await validateWorkbook(port, 2027);
    expect(v.status).toBe('done');
    const outside = v.issues.filter((i) => i.code === 'read-outside/beyond');
    // Reported at the far corner of what the sheet uses: the adapter knows the used range, not the cell.
    expect(outside.map((i) => [i.sheet, i.cell])).toEqual([['2027年主题党日', corner]]);
    const again = await generateSheets(port, { ...request, rule: '每月20日' });
    expect(again.status).toBe('blocked');
  });
});
