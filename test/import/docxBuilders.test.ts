/**
 * The test helpers that make Word documents: test/helpers/docx.ts writes what its specs say (real
 * numbering.xml, style-linked numbering, merges, pictures …), every document of the .docx corpus
 * builds and its expected locations exist, and test/helpers/badDocuments.ts makes what it claims.
 */
import JSZip from 'jszip';
import { createInflateRaw } from 'node:zlib';
import {
  buildDocx,
  isImage,
  isPageBreak,
  isTable,
  paragraphText,
  tinyPng,
  type DocxSpec,
  type ParagraphSpec,
} from '../helpers/docx';
import {
  docFile,
  docxWithoutDocumentXml,
  encryptedDocx,
  hugeDocx,
  HUGE_MEDIA_BYTES,
  imageOnlyDocx,
  odtFile,
  OLE_SIGNATURE,
  pdfFile,
  wpsFile,
  zipBombDocx,
  zipBombLyingDocx,
  ZIP_BOMB_CHUNK,
  ZIP_BOMB_CHUNKS,
} from '../helpers/badDocuments';
import { DOCX_CORPUS } from '../fixtures/import/docxCorpus';
import type { DocxFile } from '../fixtures/import/corpusTypes';

async function parts(buf: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(buf);
  const out: Record<string, string> = {};
  for (const name of ['word/document.xml', 'word/numbering.xml', 'word/styles.xml'])
    out[name] = (await zip.file(name)?.async('string')) ?? '';
  return out;
}

/** The body's paragraphs outside tables (the helper's tables are never nested). */
function bodyParagraphs(documentXml: string): string[] {
  const body = documentXml.replace(/<w:tbl>.*?<\/w:tbl>/gs, '');
  return body.match(/<w:p(?:\s[^>]*)?(?:\/>|>.*?<\/w:p>)/gs) ?? [];
}

function tables(documentXml: string): string[] {
  return documentXml.match(/<w:tbl>.*?<\/w:tbl>/gs) ?? [];
}

