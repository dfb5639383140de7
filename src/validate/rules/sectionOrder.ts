/** Section numerals run 一、二、三… in order. */
import type { Issue } from '../../plan/issue';
import { sectionCell } from '../../sheets/map';
import { holds, issueAt, type Rule } from '../rule';
import { chineseNumeral, parseChineseNumeral } from '../../plan/numerals';

const meta = {
  id: 'section-order',
  severity: 'error',
  docs: '工作计划各部分应按一、二、三……的顺序编号',
} as const;

export const sectionOrder: Rule = {
  meta,
  check(ctx) {
    if (!holds(ctx, 'plan')) return [];
    const { model, maps } = ctx;
    const issues: Issue[] = [];
    let last = 0;
    model.plan.sections.forEach((section, i) => {
      const at = { sheet: maps.plan.sheet, cell: sectionCell(maps.plan, i) };
      const expected = last + 1;
      const want = chineseNumeral(expected);
      const shown = section.numeral.trim();
      const n = parseChineseNumeral(shown.replace(/、$/, ''));
      if (n === null) {
        issues.push(
          issueAt(
            meta,
            at,
            shown === ''
              ? `部分缺少编号：此处应为“${want}”`
              : `部分编号“${shown}”不是中文数字：此处应为“${want}”`,
            shown === ''
              ? `The section has no numeral; "${want}" (${expected}) expected.`
              : `The section numeral "${shown}" is not a Chinese numeral; "${want}" (${expected}) expected.`,
          ),
        );
        last = expected;
        return;
      }
      if (n !== expected) {
        issues.push(
          issueAt(
            meta,
            at,
            last === 0
              ? `第一部分的编号应为“一”，实际为“${shown}”`
              : `部分编号不连续：“${chineseNumeral(last)}”之后应为“${want}”，实际为“${shown}”`,
            last === 0
              ? `The first section should be numbered "一" (1), found "${shown}" (${n}).`
              : `Section numerals are out of order: "${want}" (${expected}) should follow "${chineseNumeral(last)}", found "${shown}" (${n}).`,
          ),
        );
      }
      last = n;
    });
    return issues;
  },
};
