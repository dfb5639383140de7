/** The ExcelJS adapter of the WorkbookPort: for the CLI (Node) and the standalone page (browser). */
export { XlsxReadError, XlsxWorkbook } from './adapter';
export { readGrid } from './read';
export { writeSpec } from './write';