describe('buildDocx', () => {
  const spec: DocxSpec = {
    lists: { plan: 'plan', d: 'decimalDot', c: 'decimalComma' },
    styles: [
      { id: 'Sec', name: '一级', list: { ref: 'plan', level: 0 }, bold: true },
      { id: 'Item', list: { ref: 'd' } },
    ],
    body: [
      { text: '标题', align: 'center', strong: true },
      { style: 'Sec', text: '章' },
      { list: { ref: 'plan', level: 1 }, text: '小节' },
      { list: { ref: 'plan', level: 2 }, bold: '加粗。', text: '内容\n软回车' },
      { list: { ref: 'plan', level: 3 }, text: '圈码' },
      { list: { ref: 'c', instance: 1 }, text: '甲' },
      { list: { ref: 'c', instance: 2 }, text: '乙' },
      { style: 'Item', text: '样式编号' },
      { style: 'Item', list: false, text: '关闭编号' },
      { runs: [{ text: '留' }, { text: '删', change: 'del' }, { text: '增', change: 'ins' }] },
      { image: {} },
      { pageBreak: true },
      '',
      {
        table: {
          rows: [
            ['月份', '内容', '负责人'],
            ['1月', { paragraphs: ['第一段', '第二段'] }, { text: '李明', rowSpan: 2 }],
            ['2月', '内容'],
            [{ text: '注：横跨', colSpan: 3 }],
          ],
        },
      },
    ],
  };

  it('writes automatic numbering to numbering.xml, the numbers not in the text', async () => {
    const p = await parts(await buildDocx(spec));
    const numbering = p['word/numbering.xml']!;
    for (const [fmt, text] of [
      ['chineseCounting', '%1、'],
      ['chineseCounting', '（%2）'],
      ['decimal', '%3.'],
      ['decimalEnclosedCircle', '%4'],
      ['decimal', '%1.'],
      ['decimal', '%1、'],
    ])
      expect(numbering).toContain(`<w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>`);
    // Two instances of list c: two w:num of one abstractNum, each starting again at 1.
    const cAbstract =
      /<w:abstractNum w:abstractNumId="(\d+)"[^>]*><w:multiLevelType[^>]*\/><w:lvl w:ilvl="0"[^>]*><w:start w:val="1"\/><w:numFmt w:val="decimal"\/><w:lvlText w:val="%1、"\/>/.exec(
        numbering,
      )![1];
    const nums = [
      ...numbering.matchAll(
        new RegExp(`<w:num w:numId="\\d+"><w:abstractNumId w:val="${cAbstract}"/>(.*?)</w:num>`, 'g'),
      ),
    ];
    expect(nums).toHaveLength(2);
    for (const n of nums) expect(n[1]).toContain('<w:startOverride w:val="1"/>');
    const doc = p['word/document.xml']!;
    expect(doc).not.toMatch(/>一、|>1\.|（一）/);
    expect(doc).toContain('<w:numPr><w:ilvl w:val="2"/>');
    expect(doc).toContain('<w:numId w:val="0"/>');
  });

  it('links numbering through paragraph styles, and writes it as Word does with the quirk', async () => {
    const plain = await parts(await buildDocx(spec));
    expect(plain['word/styles.xml']).toMatch(
      /w:styleId="Sec">.*?<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>/s,
    );
    expect(plain['word/document.xml']).toMatch(/<w:p><w:pPr><w:pStyle w:val="Sec"\/><\/w:pPr>/);
    const word = await parts(await buildDocx({ ...spec, quirks: { wordNumbering: true, wordMerge: true } }));
    expect(word['word/styles.xml']).toMatch(
      /w:styleId="Sec">.*?<w:numPr><w:numId w:val="\d+"\/><\/w:numPr>/s,
    );
    expect(word['word/numbering.xml']).toContain('<w:pStyle w:val="Sec"/>');
    expect(word['word/numbering.xml']).toMatch(
      /<w:num w:numId="\d+"><w:abstractNumId w:val="\d+"\/><\/w:num>/,
    );
    expect(word['word/document.xml']).toContain('<w:vMerge/>');
    expect(word['word/document.xml']).not.toContain('w:val="continue"');
  });

  it('writes bold leads, soft breaks, tracked changes, merges, spans, pictures and page breaks', async () => {
    const zip = await JSZip.loadAsync(await buildDocx(spec));
    const doc = await zip.file('word/document.xml')!.async('string');
    expect(doc).toMatch(
      /<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">加粗。<\/w:t><\/w:r>/,
    );
    expect(doc).toContain('<w:br/><w:t xml:space="preserve">软回车</w:t>');
    expect(doc).toMatch(/<w:del [^>]*><w:r><w:delText xml:space="preserve">删<\/w:delText>/);
    expect(doc).toMatch(/<w:ins [^>]*><w:r><w:t xml:space="preserve">增<\/w:t>/);
    expect(doc).toContain('<w:vMerge w:val="restart"/>');
    expect(doc).toContain('<w:gridSpan w:val="3"/>');
    expect(doc).toContain('<w:br w:type="page"/>');
    expect(doc).toContain('<w:tblHeader/>');
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(await zip.file(media[0]!)!.async('nodebuffer')).toEqual(tinyPng());
    // Every block but the table is one body paragraph.
    expect(bodyParagraphs(doc)).toHaveLength(spec.body.filter((b) => !isTable(b)).length);
    const rows = tables(doc)[0]!.match(/<w:tr>.*?<\/w:tr>/gs)!;
    expect(rows).toHaveLength(4);
    expect(rows[2]!.match(/<w:tc>/g)).toHaveLength(3); // the merged cell continued
  });

  it('makes an empty document and a picture-only one', async () => {
    const empty = await parts(await buildDocx({ body: [] }));
    expect(bodyParagraphs(empty['word/document.xml']!)).toHaveLength(0);
    const image = await parts(await imageOnlyDocx());
    expect(image['word/document.xml']).toContain('<w:drawing>');
    expect(image['word/document.xml']).not.toContain('<w:t');
  });

  it('makes a valid PNG', () => {
    const png = tinyPng();
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  });
});

describe('the .docx corpus', () => {
  it('has at least 8 documents with unique names', () => {
    expect(DOCX_CORPUS.length).toBeGreaterThanOrEqual(8);
    expect(new Set(DOCX_CORPUS.map((e) => e.name)).size).toBe(DOCX_CORPUS.length);
  });

  it.each(DOCX_CORPUS.map((e) => [e.name, e] as const))(
    '%s builds, and its locations exist',
    async (_n, entry) => {
      for (const file of entry.files as DocxFile[]) {
        const spec = file.docx as DocxSpec;
        const doc = (await parts(await buildDocx(spec)))['word/document.xml']!;
        const paragraphs = bodyParagraphs(doc);
        const blocks = spec.body.filter((b) => !isTable(b));
        expect(paragraphs).toHaveLength(blocks.length);
        const docTables = tables(doc);
        for (const u of entry.expect.unplaced ?? []) {
          if (u.file !== file.name) continue;
          const para = /^第(\d+)段$/.exec(u.at);
          const row = /^表(\d+)第(\d+)行$/.exec(u.at);
          expect({ at: u.at, known: Boolean(para || row) }).toEqual({ at: u.at, known: true });
          if (para) {
            const b = blocks[Number(para[1]) - 1];
            expect(b).toBeDefined();
            // A reported paragraph has text, or is a picture (reported as holding none).
            if (!isImage(b!))
              expect(isPageBreak(b!) ? '' : paragraphText(b as string | ParagraphSpec).trim()).not.toBe('');
          } else {
            const t = docTables[Number(row![1]) - 1];
            expect(t).toBeDefined();
            expect(t!.match(/<w:tr>/g)!.length).toBeGreaterThanOrEqual(Number(row![2]));
          }
        }
      }
      for (const u of entry.expect.unplaced ?? []) expect(entry.files.map((f) => f.name)).toContain(u.file);
    },
  );
});

