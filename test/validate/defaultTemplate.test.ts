/**
 * The year a user gets from the built-in template is a complete plan as validation v2 reads it: every
 * quarter's 党员大会, the 党课, 组织生活会 and 民主评议党员 in the fourth quarter, 七一, 36 学时, owners,
 * no placeholders, no repeated or entertainment themes.
 */
import { generateYear } from '../../src/plan/generate';
import { defaultTemplate } from '../../src/plan/templates/default';
import { layoutYear } from '../../src/sheets/layout';
import { validateYear } from '../../src/validate';

const V2_RULES = [
  'meeting-coverage',
  'study-hours',
  'placeholder-text',
  'duplicate-theme',
  'empty-owner',
  'entertainment-theme',
];

describe('the default template generated for 2027', () => {
  const { model } = generateYear(defaultTemplate(), { year: 2027 });
  const { maps } = layoutYear(model);
  const issues = validateYear(model, maps);

  it('has no issue from the v2 rules', () => {
    expect(issues.filter((i) => V2_RULES.includes(i.rule))).toEqual([]);
  });

  it('keeps only the seed’s numbering gap as an error', () => {
    expect(issues.filter((i) => i.severity === 'error').map((i) => i.rule)).toEqual(['item-numbering']);
  });
});
