/**
 * ESLint's RuleTester, for our rules: a table of valid cases (no issue of the rule) and invalid cases
 * (exactly these issues, at these cells, in sheet/row/column order). Each case mutates a fresh copy of
 * the valid fixture; the maps are computed after the mutation. A case may change some settings; the
 * rest keep their defaults.
 */
import type { Severity } from '../../src/plan/issue';
import type { YearPlan } from '../../src/plan/model';
import { SHEET_KINDS, type SheetKind } from '../../src/sheets/columns';
import { DEFAULT_SETTINGS, ruleContext, sortIssues } from '../../src/validate';
import type { Rule } from '../../src/validate/rule';
import type { ValidationSettings } from '../../src/validate/settings';
import { mapsFor, validPlan } from './fixture';

export interface ValidCase {
  name: string;
  mutate?: (model: YearPlan) => void;
  settings?: Partial<ValidationSettings>;
}

export interface ExpectedIssue {
  cell: string;
  /** Defaults to the rule under test. */
  rule?: string;
  /** Which sheet; defaults to `plan`. */
  sheet?: SheetKind;
  /** Defaults to the rule's meta severity. */
  severity?: Severity;
  /** The zh-CN message, exactly (string) or matched (RegExp). */
  message?: string | RegExp;
  /** The message code, e.g. `item-numbering/gap`, and (part of) its data. */
  code?: string;
  data?: Record<string, string | number>;
}

export interface InvalidCase {
  name: string;
  mutate: (model: YearPlan) => void;
  settings?: Partial<ValidationSettings>;
  issues: ExpectedIssue[];
}

function run(rule: Rule, mutate?: (model: YearPlan) => void, settings?: Partial<ValidationSettings>) {
  const model = validPlan();
  mutate?.(model);
  const maps = mapsFor(model);
  const ctx = ruleContext(model, maps, { ...DEFAULT_SETTINGS, ...settings }, SHEET_KINDS);
  return { maps, issues: sortIssues(rule.check(ctx), maps) };
}

export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    it('has a one-line docs string in Chinese and in English, and its message codes', () => {
      expect(rule.meta.docs).toMatch(/\p{Script=Han}/u);
      expect(rule.meta.docs).not.toContain('\n');
      expect(rule.meta.docsEn).toMatch(/^[A-Z][^\n]+$/);
      const codes = Object.values(rule.meta.messages ?? {});
      expect(codes.length).toBeGreaterThan(0);
      for (const code of codes) expect(code.startsWith(`${rule.meta.id}/`)).toBe(true);
    });

    it.each(cases.valid.map((c) => [c.name, c] as const))('valid: %s', (_name, c) => {
      expect(run(rule, c.mutate, c.settings).issues).toEqual([]);
    });

    it.each(cases.invalid.map((c) => [c.name, c] as const))('invalid: %s', (_name, c) => {
      const { maps, issues } = run(rule, c.mutate, c.settings);
      for (const i of issues) {
        expect(i.rule).toBe(rule.meta.id);
        // Every issue names one of the rule's message codes; its texts are rendered in full.
        expect(Object.values(rule.meta.messages ?? {})).toContain(i.code);
        expect(i.message).toMatch(/\p{Script=Han}/u);
        expect(i.messageEn).toMatch(/^[A-Z]/);
        expect(`${i.message} ${i.messageEn}`).not.toMatch(/\{\{|\}\}/);
      }
      const actual = issues.map((i) => ({
        sheet: i.sheet,
        cell: i.cell,
        rule: i.rule,
        severity: i.severity,
      }));
      const expected = c.issues.map((e) => ({
        sheet: maps[e.sheet ?? 'plan'].sheet,
        cell: e.cell,
        rule: e.rule ?? rule.meta.id,
        severity: e.severity ?? rule.meta.severity,
      }));
      expect(actual).toEqual(expected);
      c.issues.forEach((e, k) => {
        if (typeof e.message === 'string') expect(issues[k]!.message).toBe(e.message);
        else if (e.message) expect(issues[k]!.message).toMatch(e.message);
        if (e.code) expect(issues[k]!.code).toBe(e.code);
        if (e.data) expect(issues[k]!.data).toMatchObject(e.data);
      });
    });
  });
}
