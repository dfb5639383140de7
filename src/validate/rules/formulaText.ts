/**
 * Text that begins with = + - @ would run as a formula if typed into Excel. We write it as text, but
 * a user who retypes or pastes it gets a formula (or #NAME?): point it out.
 */
import type { Issue } from '../../plan/issue';
import { defineMessages } from '../../plan/messages';
import { report, type Rule } from '../rule';

const ID = 'formula-text';

const MESSAGES = defineMessages(ID, {
  formulaStart: {
    zh: "{{label}}以“{{sign}}”开头：在 Excel 中输入这样的文字会被当作公式。本工具已按文字保存；手工修改时请在开头加一个英文单引号（'），或改写开头",
    en: `The {{labelEn}} begins with "{{sign}}": typed into Excel it would run as a formula. It is stored as text here; when editing by hand, start it with an apostrophe (') or reword the beginning.`,
  },
});

const meta = {
  id: ID,
  severity: 'warning',
  docs: '以 = + - @ 开头的文字在 Excel 中会被当作公式，宜改写开头',
  docsEn: 'Text beginning with = + - @ would run as a formula in Excel: reword the beginning',
  messages: MESSAGES,
} as const;

export const formulaText: Rule = {
  meta,
  check({ texts }) {
    const issues: Issue[] = [];
    for (const cell of texts()) {
      const t = cell.text.trim();
      // A lone "-" is the usual "none" in a table and Excel keeps it as text.
      if (t.length < 2 || !/^[=+\-@]/.test(t)) continue;
      const c = t[0]!;
      issues.push(
        report(meta, MESSAGES.formulaStart, cell, { label: cell.label, labelEn: cell.labelEn, sign: c }),
      );
    }
    return issues;
  },
};
