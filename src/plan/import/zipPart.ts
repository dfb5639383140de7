/**
 * A part of a zip read as text with a cap on its inflated size, checked as it inflates: a part that
 * declares a small size and inflates to gigabytes (a zip bomb) stops at the cap. Shared by the Word
 * reader and the .xlsx checks before ExcelJS parses a workbook.
 */
import type JSZip from 'jszip';

export class PartTooLarge extends Error {}

interface ChunkStream {
  on(event: 'data', fn: (chunk: Uint8Array) => void): ChunkStream;
  on(event: 'error', fn: (e: Error) => void): ChunkStream;
  on(event: 'end', fn: () => void): ChunkStream;
  pause(): ChunkStream;
  resume(): ChunkStream;
}

/** The size a zip entry declares it inflates to, when it says. */
export function declaredSize(file: JSZip.JSZipObject): number | undefined {
  const size = (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize;
  return typeof size === 'number' ? size : undefined;
}

/** A part's text, null when the zip has no such part; PartTooLarge past `limit` bytes inflated. */
export async function readZipText(zip: JSZip, name: string, limit: number): Promise<string | null> {
  const file = zip.file(name);
  if (!file) return null;
  if ((declaredSize(file) ?? 0) > limit) throw new PartTooLarge(name);
  return new Promise((resolve, reject) => {
    const decoder = new TextDecoder('utf-8');
    let size = 0;
    let out = '';
    // JSZip's internal stream (documented in its StreamHelper, left out of its typings) yields chunks.
    const stream = (file as unknown as { internalStream(type: 'uint8array'): ChunkStream }).internalStream(
      'uint8array',
    );
    stream
      .on('data', (chunk: Uint8Array) => {
        size += chunk.length;
        if (size > limit) {
          stream.pause();
          reject(new PartTooLarge(name));
          return;
        }
        out += decoder.decode(chunk, { stream: true });
      })
      .on('error', (e: Error) => reject(e))
      .on('end', () => resolve(out + decoder.decode()))
      .resume();
  });
}
