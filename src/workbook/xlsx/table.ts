/** The Excel table of a sheet: header, data and totals rows, their styles, lists and colours. */
import type * as ExcelJS from 'exceljs';
import { columnFormat } from '../../sheets/columns';
import {
  columnLetter,
  writtenRows,
  type CellValue,
  type ColumnSpec,
  type SheetSpec,
} from '../../sheets/spec';
import { toExcelValue } from './cells';
import { addListValidation, addStatusColours } from './rules';
import { BORDERS, HEADER_CELL_FILL, font } from './style';

/** Write the spec's table with its header at `headerRow`. */
export function writeTable(sheet: ExcelJS.Worksheet, spec: SheetSpec, headerRow: number) {
  const { columns, totals } = spec.table;
  // An empty table gets one empty row, read back as nulls.
  const data = writtenRows(spec);
  const firstData = headerRow + 1;
  const lastData = headerRow + data.length;
  const sums = new Set(totals?.sumFields ?? []);

  sheet.addTable({
    name: spec.table.name,
    displayName: spec.table.name,
    ref: `A${headerRow}`,
    headerRow: true,
    totalsRow: totals !== undefined,
    style: { theme: 'TableStyleLight1', showRowStripes: false, showColumnStripes: false },
    columns: columns.map((c, j) => ({
      name: c.header,
      filterButton: false,
      ...(j === 0 && totals ? { totalsRowLabel: totals.label } : {}),
      ...(j > 0 && sums.has(c.field)
        ? { totalsRowFunction: 'sum' as const, totalsRowResult: sumOf(data, j) }
        : { totalsRowFunction: 'none' as const }),
    })),
    rows: data.map((row) => columns.map((_, j) => toExcelValue(row[j] ?? null))),
  });

  columns.forEach((c, j) => {
    const header = sheet.getCell(headerRow, j + 1);
    header.font = font(spec.fonts.header, true);
    header.fill = HEADER_CELL_FILL;
    header.border = BORDERS;
    header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    // One style object for the column's body cells: ExcelJS writes a style it has seen once without
    // working it out again (its styles writer caches by object), which makes large tables fast.
    const body = bodyStyle(c, spec);
    for (let r = firstData; r <= lastData; r++) sheet.getCell(r, j + 1).style = body;
    if (totals)
      sheet.getCell(lastData + 1, j + 1).style = {
        ...body,
        font: font(spec.fonts.body, true),
        protection: { locked: true },
      };
    const range = `${columnLetter(j + 1)}${firstData}:${columnLetter(j + 1)}${lastData}`;
    if (c.list) addListValidation(sheet, range, c.list);
    if (c.statusColours) addStatusColours(sheet, range);
  });
}

function bodyStyle(c: ColumnSpec, spec: SheetSpec): Partial<ExcelJS.Style> {
  const format = columnFormat(c);
  return {
    font: font(spec.fonts.body),
    border: BORDERS,
    alignment: { horizontal: c.centre ? 'center' : 'left', vertical: 'top', wrapText: true },
    ...(format ? { numFmt: format } : {}),
    ...(c.user ? { protection: { locked: false } } : {}),
  };
}

export function sumOf(rows: CellValue[][], j: number): number {
  return rows.reduce((n, row) => n + (typeof row[j] === 'number' ? (row[j] as number) : 0), 0);
}
