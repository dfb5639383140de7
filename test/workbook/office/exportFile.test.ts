import { OfficeWorkbook } from '../../../src/workbook/office/adapter';
import { SLICE_SIZE } from '../../../src/workbook/office/exportFile';
import { FakeDocument } from './fakeDocument';
import { FakeExcel } from './fakeExcel';

const MiB = 1024 * 1024;

function bytes(n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (i * 7 + (i >> 8)) & 0xff;
  return out;
}

/** Byte for byte (jest's deep equality takes minutes over megabytes). */
const same = (a: Uint8Array | null, b: Uint8Array) => a !== null && Buffer.from(a).equals(Buffer.from(b));

function workbook(doc: FakeDocument, supported: string[] = ['CompressedFile', 'PdfFile']) {
  const asked: [string, string | undefined][] = [];
  const wb = new OfficeWorkbook(new FakeExcel().run, {
    document: () => doc.source,
    isSetSupported: (name, version) => {
      asked.push([name, version]);
      return supported.includes(name);
    },
  });
  return { wb, asked };
}

describe('exportFile', () => {
  it('reads every 4 MiB slice of the .xlsx in order, closes the file and returns the bytes', async () => {
    const file = bytes(9 * MiB + 123);
    const doc = new FakeDocument({ compressed: file });
    const { wb } = workbook(doc);
    const out = await wb.exportFile('xlsx');
    expect(doc.requests).toEqual([{ fileType: 'compressed', sliceSize: 4 * MiB }]);
    expect(SLICE_SIZE).toBe(4 * MiB);
    expect(doc.slicesRead).toEqual([0, 1, 2]);
    expect(doc.closed).toBe(1);
    expect(out).toHaveLength(file.length);
    expect(same(out, file)).toBe(true);
  });

  it('takes slices given as byte arrays (number[]), as Office on Windows gives them', async () => {
    const file = bytes(5000);
    const doc = new FakeDocument({ pdf: file }, { arrays: true });
    expect(same(await workbook(doc).wb.exportFile('pdf'), file)).toBe(true);
    expect(doc.requests[0]!.fileType).toBe('pdf');
  });

  it('returns null for a file of size 0, which Excel on the web reports as a success (office-js#5473)', async () => {
    const doc = new FakeDocument({ pdf: new Uint8Array(0) });
    expect(await workbook(doc).wb.exportFile('pdf')).toBeNull();
    expect(doc.closed).toBe(1);
  });

  it('returns null for a PDF when the host has no PdfFile set, without asking for the file', async () => {
    const doc = new FakeDocument({ pdf: bytes(10) });
    const { wb, asked } = workbook(doc, ['CompressedFile']);
    expect(await wb.exportFile('pdf')).toBeNull();
    expect(asked).toEqual([['PdfFile', '1.1']]);
    expect(doc.requests).toEqual([]);
  });

  it('returns null when the host answers that it cannot make this file type (1009)', async () => {
    const doc = new FakeDocument({ compressed: bytes(10) });
    expect(await workbook(doc).wb.exportFile('pdf')).toBeNull();
    expect(doc.closed).toBe(0);
  });

  it('returns null when Office does not know the file type at all (it throws 5007)', async () => {
    const source = {
      getFileAsync: () => {
        throw 5007;
      },
    };
    const wb = new OfficeWorkbook(new FakeExcel().run, {
      document: () => source as never,
      isSetSupported: () => true,
    });
    expect(await wb.exportFile('pdf')).toBeNull();
  });

  it('fails on a failed slice, and still closes the file so the next export can open it', async () => {
    const file = bytes(5 * MiB);
    const doc = new FakeDocument({ compressed: file }, { failSlice: 1 });
    const { wb } = workbook(doc);
    await expect(wb.exportFile('xlsx')).rejects.toThrow(/Slice failed/);
    expect(doc.closed).toBe(1);
    expect(doc.open).toBe(false);
  });
});
