/** Validate a year's model against every rule not turned off; issues come sorted by sheet (plan → study → theme days), row, column. */
import type { Issue } from '../plan/issue';
import type { YearPlan } from '../plan/model';
import { SHEET_KINDS, type SheetKind } from '../sheets/columns';
import type { YearMaps } from '../sheets/map';
import { parseCell } from '../sheets/spec';
import { RULES } from './registry';
import { ruleContext } from './rule';
import { DEFAULT_SETTINGS, type ValidationSettings } from './settings';

export { RULES } from './registry';
export { holds, report, ruleContext, type At, type Rule, type RuleContext, type RuleMeta } from './rule';
export {
  DEFAULT_SETTINGS,
  parseValidationSettings,
  type SettingsResult,
  type ValidationSettings,
} from './settings';

function position(cell: string): [row: number, col: number] {
  const p = /^[A-Z]+\d+$/.test(cell) ? parseCell(cell) : null;
  return p ? [p.row, p.col] : [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
}

/** Sort issues by sheet order, then row, then column; issues at the same cell keep the rules' order. */
export function sortIssues(issues: readonly Issue[], maps: YearMaps): Issue[] {
  const order = SHEET_KINDS.map((k) => maps[k].sheet);
  const sheetRank = (s: string) => {
    const i = order.indexOf(s);
    return i < 0 ? order.length : i;
  };
  return issues
    .map((issue, i) => ({ issue, i, sheet: sheetRank(issue.sheet), pos: position(issue.cell) }))
    .sort((a, b) => a.sheet - b.sheet || a.pos[0] - b.pos[0] || a.pos[1] - b.pos[1] || a.i - b.i)
    .map((x) => x.issue);
}

/**
 * Every rule not turned off in the settings; the defaults follow the regulations (see settings.ts).
 * `kinds` are the sheets the year has (a read's `kinds`): the rules check only those; all three when
 * not told.
 */
export function validateYear(
  model: YearPlan,
  maps: YearMaps,
  settings: ValidationSettings = DEFAULT_SETTINGS,
  kinds: readonly SheetKind[] = SHEET_KINDS,
): Issue[] {
  const ctx = ruleContext(model, maps, settings, kinds);
  return sortIssues(
    RULES.filter((rule) => !settings.off.includes(rule.meta.id)).flatMap((rule) => rule.check(ctx)),
    maps,
  );
}
