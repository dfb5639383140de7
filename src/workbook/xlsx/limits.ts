/**
 * What a workbook may be before ExcelJS parses it: ExcelJS inflates and builds every part in memory,
 * so a file with a zip bomb inside, or a sheet of hundreds of thousands of (even empty) rows, would
 * take minutes and gigabytes before being refused. A plan's sheets have tens of rows; these caps are
 * far above any plan and far below what would hurt.
 */
import JSZip from 'jszip';
import { declaredSize, PartTooLarge, readZipText } from '../../plan/import/zipPart';

export const XLSX_LIMITS = {
  /** The file itself. */
  bytes: 50 * 1024 * 1024,
  /** All parts inflated, as the zip declares them. */
  inflated: 200 * 1024 * 1024,
  /** One XML part inflated, checked as it inflates. */
  part: 50 * 1024 * 1024,
  /** Rows of one sheet. */
  rows: 20_000,
} as const;

const MB = 1024 * 1024;
const mb = (n: number) => `${Math.round(n / MB)} MB`;

/** The file's zip directory, or null when it is no zip (ExcelJS then says it is no workbook). */
export async function openZip(buf: ArrayBuffer | Uint8Array): Promise<JSZip | null> {
  try {
    return await JSZip.loadAsync(buf);
  } catch {
    return null;
  }
}

/**
 * Why the workbook is too large to read, in one line; null when it is not (or is no zip at all).
 * `bytes` is the file's size, `zip` its directory (`openZip`).
 */
export async function sizeProblem(bytes: number, zip: JSZip | null): Promise<string | null> {
  if (bytes > XLSX_LIMITS.bytes)
    return `工作簿有 ${(bytes / MB).toFixed(1)} MB，超过可读取的 ${mb(XLSX_LIMITS.bytes)} (the workbook is larger than ${mb(XLSX_LIMITS.bytes)})`;
  if (!zip) return null;
  const files = Object.values(zip.files).filter((f) => !f.dir);
  const inflated = files.reduce((n, f) => n + (declaredSize(f) ?? 0), 0);
  if (inflated > XLSX_LIMITS.inflated)
    return `工作簿解压后超过 ${mb(XLSX_LIMITS.inflated)}，可能已损坏 (the workbook inflates to more than ${mb(XLSX_LIMITS.inflated)})`;
  for (const f of files) {
    if (!/\.(xml|rels)$/i.test(f.name)) continue;
    let text: string | null;
    try {
      text = await readZipText(zip, f.name, XLSX_LIMITS.part);
    } catch (e) {
      if (e instanceof PartTooLarge)
        return `工作簿的 ${f.name} 解压后超过 ${mb(XLSX_LIMITS.part)}，可能已损坏 (a part inflates to more than ${mb(XLSX_LIMITS.part)})`;
      return null; // a damaged part: ExcelJS says so
    }
    if (!/^xl\/worksheets\/[^/]+\.xml$/i.test(f.name) || text === null) continue;
    const row = /<(?:\w+:)?row[\s>/]/g;
    let rows = 0;
    while (rows <= XLSX_LIMITS.rows && row.exec(text)) rows++;
    if (rows > XLSX_LIMITS.rows)
      return `工作簿的工作表 ${f.name} 有超过 ${XLSX_LIMITS.rows} 行，不像年度计划，未读取 (a sheet has more than ${XLSX_LIMITS.rows} rows)`;
  }
  return null;
}
