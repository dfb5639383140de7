/**
 * Files a user may hand the importer instead of a readable .docx: the old binary formats (.doc, .wps),
 * an encrypted .docx, a PDF, an OpenDocument text, broken or empty .docx files, a .docx with nothing
 * but a picture, a zip bomb and a very large .docx. Each builder makes the bytes in memory, the same
 * bytes every time, and cheaply (the 300 MB zip bomb is a few hundred KB, made without inflating it).
 */
import JSZip from 'jszip';
import * as zlib from 'node:zlib';
import { buildDocx, crc32 } from './docx';

// ---------------------------------------------------------------------------------------------------
// OLE compound files (CFB v3, 512-byte sectors), as Word 97–2003, WPS and encrypted OOXML use.

const SECTOR = 512;
const FREESECT = 0xffffffff;
const ENDOFCHAIN = 0xfffffffe;
const FATSECT = 0xfffffffd;
const NOSTREAM = 0xffffffff;
/** Streams smaller than this belong in the mini stream; every stream here is at least this long. */
const MINI_CUTOFF = 4096;

export const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

interface OleStream {
  name: string;
  data: Buffer;
}

function dirEntry(
  name: string,
  type: number,
  opts: { right?: number; child?: number; start?: number; size?: number },
) {
  const e = Buffer.alloc(128);
  const n = Buffer.from(`${name}\0`, 'utf16le');
  if (n.length > 64) throw new Error(`OLE name too long: ${name}`);
  n.copy(e, 0);
  e.writeUInt16LE(n.length, 64);
  e[66] = type;
  e[67] = 1; // black
  e.writeUInt32LE(NOSTREAM, 68); // left sibling
  e.writeUInt32LE(opts.right ?? NOSTREAM, 72);
  e.writeUInt32LE(opts.child ?? NOSTREAM, 76);
  e.writeUInt32LE(opts.start ?? ENDOFCHAIN, 116);
  e.writeUInt32LE(opts.size ?? 0, 120);
  return e;
}

/** Directory entries compare by name length, then by the upper-cased name. */
function compareNames(a: string, b: string): number {
  return a.length - b.length || (a.toUpperCase() < b.toUpperCase() ? -1 : 1);
}

/**
 * A valid compound file holding the streams (each padded to at least 4 KB, so that all of them live
 * in regular sectors): a header, one FAT sector, the directory, then the streams' sectors.
 */
export function compoundFile(streams: OleStream[]): Buffer {
  const sorted = [...streams]
    .map((s) => ({
      ...s,
      data:
        s.data.length >= MINI_CUTOFF
          ? s.data
          : Buffer.concat([s.data, Buffer.alloc(MINI_CUTOFF - s.data.length)]),
    }))
    .sort((a, b) => compareNames(a.name, b.name));
  const entries = sorted.length + 1;
  const dirSectors = Math.ceil(entries / 4);
  const fat: number[] = [FATSECT];
  for (let i = 0; i < dirSectors; i++) fat.push(i === dirSectors - 1 ? ENDOFCHAIN : fat.length + 1);
  const starts: number[] = [];
  for (const s of sorted) {
    const n = Math.ceil(s.data.length / SECTOR);
    starts.push(fat.length);
    for (let i = 0; i < n; i++) fat.push(i === n - 1 ? ENDOFCHAIN : fat.length + 1);
  }
  if (fat.length > SECTOR / 4) throw new Error('compoundFile: more than one FAT sector needed');

  const header = Buffer.alloc(SECTOR);
  OLE_SIGNATURE.copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // 512-byte sectors
  header.writeUInt16LE(6, 32); // 64-byte mini sectors
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(MINI_CUTOFF, 56);
  header.writeUInt32LE(ENDOFCHAIN, 60); // no mini FAT
  header.writeUInt32LE(ENDOFCHAIN, 68); // no DIFAT sectors
  header.writeUInt32LE(0, 76); // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i++) header.writeUInt32LE(FREESECT, 76 + i * 4);

  const fatSector = Buffer.alloc(SECTOR, 0xff);
  fat.forEach((v, i) => fatSector.writeUInt32LE(v, i * 4));

  const dir = Buffer.alloc(dirSectors * SECTOR);
  dirEntry('Root Entry', 5, { child: sorted.length ? 1 : NOSTREAM }).copy(dir, 0);
  sorted.forEach((s, i) =>
    dirEntry(s.name, 2, {
      right: i + 1 < sorted.length ? i + 2 : NOSTREAM,
      start: starts[i]!,
      size: s.data.length,
    }).copy(dir, (i + 1) * 128),
  );
  for (let i = entries; i < dirSectors * 4; i++) {
    // Unused entries: zeros, with no siblings or child.
    dir.writeUInt32LE(NOSTREAM, i * 128 + 68);
    dir.writeUInt32LE(NOSTREAM, i * 128 + 72);
    dir.writeUInt32LE(NOSTREAM, i * 128 + 76);
  }
  const data = sorted.map((s) =>
    Buffer.concat([s.data, Buffer.alloc((SECTOR - (s.data.length % SECTOR)) % SECTOR)]),
  );
  return Buffer.concat([header, fatSector, dir, ...data]);
}

