/** The Office.js adapter of the WorkbookPort: for the task pane inside Excel. */
export { OfficeWorkbook, type ExcelBatchRunner, type OfficeWorkbookOptions } from './adapter';
export { FileExportError, type FileSource } from './exportFile';
export {
  REQUIRED_SETS,
  checkRequirements,
  type RequirementMessage,
  type RequirementSet,
} from './requirements';
