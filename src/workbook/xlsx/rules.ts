/** Drop-down lists, status colours and print setup of a written sheet. */
import type * as ExcelJS from 'exceljs';
import { listFormula } from '../../sheets/columns';
import {
  CENTER_HORIZONTALLY,
  FIT_TO_PAGES,
  ORIENTATION,
  PAGE_FOOTER,
  PAPER_SIZE,
  PRINT_MARGINS,
} from '../../sheets/print';
import { STATUS_FILLS, type ColumnSpec } from '../../sheets/spec';
import { conditionalFormatsOf, dataValidationsOf } from './internals';
import { dxfFill } from './style';

/**
 * One validation over the whole column range (`G4:G15`). Set cell by cell, ExcelJS 4.4 writes
 * overlapping ranges past row 9. No custom message: Excel's own is in the user's language.
 */
export function addListValidation(
  worksheet: ExcelJS.Worksheet,
  range: string,
  list: NonNullable<ColumnSpec['list']>,
) {
  dataValidationsOf(worksheet).add(range, {
    type: 'list',
    allowBlank: true,
    formulae: [listFormula(list.values)],
    showErrorMessage: true,
    errorStyle: list.strict ? 'stop' : 'warning',
  });
}

/** One rule per status, each filling the cell with its colour. */
export function addStatusColours(worksheet: ExcelJS.Worksheet, range: string) {
  // Priorities are unique on a sheet; ExcelJS's own numbering can repeat the highest one.
  const existing = conditionalFormatsOf(worksheet);
  const priorityBase = (existing ?? [])
    .flatMap((cf) => cf.rules)
    .reduce((n, r) => Math.max(n, r.priority ?? 0), 0);
  worksheet.addConditionalFormatting({
    ref: range,
    rules: Object.entries(STATUS_FILLS).map(([status, rgb], i) => ({
      type: 'cellIs',
      operator: 'equal',
      formulae: [`"${status.replace(/"/g, '""')}"`],
      priority: priorityBase + i + 1,
      style: { fill: dxfFill(rgb) },
    })),
  });
}

/** ExcelJS's paper sizes (the OOXML numbers): 9 is A4. */
const PAPER_SIZES: Record<typeof PAPER_SIZE, number> = { A4: 9 };

/** The print setup of src/sheets/print, the header row repeated on every page. */
export function setPrintSetup(worksheet: ExcelJS.Worksheet, headerRow: number) {
  Object.assign(worksheet.pageSetup, {
    paperSize: PAPER_SIZES[PAPER_SIZE],
    orientation: ORIENTATION,
    fitToPage: true,
    fitToWidth: FIT_TO_PAGES.wide,
    fitToHeight: FIT_TO_PAGES.tall,
    horizontalCentered: CENTER_HORIZONTALLY,
    printTitlesRow: `${headerRow}:${headerRow}`,
    margins: { ...PRINT_MARGINS },
  } satisfies Partial<ExcelJS.PageSetup>);
  worksheet.headerFooter.oddFooter = `&C${PAGE_FOOTER}`;
}
