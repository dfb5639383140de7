/**
 * The core behind the task pane's buttons: the actions and, through them, generation, reading and
 * validation with their libraries (date-fns, the holiday data of chinese-days, zod for the validation
 * settings). It is a chunk of its own, fetched as the page starts (see lazy.ts): the pane shows and
 * takes input without waiting for it.
 */
export { formatSheets, generateSheets, rolloverSheets, shareYear, validateWorkbook } from '../app/actions';
export { DEFAULT_RULE_TEXT } from '../plan/dayRule';
export { currentFocus } from '../plan/era';
// What the files brought to import hold, shown before generating (the actions import them the same way).
export { importDocuments } from '../plan/import';
export { yearsInSheets } from '../workbook/years';
export { RULES } from '../validate/registry';
export {
  changedSettings,
  DEFAULT_SETTINGS,
  NUMBER_SETTINGS,
  parseValidationSettings,
} from '../validate/settings';
