/**
 * A file a user brings to import, whatever it is: a .docx or a plan text is read into a document;
 * anything else (.doc, .wps, .pdf, .odt, an encrypted or empty Word file, a workbook, a file far too
 * large) gets one sentence saying what it is and what to do, and nothing is read further.
 */
import { decodeText } from './decode';
import { readDocx, type DocxFailure } from './docx';
import { textDocument } from './textBlocks';
import type { ImportDocument } from './types';

/** The largest file imported: a plan of 100 pages with pictures stays well below it. */
export const FILE_LIMIT = 20 * 1024 * 1024;

export type FileRead = { ok: true; document: ImportDocument } | { ok: false; message: string };

const SAVE_AS = '请在 Word 或 WPS 中打开，另存为 .docx 后再导入';

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** Whether an OLE compound file (.doc, .wps, .xls, or an encrypted Office file) holds a stream of this name. */
function hasStream(bytes: Uint8Array, name: string): boolean {
  const utf16 = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) utf16[i * 2] = name.charCodeAt(i);
  const limit = Math.min(bytes.length, 4 * 1024 * 1024);
  outer: for (let i = 0; i + utf16.length <= limit; i++) {
    for (let k = 0; k < utf16.length; k++) if (bytes[i + k] !== utf16[k]) continue outer;
    return true;
  }
  return false;
}

const LATIN1 = new TextDecoder('latin1');

function zipHolds(bytes: Uint8Array, path: string): boolean {
  return (
    LATIN1.decode(bytes.subarray(0, Math.min(bytes.length, 1024 * 1024))).includes(path) ||
    LATIN1.decode(bytes.subarray(Math.max(0, bytes.length - 256 * 1024))).includes(path)
  );
}

/** Whether a zip is a Word document (it holds word/document.xml), not a workbook. */
export function isWordZip(bytes: Uint8Array): boolean {
  return zipHolds(bytes, 'word/document.xml');
}

const DOCX_FAILURE: Record<DocxFailure, string> = {
  'not-docx': `不是 Word 文档（压缩包中没有 word/document.xml）；${SAVE_AS}`,
  'too-large': '文档内容过大（解压后超过 20 MB），可能已损坏；请删去图片等内容后另存为 .docx 再导入',
  'no-text': '文档中没有文字',
  'images-only': '文档中只有图片，没有文字（扫描件无法导入）；请导入含文字的 Word 文档或粘贴文字',
  damaged: `文件已损坏，无法作为 .docx 打开；${SAVE_AS}`,
};

export async function readImportFile(bytes: Uint8Array, name: string): Promise<FileRead> {
  const fail = (message: string): FileRead => ({ ok: false, message: `${name}：${message}` });
  if (bytes.length === 0) return fail('文件是空的');
  if (bytes.length > FILE_LIMIT)
    return fail(
      `文件有 ${(bytes.length / 1024 / 1024).toFixed(1)} MB，超过可导入的 20 MB；请删去图片后另存为 .docx 再导入`,
    );
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (hasStream(bytes, 'EncryptionInfo') || hasStream(bytes, 'EncryptedPackage'))
      return fail('文档设有打开密码；请在 Word 中取消密码，另存为 .docx 后再导入');
    if (/\.xls$/i.test(name) || hasStream(bytes, 'Workbook'))
      return fail('这是 Excel 97-2003 工作簿，不是计划文档');
    return fail(`这是 Word 97-2003 (.doc) 或 WPS (.wps) 格式，无法直接读取；${SAVE_AS}`);
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46]))
    return fail(`这是 PDF，无法读取其中的段落；${SAVE_AS}，或复制文字后粘贴导入`);
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return fail(`这是 RTF 格式；${SAVE_AS}`);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    if (zipHolds(bytes, 'application/vnd.oasis.opendocument'))
      return fail(`这是 OpenDocument (.odt) 格式；${SAVE_AS}`);
    if (zipHolds(bytes, 'xl/workbook'))
      return fail('这是 Excel 工作簿，不是计划文档；要按工作簿生成新一年请用“生成”并选上一年的工作簿');
    const r = await readDocx(bytes, name);
    return r.ok ? r : fail(DOCX_FAILURE[r.reason]);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return fail(decoded.message);
  if (decoded.text.trim() === '') return fail('文件中没有文字');
  return { ok: true, document: textDocument(decoded.text, name, decoded.encoding) };
}
