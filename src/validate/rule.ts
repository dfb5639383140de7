/**
 * What a validation rule is, in the shape ESLint gives its rules: a `meta` block (id, severity, one
 * line of docs) beside one function that checks a year's model and names the cell of each issue.
 */
import type { Issue, IssueData, Severity } from '../plan/issue';
import { codedIssue } from '../plan/messages';
import type { YearPlan } from '../plan/model';
import type { SheetKind } from '../sheets/columns';
import type { YearMaps } from '../sheets/map';
import type { ValidationSettings } from './settings';
import { textCells, type TextCell } from './text';

export interface RuleContext {
  model: YearPlan;
  maps: YearMaps;
  /** The branch's thresholds; rules that have none ignore it. */
  settings: ValidationSettings;
  /**
   * The kinds whose sheet the year has (all three unless a workbook holds only some): a rule checks
   * only these and reports nothing about an absent sheet, not even that it is empty.
   */
  kinds: readonly SheetKind[];
  /** Every text cell of the present sheets (`textCells`), computed once for all the rules. */
  texts(): readonly TextCell[];
}

/** A rule's context, its text cells computed on first use. */
export function ruleContext(
  model: YearPlan,
  maps: YearMaps,
  settings: ValidationSettings,
  kinds: readonly SheetKind[],
): RuleContext {
  let texts: readonly TextCell[] | undefined;
  return { model, maps, settings, kinds, texts: () => (texts ??= textCells(model, maps, kinds)) };
}

/** Whether the year has the sheet of this kind, so rules check its part of the model. */
export function holds(ctx: Pick<RuleContext, 'kinds'>, kind: SheetKind): boolean {
  return ctx.kinds.includes(kind);
}

export interface RuleMeta {
  /** Kebab-case id, e.g. `item-numbering`; the `rule` of every issue it reports. */
  id: string;
  /** The rule's usual severity; a rule may report some issues as warnings (see `stale-year`). */
  severity: Severity;
  /** One line, zh-CN: what the rule checks. */
  docs: string;
  /** The same line in English, with no Chinese in it (the settings panel in English). */
  docsEn: string;
  /**
   * The codes of the rule's messages (`defineMessages(id, {…})`, as ESLint's `meta.messages`): each
   * issue names one, its text comes from the catalogue.
   */
  messages?: Readonly<Record<string, string>>;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): Issue[];
}

/** Where an issue is: a sheet name and an A1 cell. */
export interface At {
  sheet: string;
  cell: string;
}

/** An issue of a rule's message code at a cell: its texts from the catalogue, filled with `data`. */
export function report(
  meta: RuleMeta,
  code: string,
  at: At,
  data: IssueData = {},
  severity: Severity = meta.severity,
): Issue {
  return codedIssue(meta.id, code, severity, at, data);
}
