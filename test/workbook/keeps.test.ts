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
