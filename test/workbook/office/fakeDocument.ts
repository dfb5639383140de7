/**
 * A fake `Office.context.document` for `getFileAsync`: the bytes it hands out in slices, the slices
 * asked for, and whether the file was closed. Like Office it keeps one file open at a time and
 * answers unknown file types with error 1009.
 */
import type { FileSource } from '../../../src/workbook/office/exportFile';

export interface FakeDocumentOptions {
  /** File types this host makes ('compressed', 'pdf'); the rest fail with 1009. */
  types?: string[];
  /** Office's own slice limit: a larger request fails (Internal Error, 5001). */
  maxSliceSize?: number;
  /** Fail reading this slice. */
  failSlice?: number;
  /** Hand out slices as number arrays (Windows) rather than Uint8Array. */
  arrays?: boolean;
}

interface Result<T> {
  status: string;
  value: T;
  error?: { code: number; name: string; message: string };
}

const ok = <T>(value: T): Result<T> => ({ status: 'succeeded', value });
const failed = (code: number, message: string): Result<never> => ({
  status: 'failed',
  value: undefined as never,
  error: { code, name: 'Error', message },
});

export class FakeDocument {
  readonly requests: { fileType: string; sliceSize: number | undefined }[] = [];
  readonly slicesRead: number[] = [];
  open = false;
  closed = 0;

  constructor(
    readonly bytes: Record<string, Uint8Array>,
    private readonly options: FakeDocumentOptions = {},
  ) {}

  readonly source: FileSource = {
    getFileAsync: ((
      fileType: unknown,
      options: { sliceSize?: number } | undefined,
      callback: (r: Result<unknown>) => void,
    ) => {
      const type = String(fileType);
      const sliceSize = options?.sliceSize ?? 4 * 1024 * 1024;
      this.requests.push({ fileType: type, sliceSize: options?.sliceSize });
      const bytes = this.bytes[type];
      if (this.open) return callback(failed(5001, 'Only one file can be open at a time'));
      if (!(this.options.types ?? Object.keys(this.bytes)).includes(type) || !bytes) {
        return callback(failed(1009, 'The specified file type is not supported'));
      }
      if (sliceSize > (this.options.maxSliceSize ?? 4 * 1024 * 1024)) {
        return callback(failed(5001, 'An internal error has occurred'));
      }
      this.open = true;
      const sliceCount = Math.max(1, Math.ceil(bytes.length / sliceSize));
      callback(
        ok({
          size: bytes.length,
          sliceCount,
          getSliceAsync: (index: number, cb: (r: Result<unknown>) => void) => {
            this.slicesRead.push(index);
            if (!this.open || index < 0 || index >= sliceCount) return cb(failed(5001, 'Bad slice'));
            if (index === this.options.failSlice) return cb(failed(5001, 'Slice failed'));
            const data = bytes.subarray(index * sliceSize, (index + 1) * sliceSize);
            cb(ok({ index, size: data.length, data: this.options.arrays ? [...data] : data }));
          },
          closeAsync: (cb: (r: Result<void>) => void) => {
            this.open = false;
            this.closed += 1;
            cb(ok(undefined));
          },
        }),
      );
    }) as unknown as FileSource['getFileAsync'],
  };
}
