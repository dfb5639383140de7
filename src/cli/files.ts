/** Reading inputs and writing outputs for the CLI, with one-line errors and no half-written files. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { XlsxReadError, XlsxWorkbook } from '../workbook/xlsx/adapter';
import { contentNotKept } from '../workbook/xlsx/keeps';
import { XLSX_LIMITS } from '../workbook/xlsx/limits';
import { CliError } from './errors';
import { decodeText as decode } from '../plan/import/decode';

/** The most an input may be, read or not: a plan document or workbook is far smaller. */
export const INPUT_LIMIT = XLSX_LIMITS.bytes;

/**
 * An input's bytes, refused past INPUT_LIMIT before they are read: a regular file by its size, anything
 * else (a device such as /dev/zero, a pipe) by reading no further than the limit.
 */
export async function readInput(file: string): Promise<Buffer> {
  try {
    const handle = await fs.open(file, 'r');
    try {
      const stat = await handle.stat();
      if (stat.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
      if (stat.isFile() && stat.size > INPUT_LIMIT) throw tooLarge(file);
      const chunks: Buffer[] = [];
      let size = 0;
      for (;;) {
        const chunk = Buffer.alloc(1024 * 1024);
        const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
        if (bytesRead === 0) break;
        size += bytesRead;
        if (size > INPUT_LIMIT) throw tooLarge(file);
        chunks.push(chunk.subarray(0, bytesRead));
      }
      return Buffer.concat(chunks);
    } finally {
      await handle.close();
    }
  } catch (e) {
    if (e instanceof CliError) throw e;
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

function tooLarge(file: string): CliError {
  return new CliError(`无法读取 ${file}：超过 ${INPUT_LIMIT / 1024 / 1024} MB，不像计划文档或工作簿`);
}

/**
 * Where an output goes must be a file: a device or a folder (`--out /dev/stdout`) is refused before
 * anything is read or written. Whether it exists is returned: the command merges into it or refuses.
 */
export async function outputExists(file: string): Promise<boolean> {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new CliError(`--out ${file}：应为一个 .xlsx 文件的路径，不是设备或文件夹`);
    return true;
  } catch (e) {
    if (e instanceof CliError) throw e;
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw new CliError(`--out ${file}：${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/** Whether the bytes look like an .xlsx (a zip) rather than a plan text. */
export function looksLikeZip(buf: Uint8Array): boolean {
  return buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b;
}

export async function openWorkbook(file: string): Promise<XlsxWorkbook> {
  return (await openWithContent(file)).workbook;
}

/** A workbook and what in it a rewrite would not keep (src/workbook/xlsx/keeps.ts). */
export async function openWithContent(
  file: string,
): Promise<{ workbook: XlsxWorkbook; notKept: { name: string; nameEn: string }[] }> {
  const buf = await readInput(file);
  let workbook: XlsxWorkbook;
  try {
    workbook = await XlsxWorkbook.fromBuffer(buf);
  } catch (e) {
    if (e instanceof XlsxReadError) throw new CliError(`${file}：${e.message}`);
    throw e;
  }
  return { workbook, notKept: await contentNotKept(buf) };
}

/**
 * A workbook to write back into: refused, nothing written, when it holds what the rewrite would drop
 * (charts, pivot tables, macros …), naming it.
 */
export async function openForRewrite(file: string): Promise<XlsxWorkbook> {
  const { workbook, notKept } = await openWithContent(file);
  if (notKept.length > 0)
    throw new CliError(
      `${file}：含有${notKept.map((k) => k.name).join('、')}，改写这个工作簿会丢失它们，未写入；请写入新文件（--out 新文件.xlsx），原文件不会改动`,
    );
  return workbook;
}

/** An output must be an .xlsx: an .xlsm name on a file without its macros would not open in Excel. */
export function checkOutputName(file: string): void {
  if (!/\.xlsx$/i.test(file)) throw new CliError(`--out ${file}：应为 .xlsx 文件（不写 .xlsm 等其他格式）`);
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
