/**
 * Era wording out of date for the plan's year: a congress or plenary session named as what to study
 * when a later congress had been held (`十九届四中全会` in a 2027 plan), or a session of the current
 * congress when a later one of its sessions had been (`二十届二中、三中全会` without the 四中 in 2026);
 * and, more softly, campaigns and five-year plans that had ended (`两学一做`, `脱贫攻坚战`, `十四五`),
 * which a plan may still name looking back. The facts are src/plan/era/data.ts; the message says what
 * was current and the study focus of the settings. Nothing is rewritten: the user decides.
 */
import { currentFocus, describeEra, endedMentions, eraOf, mayNameEra, staleMentions } from '../../plan/era';
import type { Issue } from '../../plan/issue';
import { defineMessages } from '../../plan/messages';
import { report, type Rule } from '../rule';

const ID = 'stale-era';

const MESSAGES = defineMessages(ID, {
  superseded: {
    zh: '{{label}}中的{{phrases}}不是{{year}}年的提法：此前已召开{{current}}。当前的学习重点为“{{focus}}”，请核对改写',
    en: 'The {{labelEn}} names {{phrasesEn}}, out of date in {{year}}: {{currentEn}} had been held before. The current study focus is "{{focus}}"; check and rewrite it.',
  },
  ended: {
    zh: '{{label}}提到{{ended}}，已是往年的工作；如不是回顾，宜改用{{year}}年的提法',
    en: 'The {{labelEn}} names {{endedEn}}, which had ended before {{year}}; unless it looks back, use the wording of {{year}}.',
  },
});

const meta = {
  id: ID,
  severity: 'warning',
  docs: '文字中不宜把往届党代会、已被后续全会接续的全会或已结束的专项工作当作当前的学习和工作重点',
  docsEn:
    'Text should not study an earlier congress, a session since superseded, or a campaign that has ended as if current',
  messages: MESSAGES,
} as const;

const quoted = (xs: readonly string[]) => xs.map((x) => `“${x}”`).join('、');

export const staleEra: Rule = {
  meta,
  check({ model, settings, texts }) {
    const era = eraOf(model.year);
    const focus = settings.studyFocus.trim() || currentFocus(model.year);
    const now = era && describeEra(era);
    const issues: Issue[] = [];
    for (const cell of texts()) {
      if (!mayNameEra(cell.text)) continue;
      const stale = [...new Set(staleMentions(cell.text, model.year).map((m) => m.text))];
      const labels = { label: cell.label, labelEn: cell.labelEn, year: model.year };
      if (stale.length > 0 && now)
        issues.push(
          report(meta, MESSAGES.superseded, cell, {
            ...labels,
            phrases: quoted(stale),
            phrasesEn: stale.join(', '),
            current: now.zh,
            currentEn: now.en,
            focus,
          }),
        );
      const ended = endedMentions(cell.text, model.year);
      if (ended.length > 0)
        issues.push(
          report(meta, MESSAGES.ended, cell, {
            ...labels,
            ended: ended.map((e) => `${e.name}（至${e.lastYear}年）`).join('、'),
            endedEn: ended.map((e) => `${e.name} (until ${e.lastYear})`).join(', '),
          }),
        );
    }
    return issues;
  },
};
