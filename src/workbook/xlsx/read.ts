/** Read a worksheet back as a SheetGrid: plain values from A1 and the tables on the sheet. */
import * as ExcelJS from 'exceljs';
import type { CellValue, SheetGrid } from '../../sheets/spec';
import { fromExcelValue } from './cells';
import { tablesOf } from './internals';

export function readGrid(worksheet: ExcelJS.Worksheet): SheetGrid {
  const values: CellValue[][] = [];
  const formulas: Record<string, string> = {};
  worksheet.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // ExcelJS gives a shared formula's own text for each cell it covers.
      if (cell.type === ExcelJS.ValueType.Formula && cell.formula)
        formulas[cell.address] = `=${cell.formula}`;
      // ExcelJS repeats a merge's value in every merged cell; only the top-left one holds it.
      cells[c - 1] = cell.type === ExcelJS.ValueType.Merge ? null : fromExcelValue(cell.value);
    });
    while (cells.length && cells[cells.length - 1] === null) cells.pop();
    values[r - 1] = Array.from(cells, (v) => v ?? null);
  });
  for (let r = 0; r < values.length; r++) values[r] ??= [];
  while (values.length && values[values.length - 1]!.length === 0) values.pop();
  const titleFont = worksheet.getCell('A1').font?.name;
  return {
    name: worksheet.name,
    values,
    tables: readTables(worksheet),
    ...(titleFont ? { titleFont } : {}),
    ...(Object.keys(formulas).length > 0 ? { formulas } : {}),
  };
}

function readTables(worksheet: ExcelJS.Worksheet): SheetGrid['tables'] {
  return Object.values(tablesOf(worksheet)).flatMap(({ model }) => {
    // Both a table added here and one loaded from a file carry their full A1 range in `tableRef`.
    const range = model.tableRef;
    return range ? [{ name: model.name, range: range.replace(/\$/g, '') }] : [];
  });
}
