/**
 * Bytes of a plan text to a string: UTF-8 (with or without BOM), UTF-16 (LE or BE, with a BOM, or
 * without one when the zero bytes give it away, as Notepad's "Unicode" does), else GB18030 — the
 * superset of GBK that older Chinese Windows and Word's "纯文本" export write. The platform's
 * TextDecoder does the decoding (Node's full ICU and every browser know all four).
 */

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; message: string };

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** UTF-16 without a BOM: in Chinese text every other byte is not zero, but in ASCII parts one is. */
function utf16Guess(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.2 && evenZero < pairs * 0.02) return 'utf-16le';
  if (evenZero > pairs * 0.2 && oddZero < pairs * 0.02) return 'utf-16be';
  return null;
}

/** Control characters other than tab and line ends: a decoded binary file, not a text. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  let control = 0;
  for (const ch of sample) {
    const c = ch.charCodeAt(0);
    if (c === 0 || (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) control++;
  }
  return control > 0 && control >= sample.length * 0.01;
}

export function decodeText(bytes: Uint8Array): Decoded {
  const b = bytes;
  let encoding: string | null;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) encoding = 'utf-8';
  else if (b[0] === 0xff && b[1] === 0xfe) encoding = 'utf-16le';
  else if (b[0] === 0xfe && b[1] === 0xff) encoding = 'utf-16be';
  else encoding = utf16Guess(b);
  const candidates = encoding ? [encoding] : ['utf-8', 'gb18030'];
  for (const label of candidates) {
    const text = tryDecode(label, b);
    if (text === null) continue;
    if (looksBinary(text)) break;
    return { ok: true, text: text.replace(/^\uFEFF/, ''), encoding: label };
  }
  return { ok: false, message: '不是文本文件（应为 UTF-8、UTF-16 或 GBK/GB18030 编码的计划文本，或 .docx）' };
}
