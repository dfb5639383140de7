/** Write a SheetSpec as a formatted worksheet: title, text rows, one Excel table, rules, print setup. */
import type * as ExcelJS from 'exceljs';
import { frozenRows, rowHeights } from '../../sheets/rowHeights';
import {
  columnLetter,
  specRows,
  writtenRows,
  type CellValue,
  type SheetGrid,
  type SheetSpec,
} from '../../sheets/spec';
import { sameShape, shownValue } from '../inPlace';
import { escapeXlsxText, fromExcelValue, toExcelValue } from './cells';
import { tablesOf, type OrderedWorksheet as Ordered } from './internals';
import { setPrintSetup } from './rules';
import { font } from './style';
import { sumOf, writeTable } from './table';

/**
 * Add the spec's worksheet, or replace the sheet of the same name in its position. The new sheet is
 * built under a staging name first, so a failure leaves the old sheet as it was.
 */
export function writeSpec(workbook: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const old = workbook.getWorksheet(spec.name) as Ordered | undefined;
  const sheet = workbook.addWorksheet(old ? stagingName(workbook) : spec.name) as Ordered;
  try {
    layOut(sheet, spec);
    freeTableName(workbook, spec.table.name, [sheet, old]);
  } catch (e) {
    workbook.removeWorksheet(sheet.id);
    throw e;
  }
  if (old) {
    const orderNo = old.orderNo;
    workbook.removeWorksheet(old.id);
    sheet.name = spec.name;
    sheet.orderNo = orderNo;
  }
  return sheet;
}

/**
 * Write the spec into the sheet that has its layout already (see src/workbook/inPlace.ts), when it
 * has: values only, and only where they change, so a cell's note, link, fill, a formula whose result
 * stands, the widths and the merges users made all stay. False when the sheet must be rebuilt.
 */
export function writeInPlace(
  workbook: ExcelJS.Workbook,
  spec: SheetSpec,
  grid: SheetGrid | undefined,
): boolean {
  const ws = workbook.getWorksheet(spec.name);
  if (!ws || !grid || !sameShape(grid, spec)) return false;
  const rows = specRows(spec);
  const put = (row: number, col: number, value: Parameters<typeof toExcelValue>[0]) => {
    const cell = ws.getCell(row, col);
    if (shownValue(fromExcelValue(cell.value)) !== shownValue(value)) cell.value = toExcelValue(value);
  };
  put(rows.title, 1, spec.title);
  spec.textRows.forEach((t, i) => put(rows.text[i]!, 1, t));
  spec.table.columns.forEach((c, j) => put(rows.header, j + 1, c.header));
  const data = writtenRows(spec);
  data.forEach((row, i) => row.forEach((v, j) => put(rows.firstData + i, j + 1, v)));
  if (spec.table.totals) keepSumsCurrent(ws, spec, rows.firstData + data.length, data);
  for (const [row, height] of rowHeights(spec)) ws.getRow(row).height = height;
  return true;
}

/**
 * The totals row's sums as the new values give them: the formulas stay, their cached results (what
 * a reader that does not recalculate shows) follow, in the cells and in the table's columns.
 */
function keepSumsCurrent(ws: ExcelJS.Worksheet, spec: SheetSpec, totalsRow: number, data: CellValue[][]) {
  const sums = new Set(spec.table.totals!.sumFields);
  const table = Object.values(tablesOf(ws))[0];
  spec.table.columns.forEach((c, j) => {
    if (j === 0 || !sums.has(c.field)) return;
    const result = sumOf(data, j);
    const cell = ws.getCell(totalsRow, j + 1);
    const v = cell.value as { formula?: string } | null;
    if (v && typeof v === 'object' && 'formula' in v) cell.value = { ...v, result } as ExcelJS.CellValue;
    // A sum left as a bare number (a tool that dropped the table's totals function): a formula again.
    else {
      const col = columnLetter(j + 1);
      const top = totalsRow - data.length;
      cell.value = { formula: `SUBTOTAL(109,${col}${top}:${col}${totalsRow - 1})`, result };
    }
    const column = (table?.model as { columns?: { totalsRowResult?: number }[] } | undefined)?.columns?.[j];
    if (column) column.totalsRowResult = result;
  });
}

function stagingName(workbook: ExcelJS.Workbook): string {
  for (let i = 1; ; i++) {
    const name = `~staging${i}`;
    if (!workbook.getWorksheet(name)) return name;
  }
}

/** Table names are unique in a workbook: rename another sheet's table that holds ours. */
function freeTableName(workbook: ExcelJS.Workbook, name: string, skip: (ExcelJS.Worksheet | undefined)[]) {
  const taken = new Set(
    workbook.worksheets.flatMap((ws) => Object.keys(tablesOf(ws))).map((n) => n.toLowerCase()),
  );
  for (const ws of workbook.worksheets) {
    if (skip.includes(ws)) continue;
    const tables = tablesOf(ws);
    const key = Object.keys(tables).find((n) => n.toLowerCase() === name.toLowerCase());
    if (key === undefined) continue;
    let i = 2;
    while (taken.has(`${name}_${i}`.toLowerCase())) i++;
    const table = tables[key]!;
    delete tables[key];
    table.model.name = `${name}_${i}`;
    table.model.displayName = `${name}_${i}`;
    tables[`${name}_${i}`] = table;
  }
}

function layOut(sheet: ExcelJS.Worksheet, spec: SheetSpec) {
  const { columns } = spec.table;
  const rows = specRows(spec);
  const width = columns.length;
  // ExcelJS drops a width of exactly 9 as its default (Excel's is 8.43): nudge it to be written.
  columns.forEach((c, i) => (sheet.getColumn(i + 1).width = c.width === 9 ? 9.0001 : c.width));

  const title = sheet.getCell(rows.title, 1);
  title.value = escapeXlsxText(spec.title);
  title.font = font(spec.fonts.title);
  title.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  mergeAcross(sheet, rows.title, width);

  spec.textRows.forEach((text, i) => {
    const r = rows.text[i]!;
    const cell = sheet.getCell(r, 1);
    cell.value = escapeXlsxText(text);
    cell.font = font(spec.fonts.text);
    cell.alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
    mergeAcross(sheet, r, width);
  });

  writeTable(sheet, spec, rows.header);
  // Rows that do not wrap keep Excel's own height.
  const heights = rowHeights(spec);
  for (const [row, height] of heights) sheet.getRow(row).height = height;
  const frozen = frozenRows(spec, heights);
  sheet.views = [
    frozen > 0
      ? {
          state: 'frozen',
          xSplit: 0,
          ySplit: frozen,
          topLeftCell: `A${frozen + 1}`,
          activeCell: `A${rows.firstData}`,
        }
      : { state: 'normal', activeCell: `A${rows.firstData}` },
  ];
  setPrintSetup(sheet, rows.header);
}

function mergeAcross(sheet: ExcelJS.Worksheet, row: number, width: number) {
  if (width > 1) sheet.mergeCells(row, 1, row, width);
}
