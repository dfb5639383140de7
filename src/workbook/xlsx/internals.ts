/** What ExcelJS 4.4 has at run time but leaves out of its typings. */
import type * as ExcelJS from 'exceljs';

/**
 * A table as the worksheet holds it; `tableRef` is its full A1 range, header and totals included, and
 * `autoFilterRef` the range its filter buttons cover (what the file said, once loaded).
 */
export interface TableEntry {
  model: ExcelJS.TableProperties & { tableRef?: string; autoFilterRef?: string };
}

export function tablesOf(worksheet: ExcelJS.Worksheet): Record<string, TableEntry> {
  return (worksheet as unknown as { tables: Record<string, TableEntry> }).tables;
}

export interface DataValidations {
  model: Record<string, ExcelJS.DataValidation | undefined>;
  add(address: string, validation: ExcelJS.DataValidation): ExcelJS.DataValidation;
}

export function dataValidationsOf(worksheet: ExcelJS.Worksheet): DataValidations {
  return (worksheet as unknown as { dataValidations: DataValidations }).dataValidations;
}

export function conditionalFormatsOf(worksheet: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (worksheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
    .conditionalFormattings;
}

/** The sheet order: ExcelJS sorts `workbook.worksheets` by it. */
export type OrderedWorksheet = ExcelJS.Worksheet & { orderNo: number };
