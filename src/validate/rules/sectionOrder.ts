/** Section numerals run 一、二、三… in order. */
import type { Issue } from '../../plan/issue';
import { sectionCell } from '../../sheets/map';
import { defineMessages } from '../../plan/messages';
import { holds, report, type Rule } from '../rule';
import { chineseNumeral, parseChineseNumeral } from '../../plan/numerals';

const ID = 'section-order';

const MESSAGES = defineMessages(ID, {
  missing: {
    zh: '部分缺少编号：此处应为“{{want}}”',
    en: 'The section has no numeral; "{{want}}" ({{expected}}) expected.',
  },
  notNumeral: {
    zh: '部分编号“{{shown}}”不是中文数字：此处应为“{{want}}”',
    en: 'The section numeral "{{shown}}" is not a Chinese numeral; "{{want}}" ({{expected}}) expected.',
  },
  firstNotOne: {
    zh: '第一部分的编号应为“一”，实际为“{{shown}}”',
    en: 'The first section should be numbered "一" (1), found "{{shown}}" ({{found}}).',
  },
  outOfOrder: {
    zh: '部分编号不连续：“{{last}}”之后应为“{{want}}”，实际为“{{shown}}”',
    en: 'Section numerals are out of order: "{{want}}" ({{expected}}) should follow "{{last}}", found "{{shown}}" ({{found}}).',
  },
});

const meta = {
  id: ID,
  severity: 'error',
  docs: '工作计划各部分应按一、二、三……的顺序编号',
  docsEn: 'The work plan’s sections are numbered in order, in Chinese numerals (one, two, three …)',
  messages: MESSAGES,
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
          report(meta, shown === '' ? MESSAGES.missing : MESSAGES.notNumeral, at, { shown, want, expected }),
        );
        last = expected;
        return;
      }
      if (n !== expected) {
        issues.push(
          last === 0
            ? report(meta, MESSAGES.firstNotOne, at, { shown, found: n })
            : report(meta, MESSAGES.outOfOrder, at, {
                shown,
                found: n,
                want,
                expected,
                last: chineseNumeral(last),
              }),
        );
      }
      last = n;
    });
    return issues;
  },
};
