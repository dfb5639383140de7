/** Year-level operations on any WorkbookPort: which years a workbook holds, read one, write one. */
import type { YearPlan } from '../plan/model';
import { parseSheetName, sheetName, SHEET_KINDS, type SheetKind } from '../sheets/columns';
import { layoutYear, type LayoutOptions } from '../sheets/layout';
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

export async function readYearFrom(port: WorkbookPort, year: number): Promise<ReadYearResult> {
  const names = SHEET_KINDS.map((k) => sheetName(k, year));
  const grids = await port.readSheets(names);
  const byKind: Partial<Record<SheetKind, SheetGrid>> = {};
  for (const g of grids) {
    const p = parseSheetName(g.name);
    if (p && p.year === year) byKind[p.kind] = g;
  }
  return readYear(year, byKind);
}

export async function writeYearTo(
  port: WorkbookPort,
  model: YearPlan,
  options?: LayoutOptions,
): Promise<void> {
  await port.writeSheets(layoutYear(model, options).specs);
}
