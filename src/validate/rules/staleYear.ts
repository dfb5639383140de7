/**
 * Text that names an earlier year (`2025年`) was probably carried over from an old plan. Last year is a
 * warning (it may be a review of last year's work); anything older is an error. Later years are fine.
 */
import type { Issue } from '../../plan/issue';
import { defineMessages } from '../../plan/messages';
import { report, type Rule } from '../rule';
import { toAsciiDigits } from '../../plan/numerals';

const ID = 'stale-year';

const MESSAGES = defineMessages(ID, {
  earlier: {
    zh: '{{label}}中出现往年年份“{{years}}”（本计划为 {{year}} 年），请核对是否沿用了旧计划的文字',
    en: 'The {{labelEn}} mentions an earlier year ({{yearsEn}}) in a {{year}} plan; check whether it was carried over from an old plan.',
  },
});

const meta = {
  id: ID,
  severity: 'error',
  docs: '文字中不应出现往年年份（如“2025年”），多为沿用旧计划未改',
  docsEn:
    'Text should not name an earlier year (such as 2025): usually wording carried over from an old plan',
  messages: MESSAGES,
} as const;

const YEAR = /(?<![0-9０-９])([0-9０-９]{4})\s*年/g;

export const staleYear: Rule = {
  meta,
  check({ model, texts }) {
    const issues: Issue[] = [];
    for (const cell of texts()) {
      const years = [...cell.text.matchAll(YEAR)]
        .map((m) => Number(toAsciiDigits(m[1]!)))
        .filter((y) => y < model.year);
      if (years.length === 0) continue;
      const distinct = [...new Set(years)];
      const severity = distinct.some((y) => y < model.year - 1) ? 'error' : 'warning';
      issues.push(
        report(
          meta,
          MESSAGES.earlier,
          cell,
          {
            label: cell.label,
            labelEn: cell.labelEn,
            years: distinct.map((y) => `${y}年`).join('、'),
            yearsEn: distinct.join(', '),
            year: model.year,
          },
          severity,
        ),
      );
    }
    return issues;
  },
};
