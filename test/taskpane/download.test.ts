/**
 * @jest-environment jsdom
 */
import { downloadsWork, saveFile, XLSX_TYPE } from '../../src/taskpane/download';
import { fillInJsdom } from '../helpers/jsdom';

fillInJsdom();

/** Office and Excel as far as saveFile reaches them: the requirement sets, and createWorkbook. */
function inOffice(excelApi: string | null) {
  const created: string[] = [];
  Object.assign(globalThis, {
    Office: {
      context: {
        requirements: {
          isSetSupported: (name: string, v: string) =>
            name === 'ExcelApi' && excelApi !== null && Number(v) <= Number(excelApi),
        },
      },
    },
    Excel: { createWorkbook: async (b64: string) => void created.push(b64) },
  });
  return created;
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  delete (globalThis as { Excel?: unknown }).Excel;
});

const bytes = new Uint8Array([80, 75, 3, 4, 255, 0, 1]);

test('downloads work on the standalone page, in Excel on Windows and on the web; not on Mac, iPad, Android', () => {
  expect([undefined, 'PC', 'OfficeOnline', 'Universal'].map(downloadsWork)).toEqual([true, true, true, true]);
  expect(['Mac', 'iOS', 'Android'].map(downloadsWork)).toEqual([false, false, false]);
});

test('where downloads work, the file is downloaded through a link', async () => {
  const created = inOffice('1.8');
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    expect(this.download).toBe('a.xlsx');
  });
  expect(await saveFile(bytes, 'a.xlsx', XLSX_TYPE, 'PC')).toBe('downloaded');
  expect(click).toHaveBeenCalledTimes(1);
  expect(created).toEqual([]);
  click.mockRestore();
});

test('in Excel on Mac, the .xlsx opens as a new workbook, its bytes as base64', async () => {
  const created = inOffice('1.8');
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click');
  expect(await saveFile(bytes, 'a.xlsx', XLSX_TYPE, 'Mac')).toBe('opened');
  expect(created).toEqual([Buffer.from(bytes).toString('base64')]);
  expect(click).not.toHaveBeenCalled();
  click.mockRestore();
});

test('a large file is encoded whole', async () => {
  const created = inOffice('1.8');
  const big = new Uint8Array(200_000).map((_, i) => i % 251);
  await saveFile(big, 'a.xlsx', XLSX_TYPE, 'iOS');
  expect(Buffer.from(created[0]!, 'base64').equals(Buffer.from(big))).toBe(true);
});

test('a PDF on Mac, or an .xlsx without ExcelApi 1.8, is said to be unsaved', async () => {
  inOffice('1.7');
  expect(await saveFile(bytes, 'a.xlsx', XLSX_TYPE, 'Mac')).toBe('unsaved');
  inOffice('1.8');
  expect(await saveFile(bytes, 'a.pdf', 'application/pdf', 'Mac')).toBe('unsaved');
});
