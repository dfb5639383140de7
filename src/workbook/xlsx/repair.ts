/**
 * What ExcelJS 4.4 gets wrong when it loads a file and writes it back. Applied to every sheet after
 * loading, so sheets this adapter does not rewrite survive a save:
 * - a validation over `G4:G15` loads as one entry per cell, and is written back as overlapping
 *   ranges once a column passes row 9 (it sorts `G10` before `G4`): Excel calls the file damaged;
 * - a table whose file omits `headerRowCount` (Excel omits the default, 1) loads without its header
 *   row, and would be written back as `headerRowCount="0"`;
 * - a table without `tableStyleInfo` (LibreOffice writes none) makes the writer throw.
 */
import type * as ExcelJS from 'exceljs';
import { cellRef, columnLetter, columnNumber, parseRange } from '../../sheets/spec';
import { fromExcelValue } from './cells';
import { dataValidationsOf, tablesOf } from './internals';

export function repairLoadedSheet(worksheet: ExcelJS.Worksheet) {
  compactValidations(worksheet);
  repairTables(worksheet);
}

const CELL = /^([A-Z]+)(\d+)$/;

/** Regroup the cells of each loaded validation into column ranges. */
export function compactValidations(worksheet: ExcelJS.Worksheet) {
  const dv = dataValidationsOf(worksheet);
  const compacted: Record<string, ExcelJS.DataValidation> = {};
  // Cells loaded from one `sqref` share one validation object; group by object, then by column.
  const groups = new Map<ExcelJS.DataValidation, Map<number, number[]>>();
  for (const [address, validation] of Object.entries(dv.model)) {
    if (!validation) continue;
    const m = CELL.exec(address);
    if (!m) {
      compacted[address] = validation;
      continue;
    }
    const byColumn = groups.get(validation) ?? new Map<number, number[]>();
    groups.set(validation, byColumn);
    const col = columnNumber(m[1]!);
    byColumn.set(col, [...(byColumn.get(col) ?? []), Number(m[2])]);
  }
  for (const [validation, byColumn] of groups) {
    for (const [col, rows] of byColumn) {
      const letter = columnLetter(col);
      const sorted = [...rows].sort((a, b) => a - b);
      let start = sorted[0]!;
      sorted.forEach((row, i) => {
        const next = sorted[i + 1];
        if (next === row + 1) return;
        // Always a range: ExcelJS would grow a single cell downwards over a range below it.
        compacted[`${letter}${start}:${letter}${row}`] = validation;
        if (next !== undefined) start = next;
      });
    }
  }
  dv.model = compacted;
}

/** Restore a table's header row when its first row holds its column names; give it a style. */
export function repairTables(worksheet: ExcelJS.Worksheet) {
  for (const { model } of Object.values(tablesOf(worksheet))) {
    model.style ??= {
      showFirstColumn: false,
      showLastColumn: false,
      showRowStripes: false,
      showColumnStripes: false,
    };
    const bounds = model.tableRef ? parseRange(model.tableRef) : null;
    // A filter over the totals row (LibreOffice writes one) would sort and filter the 合计 row with the
    // data: Excel's own filter ends above it.
    const filter = model.autoFilterRef ? parseRange(model.autoFilterRef) : null;
    if (bounds && filter && model.totalsRow && filter.bottom >= bounds.bottom && bounds.bottom > bounds.top)
      model.autoFilterRef = `${cellRef(filter.top, filter.left)}:${cellRef(bounds.bottom - 1, filter.right)}`;
    if (model.headerRow || !bounds) continue;
    const names = (model.columns ?? []).map((c) => c.name);
    const firstRow = names.map((_, j) =>
      fromExcelValue(worksheet.getCell(bounds.top, bounds.left + j).value),
    );
    if (names.length && names.every((name, j) => firstRow[j] === name)) model.headerRow = true;
  }
}
