/** Read a worksheet back as a SheetGrid: plain values from A1 and the tables on the sheet. */
import * as ExcelJS from 'exceljs';
import { HEADER_FILL, parseRange, type CellValue, type GridExtras, type SheetGrid } from '../../sheets/spec';
import { fromExcelValue } from './cells';
import { tablesOf } from './internals';

export function readGrid(worksheet: ExcelJS.Worksheet): SheetGrid {
  const values: CellValue[][] = [];
  const formulas: Record<string, string> = {};
  const notes: string[] = [];
  const links: string[] = [];
  const fills: string[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: CellValue[] = [];
    // Empty cells too: a note or a fill may stand on a cell without a value.
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      // ExcelJS gives a shared formula's own text for each cell it covers.
      if (cell.type === ExcelJS.ValueType.Formula && cell.formula)
        formulas[cell.address] = `=${cell.formula}`;
      if (cell.note) notes.push(cell.address);
      if (cell.type === ExcelJS.ValueType.Hyperlink) links.push(cell.address);
      const fill = cell.fill as { type?: string; fgColor?: { argb?: string } } | undefined;
      const colour = fill?.type === 'pattern' ? fill.fgColor?.argb?.slice(-6).toUpperCase() : undefined;
      if (colour && colour !== HEADER_FILL) fills.push(cell.address);
      // ExcelJS repeats a merge's value in every merged cell; only the top-left one holds it.
      cells[c - 1] = cell.type === ExcelJS.ValueType.Merge ? null : fromExcelValue(cell.value);
    });
    while (cells.length && cells[cells.length - 1] === null) cells.pop();
    values[r - 1] = Array.from(cells, (v) => v ?? null);
  });
  for (let r = 0; r < values.length; r++) values[r] ??= [];
  while (values.length && values[values.length - 1]!.length === 0) values.pop();
  const titleFont = worksheet.getCell('A1').font?.name;
  const tables = readTables(worksheet);
  const extras = extrasOf(worksheet, tables, { notes, links, fills });
  return {
    name: worksheet.name,
    values,
    tables,
    ...(titleFont ? { titleFont } : {}),
    ...(Object.keys(formulas).length > 0 ? { formulas } : {}),
    ...(extras ? { extras } : {}),
    extrasRead: true,
  };
}

/**
 * What the sheet holds beside values: the cells' notes, links and hand-set fills (all but the header's
 * standard fill), merges other than a title or text row's across the sheet's width (layout's own),
 * images, and a password on its protection.
 */
function extrasOf(
  ws: ExcelJS.Worksheet,
  tables: SheetGrid['tables'],
  cells: { notes: string[]; links: string[]; fills: string[] },
): GridExtras | undefined {
  const table = tables[0];
  const header = table ? (parseRange(table.range)?.top ?? 1) : 1;
  const merges = (
    ((ws as unknown as { model: { merges?: string[] } }).model.merges ?? []) as string[]
  ).filter((m) => {
    const r = parseRange(m);
    return !r || !(r.top === r.bottom && r.left === 1 && r.top < header);
  });
  const images = ws.getImages().length;
  const protection = (ws as unknown as { sheetProtection?: { hashValue?: string; password?: string } })
    .sheetProtection;
  const extras: GridExtras = {
    ...(cells.notes.length ? { notes: cells.notes } : {}),
    ...(cells.links.length ? { links: cells.links } : {}),
    ...(cells.fills.length ? { fills: cells.fills } : {}),
    ...(merges.length ? { merges } : {}),
    ...(images ? { images } : {}),
    ...(protection?.hashValue || protection?.password ? { password: true } : {}),
  };
  return Object.keys(extras).length > 0 ? extras : undefined;
}

function readTables(worksheet: ExcelJS.Worksheet): SheetGrid['tables'] {
  return Object.values(tablesOf(worksheet)).flatMap(({ model }) => {
    // Both a table added here and one loaded from a file carry their full A1 range in `tableRef`.
    const range = model.tableRef;
    return range ? [{ name: model.name, range: range.replace(/\$/g, '') }] : [];
  });
}
