/** Every validation rule, in the order they are documented. Adding a rule is adding a file and a line here. */
import type { Rule } from './rule';
import { dateInRange } from './rules/dateInRange';
import { duplicateTheme } from './rules/duplicateTheme';
import { emptyOwner } from './rules/emptyOwner';
import { entertainmentTheme } from './rules/entertainmentTheme';
import { formulaText } from './rules/formulaText';
import { halfwidthPunctuation } from './rules/halfwidthPunctuation';
import { itemNumbering } from './rules/itemNumbering';
import { meetingCoverage } from './rules/meetingCoverage';
import { monthsComplete } from './rules/monthsComplete';
import { placeholderText } from './rules/placeholderText';
import { requiredCells } from './rules/requiredCells';
import { sectionOrder } from './rules/sectionOrder';
import { staleEra } from './rules/staleEra';
import { staleYear } from './rules/staleYear';
import { studyHours } from './rules/studyHours';
import { themeDayHoliday } from './rules/themeDayHoliday';

export const RULES: readonly Rule[] = [
  itemNumbering,
  sectionOrder,
  monthsComplete,
  dateInRange,
  themeDayHoliday,
  requiredCells,
  staleYear,
  staleEra,
  halfwidthPunctuation,
  formulaText,
  // v2: warnings whose thresholds come from the settings.
  meetingCoverage,
  studyHours,
  placeholderText,
  duplicateTheme,
  emptyOwner,
  entertainmentTheme,
];