/** Pseudo-random bytes from a seed (mulberry32), the same every time. */
export function seededBytes(length: number, seed = 20260101): Buffer {
  const out = Buffer.alloc(length);
  let a = seed >>> 0;
  let i = 0;
  for (; i + 4 <= length; i += 4) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out.writeUInt32LE((t ^ (t >>> 14)) >>> 0, i);
  }
  for (; i < length; i++) out[i] = (a = (a * 1103515245 + 12345) >>> 0) >>> 24;
  return out;
}

/** A Word 97–2003 document's start: the FIB's wIdent 0xA5EC, then noise. */
function wordBinary(seed: number): Buffer {
  const b = seededBytes(MINI_CUTOFF, seed);
  b.writeUInt16LE(0xa5ec, 0);
  b.writeUInt16LE(0x00c1, 2); // nFib of Word 97
  return b;
}

/** A Word 97–2003 .doc: a compound file with WordDocument and 1Table streams. */
export function docFile(): Buffer {
  return compoundFile([
    { name: 'WordDocument', data: wordBinary(1) },
    { name: '1Table', data: seededBytes(MINI_CUTOFF, 2) },
  ]);
}

/** A WPS Office .wps: the same compound-file container. */
export function wpsFile(): Buffer {
  return compoundFile([
    { name: 'WordDocument', data: wordBinary(3) },
    { name: '1Table', data: seededBytes(MINI_CUTOFF, 4) },
    { name: 'WpsCustomData', data: seededBytes(MINI_CUTOFF, 5) },
  ]);
}

/**
 * A password-protected .docx as Word saves it: not a zip but a compound file with an EncryptionInfo
 * stream (agile encryption, version 4.4) and the EncryptedPackage.
 */
export function encryptedDocx(): Buffer {
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    '<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" ' +
    'xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password">' +
    '<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" ' +
    'cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAECAwQFBgcICQoLDA0ODw=="/>' +
    '<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">' +
    '<p:encryptedKey spinCount="100000" saltSize="16" blockSize="16" keyBits="256" hashSize="64" ' +
    'cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" ' +
    'saltValue="EBESExQVFhcYGRobHB0eHw=="/></keyEncryptor></keyEncryptors></encryption>';
  const info = Buffer.concat([Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]), Buffer.from(xml, 'utf8')]);
  const size = Buffer.alloc(8);
  size.writeUInt32LE(12345, 0);
  return compoundFile([
    { name: 'EncryptionInfo', data: info },
    { name: 'EncryptedPackage', data: Buffer.concat([size, seededBytes(12352, 6)]) },
  ]);
}

// ---------------------------------------------------------------------------------------------------
// PDF

