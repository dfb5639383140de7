/** Every validation rule, in the order they are documented. Adding a rule is adding a file and a line here. */
import type { Rule } from './rule';
import { dateInRange } from './rules/dateInRange';
import { formulaText } from './rules/formulaText';
import { halfwidthPunctuation } from './rules/halfwidthPunctuation';
import { itemNumbering } from './rules/itemNumbering';
import { monthsComplete } from './rules/monthsComplete';
import { requiredCells } from './rules/requiredCells';
import { sectionOrder } from './rules/sectionOrder';
import { staleYear } from './rules/staleYear';
import { themeDayHoliday } from './rules/themeDayHoliday';

export const RULES: readonly Rule[] = [
  itemNumbering,
  sectionOrder,
  monthsComplete,
  dateInRange,
  themeDayHoliday,
  requiredCells,
  staleYear,
  halfwidthPunctuation,
  formulaText,
];
