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
import { issueAt, type Rule } from '../rule';

const meta = {
  id: 'stale-era',
  severity: 'warning',
  docs: '文字中不宜把往届党代会、已被后续全会接续的全会或已结束的专项工作当作当前的学习和工作重点',
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
      if (stale.length > 0 && now)
        issues.push(
          issueAt(
            meta,
            cell,
            `${cell.label}中的${quoted(stale)}不是${model.year}年的提法：此前已召开${now.zh}。当前的学习重点为“${focus}”，请核对改写`,
            `The ${cell.labelEn} names ${stale.join(', ')}, out of date in ${model.year}: ${now.en} had been held before. The current study focus is "${focus}"; check and rewrite it.`,
          ),
        );
      const ended = endedMentions(cell.text, model.year);
      if (ended.length > 0)
        issues.push(
          issueAt(
            meta,
            cell,
            `${cell.label}提到${ended.map((e) => `${e.name}（至${e.lastYear}年）`).join('、')}，已是往年的工作；如不是回顾，宜改用${model.year}年的提法`,
            `The ${cell.labelEn} names ${ended.map((e) => `${e.name} (until ${e.lastYear})`).join(', ')}, which had ended before ${model.year}; unless it looks back, use the wording of ${model.year}.`,
          ),
        );
    }
    return issues;
  },
};