/** A small valid one-page PDF 1.7 (with a correct cross-reference table). */
export function pdfFile(): Buffer {
  const stream = 'BT /F1 18 Tf 72 720 Td (Annual plan 2026) Tj ET';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

// ---------------------------------------------------------------------------------------------------
// Zips

/** A fixed date for zip entries, so the same builder makes the same bytes. */
const ZIP_DATE = new Date(Date.UTC(2026, 0, 5, 9, 0, 0));

function newZip(): JSZip {
  return new JSZip();
}

async function zipBuffer(zip: JSZip): Promise<Buffer> {
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** An OpenDocument text (.odt): a zip whose first entry, stored, is `mimetype`. */
export async function odtFile(): Promise<Buffer> {
  const zip = newZip();
  zip.file('mimetype', 'application/vnd.oasis.opendocument.text', { compression: 'STORE', date: ZIP_DATE });
  zip.file(
    'META-INF/manifest.xml',
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">' +
      '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>' +
      '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>' +
      '</manifest:manifest>',
    { date: ZIP_DATE },
  );
  zip.file(
    'content.xml',
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">' +
      '<office:body><office:text><text:p>某党支部2026年工作计划</text:p><text:p>一、加强理论学习</text:p>' +
      '</office:text></office:body></office:document-content>',
    { date: ZIP_DATE },
  );
  return zipBuffer(zip);
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '</Types>';

const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '</Relationships>';

/** A .docx that is a zip (with content types and relationships) but has no word/document.xml. */
export async function docxWithoutDocumentXml(): Promise<Buffer> {
  const zip = newZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES, { date: ZIP_DATE });
  zip.file('_rels/.rels', ROOT_RELS, { date: ZIP_DATE });
  zip.file(
    'docProps/app.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">' +
      '<Application>Microsoft Office Word</Application></Properties>',
    { date: ZIP_DATE },
  );
  return zipBuffer(zip);
}

/** A .docx of 0 bytes. */
export function emptyDocx(): Buffer {
  return Buffer.alloc(0);
}

/** A real .docx whose only content is a picture (a scanned plan, say): no text at all. */
export function imageOnlyDocx(): Promise<Buffer> {
  return buildDocx({ body: [{ image: { width: 400, height: 560 } }] });
}

// ---------------------------------------------------------------------------------------------------
// Hand-built zips for the zip bomb

interface RawEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: 0 | 8;
  data: Buffer;
  crc: number;
  size: number;
}

function dosDateTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}

