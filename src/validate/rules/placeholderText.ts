/**
 * Placeholders left from a template: runs of two or more X / x / × (`XX党支部`, `20XX年`, `××`, `xxxx`),
 * a single X before 年 / 月 / 日 / 号 (`X月X日`), `某某`, `○○` and fill-in blanks of three or more
 * underscores. Conservative on purpose: X touching another Latin letter is English (`XXL`, `Xbox`,
 * `Excel`), a lone X is not a placeholder (`X光`, `X86`), nor is 待定 (a real planning answer).
 * DOMAIN.md calls placeholders errors in a finished plan; a plan being drafted has them, so a warning.
 */
import type { Issue } from '../../plan/issue';
import { defineMessages } from '../../plan/messages';
import { report, type Rule } from '../rule';

const ID = 'placeholder-text';

const MESSAGES = defineMessages(ID, {
  placeholder: {
    zh: '{{label}}中留有模板占位符“{{placeholder}}”：“{{quote}}”，请改为实际内容',
    en: 'The {{labelEn}} still has the template placeholder "{{placeholder}}": "{{quote}}"; replace it with the real text.',
  },
  placeholderRepeated: {
    zh: '{{label}}中留有模板占位符“{{placeholder}}”：“{{quote}}”，请改为实际内容（本格共 {{count}} 处）',
    en: 'The {{labelEn}} still has the template placeholder "{{placeholder}}": "{{quote}}"; replace it with the real text ({{count}} in this cell).',
  },
});

const meta = {
  id: ID,
  severity: 'warning',
  docs: '文字中不应留有模板占位符（如“XX党支部”“X月X日”“某某”）',
  docsEn:
    'Text should not keep template placeholders (such as an XX branch, an X month and X day, a so-and-so)',
  messages: MESSAGES,
} as const;

const X = '[XxＸｘ×]';
const PLACEHOLDER = new RegExp(
  [
    `(?<![A-Za-zＡ-Ｚａ-ｚ])${X}{2,}(?![A-Za-zＡ-Ｚａ-ｚ])`,
    `(?<![A-Za-zＡ-Ｚａ-ｚ])${X}\\s*月\\s*${X}\\s*[日号]`,
    `(?<![A-Za-zＡ-Ｚａ-ｚ])${X}(?=\\s*[年月日号])`,
    '某某',
    '○{2,}',
    '[_＿]{3,}',
  ].join('|'),
  'gu',
);
const CONTEXT = 4;

export const placeholderText: Rule = {
  meta,
  check({ texts }) {
    const issues: Issue[] = [];
    for (const cell of texts()) {
      const found = [...cell.text.matchAll(PLACEHOLDER)];
      const first = found[0];
      if (!first) continue;
      const head = [...cell.text.slice(0, first.index)];
      const tail = [...cell.text.slice(first.index + first[0].length)];
      const quote =
        (head.length > CONTEXT ? '…' : '') +
        head.slice(-CONTEXT).join('') +
        first[0] +
        tail.slice(0, CONTEXT).join('') +
        (tail.length > CONTEXT ? '…' : '');
      const count = found.length;
      issues.push(
        report(meta, count > 1 ? MESSAGES.placeholderRepeated : MESSAGES.placeholder, cell, {
          label: cell.label,
          labelEn: cell.labelEn,
          placeholder: first[0],
          quote,
          count,
        }),
      );
    }
    return issues;
  },
};
