/**
 * The workbook as a file through the Common API: `Document.getFileAsync` in slices of up to 4 MiB,
 * read one after another, the file closed in all cases (Office keeps at most one file open).
 */
import type { ExportKind } from '../port';

/** What exportFile needs of `Office.context.document`. */
export type FileSource = Pick<Office.Document, 'getFileAsync'>;
export type IsSetSupported = (name: string, minVersion?: string) => boolean;

export const SLICE_SIZE = 4 * 1024 * 1024;

/** Office.FileType and Office.AsyncResultStatus as they are at run time (strings; the typings say enums). */
const FILE_TYPE: Record<ExportKind, Office.FileType> = {
  xlsx: 'compressed' as unknown as Office.FileType,
  pdf: 'pdf' as unknown as Office.FileType,
};
const FAILED = 'failed' as unknown as Office.AsyncResultStatus;

/** The Common API requirement set of each kind of file. */
export const FILE_SETS: Record<ExportKind, string> = { xlsx: 'CompressedFile', pdf: 'PdfFile' };

/** Office's codes for a file type this host cannot make: 1009 file type not supported, 5007 unknown enum. */
const UNSUPPORTED_CODES = new Set([1009, 5007]);

export class FileExportError extends Error {
  constructor(
    message: string,
    readonly code?: number,
  ) {
    super(message);
    this.name = 'FileExportError';
  }
}

function settle<T>(call: (callback: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) =>
    call((result) => {
      if (result.status === FAILED) {
        reject(new FileExportError(result.error?.message ?? 'Office call failed', result.error?.code));
      } else resolve(result.value);
    }),
  );
}

function sliceBytes(data: unknown): Uint8Array {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (Array.isArray(data)) return Uint8Array.from(data as number[]);
  throw new FileExportError('Unexpected file slice data');
}

function isUnsupported(e: unknown): boolean {
  // Office's argument checks throw the bare code (a number) before any callback.
  const code = typeof e === 'number' ? e : (e as { code?: unknown } | null)?.code;
  return typeof code === 'number' && UNSUPPORTED_CODES.has(code);
}

/** The document's bytes, or null when the host cannot make this kind of file. */
export async function exportDocument(
  source: FileSource,
  kind: ExportKind,
  isSetSupported?: IsSetSupported,
): Promise<Uint8Array | null> {
  if (isSetSupported && !isSetSupported(FILE_SETS[kind], '1.1')) return null;
  let file: Office.File;
  try {
    file = await settle<Office.File>((cb) =>
      source.getFileAsync(FILE_TYPE[kind], { sliceSize: SLICE_SIZE }, cb),
    );
  } catch (e) {
    if (isUnsupported(e)) return null;
    throw e;
  }
  try {
    const out = new Uint8Array(file.size);
    let offset = 0;
    for (let i = 0; i < file.sliceCount; i++) {
      const slice = await settle<Office.Slice>((cb) => file.getSliceAsync(i, cb));
      const bytes = sliceBytes(slice.data);
      if (offset + bytes.length > out.length) throw new FileExportError('File slices exceed the file size');
      out.set(bytes, offset);
      offset += bytes.length;
    }
    if (offset !== out.length) throw new FileExportError('File slices fall short of the file size');
    // Excel on the web reports a PDF of size 0 as a success (OfficeDev/office-js#5473): no file.
    return out.length === 0 ? null : out;
  } finally {
    await settle<void>((cb) => file.closeAsync(cb)).catch(() => undefined);
  }
}