/** A zip of entries whose compressed bytes, CRC and sizes are given (sizes as the headers say them). */
function rawZip(entries: RawEntry[]): Buffer {
  const { time, date } = dosDateTime(ZIP_DATE);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(e.method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

function deflated(name: string, text: string): RawEntry {
  const data = Buffer.from(text, 'utf8');
  return { name, method: 8, data: zlib.deflateRawSync(data), crc: crc32(data), size: data.length };
}

/** CRC-32 continued over more data: node's zlib.crc32 where there is one (Node ≥ 20.15), else ours. */
const crcMore: (data: Buffer, crc: number) => number =
  typeof (zlib as { crc32?: unknown }).crc32 === 'function'
    ? (data, crc) => zlib.crc32(data, crc)
    : (data, crc) => crc32(data, crc);

/** How much text the zip bomb's word/document.xml holds when inflated. */
export const ZIP_BOMB_CHUNK = 1 << 20;
export const ZIP_BOMB_CHUNKS = 300;

/**
 * word/document.xml of one paragraph with 300 MB of repeated text, deflated cheaply: each 1 MiB chunk
 * of text is compressed once and its bytes repeated, which is valid DEFLATE because each piece ends
 * with a full flush (byte-aligned, no back references across pieces).
 */
function bombDocumentXml(): RawEntry {
  const head = Buffer.from(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
      '<w:p><w:r><w:t xml:space="preserve">',
    'utf8',
  );
  const tail = Buffer.from('</w:t></w:r></w:p><w:sectPr/></w:body></w:document>', 'utf8');
  // 16 bytes a unit (four CJK characters and a full stop, 3 bytes each, and a space): a 1 MiB chunk
  // holds whole units only.
  const unit = Buffer.from('学习党章。 ', 'utf8');
  if (ZIP_BOMB_CHUNK % unit.length !== 0) throw new Error('bomb unit does not divide the chunk');
  const chunk = Buffer.alloc(ZIP_BOMB_CHUNK, unit);
  const flush = { finishFlush: zlib.constants.Z_FULL_FLUSH, level: 9 };
  const parts = [zlib.deflateRawSync(head, flush)];
  const packedChunk = zlib.deflateRawSync(chunk, flush);
  let crc = crcMore(head, 0);
  for (let i = 0; i < ZIP_BOMB_CHUNKS; i++) {
    parts.push(packedChunk);
    crc = crcMore(chunk, crc);
  }
  parts.push(zlib.deflateRawSync(tail)); // the final block
  crc = crcMore(tail, crc);
  const size = head.length + ZIP_BOMB_CHUNK * ZIP_BOMB_CHUNKS + tail.length;
  return { name: 'word/document.xml', method: 8, data: Buffer.concat(parts), crc, size };
}

/**
 * A valid .docx whose word/document.xml inflates to 300 MB of repeated text (the zip is some 300 KB),
 * its headers telling the true sizes.
 */
export function zipBombDocx(): Buffer {
  return rawZip([
    deflated('[Content_Types].xml', CONTENT_TYPES),
    deflated('_rels/.rels', ROOT_RELS),
    bombDocumentXml(),
  ]);
}

/** The same zip bomb with headers that lie: word/document.xml claims to be 4 KB. */
export function zipBombLyingDocx(): Buffer {
  const doc = bombDocumentXml();
  return rawZip([
    deflated('[Content_Types].xml', CONTENT_TYPES),
    deflated('_rels/.rels', ROOT_RELS),
    { ...doc, size: 4096 },
  ]);
}

/** The size of the large media file of {@link hugeDocx}. */
export const HUGE_MEDIA_BYTES = 30 * 1024 * 1024;

/** A real small plan .docx plus a 30 MB stored media file of pseudo-random bytes. */
export async function hugeDocx(): Promise<Buffer> {
  const small = await buildDocx({
    body: [
      { text: '某机关党支部2026年工作计划', align: 'center', strong: true },
      '一、加强理论学习',
      '1.坚持集体学习。每月组织一次集体学习。',
    ],
  });
  const zip = await JSZip.loadAsync(small);
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    types.replace('<Default ', '<Default Extension="bin" ContentType="application/octet-stream"/><Default '),
  );
  zip.file('word/media/scan.bin', seededBytes(HUGE_MEDIA_BYTES, 7), { compression: 'STORE', date: ZIP_DATE });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export interface BadDocument {
  /** The file name the test gives it (its extension is what a user would see). */
  file: string;
  make: () => Buffer | Promise<Buffer>;
  /** Whether the one-line error must tell the user to save the file as .docx (`另存为 .docx`). */
  saveAsDocx: boolean;
  what: string;
}

export const BAD_DOCUMENTS: BadDocument[] = [
  { file: '工作计划.doc', make: docFile, saveAsDocx: true, what: 'Word 97–2003 .doc' },
  { file: '工作计划.wps', make: wpsFile, saveAsDocx: true, what: 'WPS .wps' },
  { file: '工作计划.odt', make: odtFile, saveAsDocx: true, what: 'OpenDocument text' },
  { file: '工作计划.pdf', make: pdfFile, saveAsDocx: true, what: 'PDF' },
  { file: '加密的工作计划.docx', make: encryptedDocx, saveAsDocx: false, what: 'password-protected .docx' },
  {
    file: '缺少正文.docx',
    make: docxWithoutDocumentXml,
    saveAsDocx: false,
    what: 'zip without word/document.xml',
  },
  { file: '空文件.docx', make: emptyDocx, saveAsDocx: false, what: 'a .docx of 0 bytes' },
  { file: '只有图片.docx', make: imageOnlyDocx, saveAsDocx: false, what: 'a .docx with only a picture' },
  {
    file: '压缩炸弹.docx',
    make: zipBombDocx,
    saveAsDocx: false,
    what: 'word/document.xml inflating to 300 MB',
  },
  {
    file: '压缩炸弹-虚报大小.docx',
    make: zipBombLyingDocx,
    saveAsDocx: false,
    what: 'the same zip bomb, its headers claiming 4 KB',
  },
  { file: '超大文件.docx', make: hugeDocx, saveAsDocx: false, what: 'a .docx of 30 MB' },
];
