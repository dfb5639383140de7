/** Year-level operations on any WorkbookPort: which years a workbook holds, and reading them. */
import { parseSheetName, sheetName, SHEET_KINDS, type SheetKind } from '../sheets/columns';
import { readYear, type ReadYearResult } from '../sheets/read';
import type { SheetGrid } from '../sheets/spec';
import type { WorkbookPort } from './port';

/** Years that have at least one of the three sheets, ascending. */
export function yearsInSheets(names: readonly string[]): number[] {
  const years = new Set<number>();
  for (const n of names) {
    const p = parseSheetName(n);
    if (p) years.add(p.year);
  }
  return [...years].sort((a, b) => a - b);
}

export async function listYears(port: WorkbookPort): Promise<number[]> {
  return yearsInSheets(await port.listSheets());
}

/** A year as read from the workbook, and how many of its three sheets the workbook has. */
export interface YearRead extends ReadYearResult {
  /** 0 when the workbook has none of the year's sheets: the year is not there. */
  sheetsFound: number;
}

/** The sheets of these years, three per year. */
export function yearSheetNames(years: readonly number[]): string[] {
  return [...new Set(years)].flatMap((y) => SHEET_KINDS.map((k) => sheetName(k, y)));
}

/**
 * The years as read from the grids of their sheets (those of `yearSheetNames`). Every year asked for
 * is in the result; a year with some of its sheets has one `read-kinds-missing` warning naming the
 * others (its `kinds` say which it has), a year with none a `read-sheet` error per sheet.
 */
export function yearsFromGrids(years: readonly number[], grids: readonly SheetGrid[]): Map<number, YearRead> {
  const wanted = [...new Set(years)];
  const byYear = new Map(wanted.map((y) => [y, {} as Partial<Record<SheetKind, SheetGrid>>]));
  for (const g of grids) {
    const p = parseSheetName(g.name);
    const kinds = p ? byYear.get(p.year) : undefined;
    if (p && kinds) kinds[p.kind] = g;
  }
  return new Map(
    wanted.map((y) => {
      const kinds = byYear.get(y)!;
      const read = readYear(y, kinds);
      return [y, { ...read, sheetsFound: read.kinds.length }];
    }),
  );
}

/** Read several years in one `readSheets` call: as many round trips to Excel for ten years as for one. */
export async function readYearsFrom(
  port: WorkbookPort,
  years: readonly number[],
): Promise<Map<number, YearRead>> {
  return yearsFromGrids(years, await port.readSheets(yearSheetNames(years)));
}

export async function readYearFrom(port: WorkbookPort, year: number): Promise<ReadYearResult> {
  const { model, maps, issues, kinds } = (await readYearsFrom(port, [year])).get(year)!;
  return { model, maps, issues, kinds };
}
