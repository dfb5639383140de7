/**
 * The look of a written sheet through Office.js, matching the ExcelJS writer: fonts, fills, borders,
 * alignment, row heights, unlocked user columns, drop-down lists, status colours and print setup.
 * Office.js has no font charset: the GB2312 mark the ExcelJS writer adds has no equivalent here.
 */
import { listFormula } from '../../sheets/columns';
import {
  CENTER_HORIZONTALLY,
  FIT_TO_PAGES,
  ORIENTATION,
  PAGE_FOOTER,
  PAPER_SIZE,
  PRINT_MARGINS,
} from '../../sheets/print';
import { HEADER_FILL, STATUS_FILLS, type FontSpec, type SheetSpec } from '../../sheets/spec';
import { columnRange, heightRuns, rowsRange, type SheetLayout } from './layout';

export const HEADER_COLOUR = `#${HEADER_FILL}`;
const BORDER_COLOUR = '#000000';
const EDGES = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideHorizontal',
  'InsideVertical',
] as const;

function setFont(range: Excel.Range, spec: FontSpec, bold = spec.bold ?? false) {
  range.format.font.name = spec.name;
  range.format.font.size = spec.size;
  range.format.font.bold = bold;
}

function align(range: Excel.Range, horizontal: 'Center' | 'Left', vertical: 'Center' | 'Top') {
  range.format.horizontalAlignment = horizontal;
  range.format.verticalAlignment = vertical;
  range.format.wrapText = true;
}

/** Thin black borders on every cell of the range. */
function gridLines(range: Excel.Range) {
  for (const edge of EDGES) {
    const border = range.format.borders.getItem(edge);
    border.style = 'Continuous';
    border.weight = 'Thin';
    border.color = BORDER_COLOUR;
  }
}

export function styleSheet(ws: Excel.Worksheet, spec: SheetSpec, layout: SheetLayout) {
  const { columns } = spec.table;
  const { fonts } = spec;
  const title = ws.getRange(rowsRange(layout, 1));
  setFont(title, fonts.title);
  align(title, 'Center', 'Center');
  if (layout.text.length) {
    const text = ws.getRange(rowsRange(layout, layout.text[0]!, layout.text[layout.text.length - 1]));
    setFont(text, fonts.text);
    align(text, 'Left', 'Top');
  }

  const header = ws.getRange(rowsRange(layout, layout.header));
  setFont(header, fonts.header, true);
  header.format.fill.color = HEADER_COLOUR;
  align(header, 'Center', 'Center');

  const lastRow = layout.totals ?? layout.lastData;
  const body = ws.getRange(rowsRange(layout, layout.firstData, lastRow));
  setFont(body, fonts.body);
  body.format.verticalAlignment = 'Top';
  body.format.wrapText = true;
  columns.forEach((c, j) => {
    ws.getRange(columnRange(j + 1, layout.firstData, lastRow)).format.horizontalAlignment = c.centre
      ? 'Center'
      : 'Left';
    if (c.user)
      ws.getRange(columnRange(j + 1, layout.firstData, layout.lastData)).format.protection.locked = false;
  });
  if (layout.totals !== undefined) {
    const totals = ws.getRange(rowsRange(layout, layout.totals));
    totals.format.font.bold = true;
    totals.format.protection.locked = true;
  }
  gridLines(ws.getRange(rowsRange(layout, layout.header, lastRow)));

  for (const [top, bottom, height] of heightRuns(layout.heights)) {
    ws.getRange(`A${top}:A${bottom}`).format.rowHeight = height;
  }
}

/** Drop-down lists over each list column's data, and one colour rule per status. */
export function addRules(ws: Excel.Worksheet, spec: SheetSpec, layout: SheetLayout) {
  spec.table.columns.forEach((c, j) => {
    const range = ws.getRange(columnRange(j + 1, layout.firstData, layout.lastData));
    if (c.list) {
      listFormula(c.list.values); // Excel's limits: no comma in a value, 255 characters in all.
      range.dataValidation.rule = { list: { inCellDropDown: true, source: c.list.values.join(',') } };
      range.dataValidation.ignoreBlanks = true;
      // No custom message: Excel's own is in the user's language.
      range.dataValidation.errorAlert = {
        showAlert: true,
        style: c.list.strict ? 'Stop' : 'Warning',
        title: '',
        message: '',
      };
    }
    if (c.statusColours) {
      for (const [status, rgb] of Object.entries(STATUS_FILLS)) {
        const rule = range.conditionalFormats.add('CellValue');
        rule.cellValue.format.fill.color = `#${rgb}`;
        rule.cellValue.rule = { formula1: `="${status.replace(/"/g, '""')}"`, operator: 'EqualTo' };
      }
    }
  });
}

const ORIENTATIONS: Record<typeof ORIENTATION, 'Landscape' | 'Portrait'> = {
  landscape: 'Landscape',
  portrait: 'Portrait',
};

/** The print setup of src/sheets/print, the header row repeated on every page. */
export function setPrintSetup(page: Excel.PageLayout, headerRow: number) {
  page.orientation = ORIENTATIONS[ORIENTATION];
  page.paperSize = PAPER_SIZE;
  page.centerHorizontally = CENTER_HORIZONTALLY;
  page.zoom = { horizontalFitToPages: FIT_TO_PAGES.wide, verticalFitToPages: FIT_TO_PAGES.tall };
  page.setPrintTitleRows(`$${headerRow}:$${headerRow}`);
  page.setPrintMargins('Inches', { ...PRINT_MARGINS });
  page.headersFooters.defaultForAllPages.centerFooter = PAGE_FOOTER;
}
