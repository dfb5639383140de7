import JSZip from 'jszip';
import { contentNotKept } from '../../src/workbook/xlsx/keeps';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';

async function withParts(parts: Record<string, string>): Promise<Uint8Array> {
  const wb = XlsxWorkbook.create();
  wb.workbook.addWorksheet('Sheet1');
  const zip = await JSZip.loadAsync(await wb.toBuffer());
  for (const [name, text] of Object.entries(parts)) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array' });
}

describe('what a rewrite through ExcelJS would drop', () => {
  it('is nothing for a workbook ExcelJS wrote, or for bytes that are no zip', async () => {
    expect(await contentNotKept(await withParts({}))).toEqual([]);
    expect(await contentNotKept(new Uint8Array([1, 2, 3]))).toEqual([]);
  });

  it('names charts, pivot tables, macros, slicers, embedded objects and threaded comments', async () => {
    const found = await contentNotKept(
      await withParts({
        'xl/charts/chart1.xml': '<c/>',
        'xl/pivotCache/pivotCacheDefinition1.xml': '<p/>',
        'xl/vbaProject.bin': 'x',
        'xl/slicers/slicer1.xml': '<s/>',
        'xl/embeddings/oleObject1.bin': 'x',
        'xl/threadedComments/threadedComment1.xml': '<t/>',
      }),
    );
    expect(found.map((f) => f.nameEn)).toEqual([
      'charts',
      'pivot tables',
      'macros',
      'slicers or timelines',
      'embedded objects or controls',
      'threaded comments',
    ]);
  });

  it('names shapes in a drawing, not a drawing of pictures only', async () => {
    const pic = '<xdr:wsDr xmlns:xdr="x"><xdr:twoCellAnchor><xdr:pic/></xdr:twoCellAnchor></xdr:wsDr>';
    const shape =
      '<xdr:wsDr xmlns:xdr="x"><xdr:twoCellAnchor><xdr:sp><xdr:txBody/></xdr:sp></xdr:twoCellAnchor></xdr:wsDr>';
    expect(await contentNotKept(await withParts({ 'xl/drawings/drawing1.xml': pic }))).toEqual([]);
    expect(
      (await contentNotKept(await withParts({ 'xl/drawings/drawing1.xml': shape }))).map((f) => f.name),
    ).toEqual(['形状']);
  });
});

describe('a workbook saved without a theme (as LibreOffice and WPS save one)', () => {
  it('is written back with the theme part its relations point to', async () => {
    const made = XlsxWorkbook.create();
    made.workbook.addWorksheet('Sheet1').getCell('A1').value = 'x';
    const zip = await JSZip.loadAsync(await made.toBuffer());
    zip.remove('xl/theme/theme1.xml');
    const noTheme = await zip.generateAsync({ type: 'uint8array' });
    const back = await JSZip.loadAsync(await (await XlsxWorkbook.fromBuffer(noTheme)).toBuffer());
    const rels =
      (await back.file('xl/_rels/workbook.xml.rels')!.async('string')).match(/Target="([^"]*theme[^"]*)"/g) ??
      [];
    expect(rels).toEqual(['Target="theme/theme1.xml"']);
    expect(back.file('xl/theme/theme1.xml')).not.toBeNull();
  });
});

describe('print flags written as true (as LibreOffice and WPS write them)', () => {
  it('are read as set, and written back', async () => {
    const made = XlsxWorkbook.create();
    const ws = made.workbook.addWorksheet('2027年工作计划');
    ws.getCell('A1').value = 'x';
    ws.pageSetup.fitToPage = true;
    ws.pageSetup.horizontalCentered = true;
    const zip = await JSZip.loadAsync(await made.toBuffer());
    const part = 'xl/worksheets/sheet1.xml';
    const xml = await zip.file(part)!.async('string');
    expect(xml).toMatch(/fitToPage="1"/);
    zip.file(
      part,
      xml
        .replace('fitToPage="1"', 'fitToPage="true"')
        .replace('horizontalCentered="1"', 'horizontalCentered="true"'),
    );
    const loaded = await XlsxWorkbook.fromBuffer(await zip.generateAsync({ type: 'uint8array' }));
    const back = loaded.workbook.getWorksheet('2027年工作计划')!;
    expect([
      back.pageSetup.fitToPage,
      back.pageSetup.horizontalCentered,
      back.pageSetup.verticalCentered,
    ]).toEqual([true, true, false]);
    const written = await (await JSZip.loadAsync(await loaded.toBuffer())).file(part)!.async('string');
    expect(written).toMatch(/<pageSetUpPr[^>]*fitToPage="1"/);
    expect(written).toMatch(/<printOptions[^>]*horizontalCentered="1"/);
  });
});

describe('a table whose filter covers its totals row (as LibreOffice writes one)', () => {
  it('is written back with the filter ending above the 合计 row', async () => {
    const { generateSheets } = await import('../../src/app/actions');
    const made = XlsxWorkbook.create();
    await generateSheets(made, {
      year: 2027,
      branch: 'x',
      rule: '每月第一个星期五',
      source: { kind: 'default' },
    });
    const zip = await JSZip.loadAsync(await made.toBuffer());
    const tables = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^xl\/tables\/.+\.xml$/.test(n))
        .map(async (n) => [n, await zip.file(n)!.async('string')] as const),
    );
    const [part, xml] = tables.find(([, x]) => /totalsRowCount="1"/.test(x))!;
    const ref = /\sref="([^"]+)"/.exec(xml)![1]!;
    const own = /<autoFilter ref="([^"]+)"/.exec(xml)![1]!;
    expect(own).not.toBe(ref);
    zip.file(part, xml.replace(`<autoFilter ref="${own}"`, `<autoFilter ref="${ref}"`));
    const loaded = await XlsxWorkbook.fromBuffer(await zip.generateAsync({ type: 'uint8array' }));
    const back = await (await JSZip.loadAsync(await loaded.toBuffer())).file(part)!.async('string');
    expect(/<autoFilter ref="([^"]+)"/.exec(back)![1]).toBe(own);
  });
});
