/** Drop-down lists, status colours and print setup of a written sheet. */
import type * as ExcelJS from 'exceljs';
import { STATUS_FILLS, type ColumnSpec } from '../../sheets/spec';
import { conditionalFormatsOf, dataValidationsOf } from './internals';
import { dxfFill } from './style';

/** Excel's list formula: `"a,b,c"`. Excel allows at most 255 characters and no comma inside a value. */
export function listFormula(values: readonly string[]): string {
  const bad = values.find((v) => v.includes(','));
  if (bad !== undefined) throw new Error(`Drop-down value contains a comma: ${bad}`);
  const formula = `"${values.map((v) => v.replace(/"/g, '""')).join(',')}"`;
  if (formula.length > 257) throw new Error(`Drop-down list longer than 255 characters: ${formula}`);
  return formula;
}

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

/** A4 landscape, one page wide, the header row repeated on every page, page number in the footer. */
export function setPrintSetup(worksheet: ExcelJS.Worksheet, headerRow: number) {
  Object.assign(worksheet.pageSetup, {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: `${headerRow}:${headerRow}`,
    margins: { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  } satisfies Partial<ExcelJS.PageSetup>);
  worksheet.headerFooter.oddFooter = '&C— &P —';
}