/** Inflate a zip entry's raw DEFLATE bytes as a stream, counting the bytes (never holding them). */
function inflatedSize(raw: Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    let n = 0;
    const inflate = createInflateRaw();
    inflate.on('data', (c: Buffer) => (n += c.length));
    inflate.on('end', () => resolve(n));
    inflate.on('error', reject);
    inflate.end(raw);
  });
}

/** The raw data of a zip's entry and its declared size, walking the local headers from the start. */
function rawEntry(zip: Buffer, name: string): { raw: Buffer; declared: number } {
  let at = 0;
  while (zip.readUInt32LE(at) === 0x04034b50) {
    const compressed = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const extra = zip.readUInt16LE(at + 28);
    const data = at + 30 + nameLength + extra;
    if (zip.subarray(at + 30, at + 30 + nameLength).toString('utf8') === name)
      return { raw: zip.subarray(data, data + compressed), declared: zip.readUInt32LE(at + 22) };
    at = data + compressed;
  }
  throw new Error(`no ${name} in the zip`);
}

describe('bad documents', () => {
  it('makes .doc and .wps as OLE compound files of at least 4 KB', () => {
    for (const b of [docFile(), wpsFile()]) {
      expect(b.subarray(0, 8)).toEqual(OLE_SIGNATURE);
      expect(b.length).toBeGreaterThanOrEqual(4096);
      expect(b.includes(Buffer.from('WordDocument', 'utf16le'))).toBe(true);
    }
  });

  it('makes an encrypted .docx: a compound file with an EncryptionInfo stream', () => {
    const b = encryptedDocx();
    expect(b.subarray(0, 8)).toEqual(OLE_SIGNATURE);
    expect(b.includes(Buffer.from('EncryptionInfo', 'utf16le'))).toBe(true);
    expect(b.includes(Buffer.from('EncryptedPackage', 'utf16le'))).toBe(true);
  });

  it('makes a PDF, an .odt and a zip without word/document.xml', async () => {
    const pdf = pdfFile().toString('latin1');
    expect(pdf.startsWith('%PDF-1.7')).toBe(true);
    expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);
    const odt = await odtFile();
    expect(odt.subarray(30, 38).toString('latin1')).toBe('mimetype');
    expect(odt.readUInt16LE(8)).toBe(0); // stored
    expect(odt.subarray(38, 38 + 39).toString('latin1')).toBe('application/vnd.oasis.opendocument.text');
    const zip = await JSZip.loadAsync(await docxWithoutDocumentXml());
    expect(zip.file('[Content_Types].xml')).not.toBeNull();
    expect(zip.file('word/document.xml')).toBeNull();
  });

  it('makes a small zip bomb whose word/document.xml inflates to 300 MB', async () => {
    const bomb = zipBombDocx();
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const { raw, declared } = rawEntry(bomb, 'word/document.xml');
    expect(declared).toBeGreaterThan(ZIP_BOMB_CHUNK * ZIP_BOMB_CHUNKS);
    expect(await inflatedSize(raw)).toBe(declared);
    const lying = rawEntry(zipBombLyingDocx(), 'word/document.xml');
    expect(lying.declared).toBe(4096);
    expect(lying.raw.equals(raw)).toBe(true);
    // The zip itself is sound: its directory and its small parts read.
    const zip = await JSZip.loadAsync(bomb);
    expect(await zip.file('_rels/.rels')!.async('string')).toContain('word/document.xml');
  }, 60_000);

  it('makes a real .docx of more than 30 MB', async () => {
    const huge = await hugeDocx();
    expect(huge.length).toBeGreaterThan(HUGE_MEDIA_BYTES);
    const zip = await JSZip.loadAsync(huge);
    expect(await zip.file('word/document.xml')!.async('string')).toContain('2026年工作计划');
  }, 60_000);
});
