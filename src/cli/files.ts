/** Reading inputs and writing outputs for the CLI, with one-line errors and no half-written files. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { XlsxReadError, XlsxWorkbook } from '../workbook/xlsx/adapter';
import { CliError } from './errors';
import { decodeText as decode } from '../plan/import/decode';

export async function readInput(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? '文件不存在'
        : code === 'EISDIR'
          ? '这是一个文件夹'
          : code === 'EACCES'
            ? '没有读取权限'
            : (code ?? '读取失败');
    throw new CliError(`无法读取 ${file}：${why}`);
  }
}

/** Whether the bytes look like an .xlsx (a zip) rather than a plan text. */
export function looksLikeZip(buf: Uint8Array): boolean {
  return buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b;
}

export async function openWorkbook(file: string): Promise<XlsxWorkbook> {
  const buf = await readInput(file);
  try {
    return await XlsxWorkbook.fromBuffer(buf);
  } catch (e) {
    if (e instanceof XlsxReadError) throw new CliError(`${file}：${e.message}`);
    throw e;
  }
}

/** Decode a text file (UTF-8, UTF-16, GB18030) with the importer's decoder; not a text is one line. */
export function decodeText(buf: Uint8Array, file: string): string {
  const decoded = decode(buf);
  if (!decoded.ok) throw new CliError(`${file}：${decoded.message}`);
  return decoded.text;
}

/** Write through a temporary file and rename, so a failure never leaves a half-written output. */
export async function writeOutput(file: string, data: Uint8Array): Promise<void> {
  const tmp = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw new CliError(`无法写入 ${file}：${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}
