/**
 * The binary and generated inputs of the bad-input corpus (test/fixtures/corpus.json): plan texts in
 * GB18030 or with CRLF line ends, bytes that are no text, and files named .xlsx that are no workbook
 * (a PDF, an empty file, a zip without a workbook, a truncated workbook, a text, random bytes) or a
 * workbook without plan sheets. Run from the repo root after changing what they hold:
 *
 *   npx tsx scripts/make-corpus.ts
 *
 * The output is deterministic (hand-built stored zips, a seeded random generator), and
 * test/corpus.test.ts checks that each committed file is the one made here. The text longer than an
 * Excel cell holds is not committed: the test writes `tooLongText()` itself.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeZip } from '../test/workbook/zip';

export const FIXTURES = path.resolve(__dirname, '../test/fixtures');

/** A plan text with a line before its title (an import-unplaced warning at 第1行, which proves the
 * text was decoded: a wrong decoding finds no title at all). */
const PLAN_LINES = [
  '（内部资料）',
  '机关第一党支部2027年工作计划',
  '2027年，党支部坚持以习近平新时代中国特色社会主义思想为指导。',
  '一、政治建设',
  '1.加强理论学习。坚持集中学和自学相结合，做到学懂弄通做实。',
  '2.严肃组织生活。落实“三会一课”、主题党日等制度。',
  '二、思想建设',
  '3.抓好党课教育。每季度讲一次党课。',
];

/** Texts encoded as GB18030, as older Chinese Word exports are: the two-byte (GBK) part is enough. */
export function encodeGb18030(text: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(ch);
      if (!pair) throw new Error(`No two-byte GB18030 code for ${ch}`);
      bytes.push(...pair);
    }
  }
  return Buffer.from(bytes);
}

/** A small seeded generator (mulberry32), so "random" bytes are the same on every run. */
function randomBytes(seed: number, length: number): Buffer {
  let a = seed >>> 0;
  const out = Buffer.alloc(length);
  for (let i = 0; i < length; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return out;
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A minimal valid .xlsx with one sheet holding one text in A1 (stored zip: byte-for-byte stable). */
export function minimalXlsx(sheet: string, a1: string): Buffer {
  const types =
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
    '</Types>';
  const rels = `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const workbook = `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="${escapeXml(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
  const workbookRels = `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;
  const worksheet = `${XML}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${escapeXml(a1)}</t></is></c></row></sheetData></worksheet>`;
  return writeZip(
    new Map([
      ['[Content_Types].xml', types],
      ['_rels/.rels', rels],
      ['xl/workbook.xml', workbook],
      ['xl/_rels/workbook.xml.rels', workbookRels],
      ['xl/worksheets/sheet1.xml', worksheet],
    ]),
  );
}

/** Every committed file of the corpus this script makes, by path under test/fixtures. */
export function corpusFiles(): Map<string, Buffer> {
  const planText = PLAN_LINES.join('\n') + '\n';
  const noPlanSheets = minimalXlsx('Sheet1', '这不是计划');
  const gb = encodeGb18030(planText);
  // The point of the file: it is no UTF-8, so the CLI must fall back to GB18030.
  let utf8 = true;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(gb);
  } catch {
    utf8 = false;
  }
  if (utf8) throw new Error('The GB18030 text also reads as UTF-8');
  // A CRLF text whose signature, at its last lines (8 and 9), is reported: every line end counted.
  const crlf = [...PLAN_LINES.slice(1), '机关第一党支部', '2026年12月20日'];
  return new Map<string, Buffer>([
    ['texts/gb18030.txt', gb],
    ['texts/crlf.txt', Buffer.from(crlf.join('\r\n') + '\r\n', 'utf8')],
    // 0xFF starts no character in UTF-8 nor in GB18030.
    [
      'texts/not-text.txt',
      Buffer.concat([Buffer.from('机关党支部2027年工作计划\n'), Buffer.alloc(64, 0xff)]),
    ],
    ['texts/workbook-as-text.txt', noPlanSheets],
    [
      'files/pdf-renamed.xlsx',
      Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n', 'latin1'),
    ],
    ['files/empty.xlsx', Buffer.alloc(0)],
    ['files/zip-not-workbook.xlsx', writeZip(new Map([['readme.txt', '这是一个压缩包，不是工作簿。\n']]))],
    ['files/truncated.xlsx', noPlanSheets.subarray(0, Math.floor(noPlanSheets.length * 0.6))],
    ['files/text-renamed.xlsx', Buffer.from(planText, 'utf8')],
    ['files/random-bytes.xlsx', randomBytes(20270701, 4096)],
    [
      'files/zip-signature-then-garbage.xlsx',
      Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), randomBytes(7, 1024)]),
    ],
    ['files/no-plan-sheets.xlsx', noPlanSheets],
    ['files/plan-sheet-without-table.xlsx', minimalXlsx('2027年工作计划', '机关党支部2027年工作计划')],
  ]);
}

/** A plan whose item 1 is longer than an Excel cell holds (32,767 characters), at line 3. */
export function tooLongText(): string {
  return (
    [
      '机关党支部2027年工作计划',
      '一、政治建设',
      `1.加强理论学习。${'学'.repeat(33000)}`,
      '2.严肃组织生活。落实三会一课。',
    ].join('\n') + '\n'
  );
}

function main() {
  for (const [file, data] of corpusFiles()) {
    const target = path.join(FIXTURES, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, data);
    console.log(`${file}  ${data.length} bytes`);
  }
}

if (require.main === module) main();
