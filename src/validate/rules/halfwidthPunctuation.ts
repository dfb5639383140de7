/**
 * A half-width , ; : ? ! ( ) between Chinese characters should be its full-width form (，；：？！（）).
 * Digits (`13. 强化`), URLs and English text are left alone: both neighbours must be Chinese.
 */
import type { Issue } from '../../plan/issue';
import { defineMessages } from '../../plan/messages';
import { report, type Rule } from '../rule';

const ID = 'halfwidth-punctuation';

const MESSAGES = defineMessages(ID, {
  halfwidth: {
    zh: '{{label}}中有半角标点“{{mark}}”：“{{quote}}”，中文之间应使用全角“{{full}}”',
    en: 'The {{labelEn}} has a half-width "{{mark}}" between Chinese characters: "{{quote}}"; use the full-width "{{full}}".',
  },
  halfwidthRepeated: {
    zh: '{{label}}中有半角标点“{{mark}}”：“{{quote}}”，中文之间应使用全角“{{full}}”（本格共 {{count}} 处）',
    en: 'The {{labelEn}} has a half-width "{{mark}}" between Chinese characters: "{{quote}}"; use the full-width "{{full}}" ({{count}} in this cell).',
  },
});

const meta = {
  id: ID,
  severity: 'warning',
  docs: '中文之间应使用全角标点（，；：？！（）），不用半角标点',
  docsEn:
    'Between Chinese characters use full-width punctuation (comma, semicolon, colon, question and exclamation marks, brackets), not half-width',
  messages: MESSAGES,
} as const;

/** Han characters and CJK / full-width punctuation (not full-width digits or letters). */
const CJK = '[\\p{Script=Han}\\u3001-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65]';
const HALF = new RegExp(`(?<=${CJK}[ \\t\\u00a0]*)[,;:?!()](?=[ \\t\\u00a0]*${CJK})`, 'gu');
const FULL: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};
const CONTEXT = 4;

export const halfwidthPunctuation: Rule = {
  meta,
  check({ texts }) {
    const issues: Issue[] = [];
    for (const cell of texts()) {
      const found = [...cell.text.matchAll(HALF)];
      const first = found[0];
      if (!first) continue;
      const head = [...cell.text.slice(0, first.index)];
      const tail = [...cell.text.slice(first.index + 1)];
      const before = (head.length > CONTEXT ? '…' : '') + head.slice(-CONTEXT).join('');
      const after = tail.slice(0, CONTEXT).join('') + (tail.length > CONTEXT ? '…' : '');
      const quote = `${before}${first[0]}${after}`;
      const count = found.length;
      issues.push(
        report(meta, count > 1 ? MESSAGES.halfwidthRepeated : MESSAGES.halfwidth, cell, {
          label: cell.label,
          labelEn: cell.labelEn,
          mark: first[0],
          full: FULL[first[0]]!,
          quote,
          count,
        }),
      );
    }
    return issues;
  },
};
