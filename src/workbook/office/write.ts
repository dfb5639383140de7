/**
 * Queue one SheetSpec onto an empty worksheet: widths, number formats, values (2-D, a few calls per
 * sheet whatever its size), merges, the table with its totals row, styles, rules and print setup.
 * Nothing here syncs; the adapter syncs once for all sheets.
 */
import { columnFormat } from '../../sheets/columns';
import { frozenRows } from '../../sheets/rowHeights';
import { columnLetter, type ColumnSpec, type SheetSpec } from '../../sheets/spec';
import { addRules, setPrintSetup, styleSheet } from './format';
import { columnPoints, rowsRange, sheetLayout, type SheetLayout } from './layout';
import { cellFormat, TEXT_FORMAT, textValue, toOfficeValue, type OfficeValue } from './values';

/** Queue the whole sheet. `tableName` is the table's name while staged. */
export function queueSheet(ws: Excel.Worksheet, spec: SheetSpec, tableName: string): void {
  const layout = sheetLayout(spec);
  spec.table.columns.forEach((c, j) => {
    const letter = columnLetter(j + 1);
    ws.getRange(`${letter}:${letter}`).format.columnWidth = columnPoints(c.width);
  });
  writeValues(ws, spec, layout);
  for (const row of [1, ...layout.text]) {
    if (layout.width > 1) ws.getRange(rowsRange(layout, row)).merge(false);
  }
  addTable(ws, spec, layout, tableName);
  styleSheet(ws, spec, layout);
  addRules(ws, spec, layout);
  const frozen = frozenRows(spec, layout.heights);
  if (frozen > 0) ws.freezePanes.freezeRows(frozen);
  setPrintSetup(ws.pageLayout, layout.header);
}

/** Title, text rows and header in one call; the data's formats, then its values, in one call each. */
function writeValues(ws: Excel.Worksheet, spec: SheetSpec, layout: SheetLayout) {
  const { columns } = spec.table;
  const blank = (first: OfficeValue): OfficeValue[] => [first, ...columns.slice(1).map(() => '')];
  const top: OfficeValue[][] = [
    blank(textValue(spec.title, 'General')),
    ...spec.textRows.map((t) => blank(textValue(t, 'General'))),
    columns.map((c) => textValue(c.header, 'General')),
  ];
  ws.getRange(rowsRange(layout, 1, layout.header)).values = top;

  // Formats first: a cell formatted `@` takes what is written as text, a date format shows serials.
  const formats = layout.data.map((row) =>
    columns.map((c, j) => cellFormat(columnFormat(c), row[j] ?? null)),
  );
  const data = rowsRange(layout, layout.firstData, layout.lastData);
  ws.getRange(data).numberFormat = formats;
  ws.getRange(data).values = layout.data.map((row, i) =>
    columns.map((_, j) => toOfficeValue(row[j] ?? null, formats[i]![j]!)),
  );
}

/** A column name inside a structured reference: `[`, `]`, `#` and `'` are escaped with `'`. */
function structuredName(header: string): string {
  return header.replace(/([[\]#'])/g, "'$1");
}

function addTable(ws: Excel.Worksheet, spec: SheetSpec, layout: SheetLayout, tableName: string) {
  const { columns, totals } = spec.table;
  const table = ws.tables.add(rowsRange(layout, layout.header, layout.lastData), true);
  table.name = tableName;
  table.style = 'TableStyleLight1';
  table.showBandedRows = false;
  table.showFilterButton = false;
  if (!totals || layout.totals === undefined) return;
  table.showTotals = true;
  const sums = new Set(totals.sumFields);
  const isSum = (c: ColumnSpec, j: number) => j > 0 && sums.has(c.field);
  // A SUM written into a cell formatted as text would stay text.
  ws.getRange(rowsRange(layout, layout.totals)).numberFormat = [
    columns.map((c, j) => {
      const format = columnFormat(c) ?? 'General';
      return isSum(c, j) && format === TEXT_FORMAT ? 'General' : format;
    }),
  ];
  table.getTotalRowRange().formulas = [
    columns.map((c, j) => {
      if (j === 0) return textValue(totals.label, 'General');
      return isSum(c, j) ? `=SUBTOTAL(109,[${structuredName(c.header)}])` : '';
    }),
  ];
}
