/**
 * Era wording: which Party congress and plenary sessions a plan's text names (`党的十九大`,
 * `十九届二中、三中、四中全会`, `二十届历次全会`), which of them were current for a year, the study focus
 * a year's plan names by default, and the campaigns and five-year plans that had ended by then.
 *
 * A plan for year Y is written around the turn of the year, so what was held before Y began is what it
 * should know: a congress or session held during Y is not expected in it (and a plan looking forward to
 * one, `迎接党的二十一大`, is fine).
 */
import { chineseNumeral, parseChineseNumeral } from '../numerals';
import { CAMPAIGNS, CONGRESSES, type Congress, type Month } from './data';

export { CAMPAIGNS, CONGRESSES } from './data';

/** What was held before the year began: the congress in office and its latest session (1 = 一中). */
export interface EraState {
  congress: Congress;
  /** 1-based number of the latest session held; 0 when none. */
  session: number;
}

const before = (month: Month, year: number) => month < `${year}-01`;

export function eraOf(year: number): EraState | null {
  const held = CONGRESSES.filter((c) => before(c.held, year));
  const congress = held[held.length - 1];
  if (!congress) return null;
  return { congress, session: congress.sessions.filter((m) => before(m, year)).length };
}

/** `2022-10` → `2022年10月`. */
function zhMonth(m: Month): string {
  const [y, mo] = m.split('-');
  return `${y}年${Number(mo)}月`;
}

const cn = chineseNumeral;

/**
 * The study focus a plan for the year names by default: 习近平新时代中国特色社会主义思想 and the
 * congress in office, with its plenary sessions once any after the first has been held.
 */
export function currentFocus(year: number): string {
  const era = eraOf(year);
  const thought = '习近平新时代中国特色社会主义思想';
  if (!era) return thought;
  const n = cn(era.congress.number);
  return era.session >= 2 ? `${thought}和党的${n}大精神、${n}届历次全会精神` : `${thought}和党的${n}大精神`;
}

/** What was current for the year, as a message says it: 党的二十大（2022年10月）和二十届四中全会（2025年10月）. */
export function describeEra(era: EraState): { zh: string; en: string } {
  const c = era.congress;
  const n = cn(c.number);
  const congress = `党的${n}大（${zhMonth(c.held)}）`;
  const congressEn = `the ${ordinal(c.number)} Party Congress (${c.held})`;
  if (era.session < 2) return { zh: congress, en: congressEn };
  const last = c.sessions[era.session - 1]!;
  return {
    zh: `${congress}和${n}届${cn(era.session)}中全会（${zhMonth(last)}）`,
    en: `${congressEn} and the ${ordinal(era.session)} plenary session of its Central Committee (${last})`,
  };
}

function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  return `${n}${teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th')}`;
}

/** A congress or sessions a text names: `congress` for the congress itself, `all` for 历次全会. */
export interface EraMention {
  /** The words as written, e.g. `十九届二中、三中、四中全会`. */
  text: string;
  congress: number;
  sessions: number[] | 'all' | 'congress';
}

const NUM = '[一二三四五六七八九十]{1,3}';
/** `党的十九大`, `十九大`, `第十九次全国代表大会`; not `十大` (a number below the congresses we know). */
const CONGRESS = new RegExp(`(?<![一二三四五六七八九十])(?:党的)?(${NUM})大|第(${NUM})次全国代表大会`, 'g');
/** `十九届四中全会`, `十九届二中、三中、四中全会`, `十九届中央委员会第四次全体会议`, `二十届历次全会`. */
const SESSION = new RegExp(
  `(?<![一二三四五六七八九十])(${NUM})届(?:中央委员会|中央)?(历次全会|(?:(?:第)?[一二三四五六七](?:中|次)[、，和及与]?)+(?:全会|全体会议))`,
  'g',
);
/** Named as a time or as a document's origin, not as what to study: `党的十八大以来`, `六中全会通过的决议`. */
const NOT_A_FOCUS = /^(?:[”"’]?)(?:以来|通过的|审议通过)/;

const congressNumber = (s: string): number | null => {
  const n = parseChineseNumeral(s);
  return n !== null && n >= 16 && n <= 40 ? n : null;
};

/** The congresses and sessions a text names as a focus. */
export function eraMentions(text: string): EraMention[] {
  const out: EraMention[] = [];
  for (const m of text.matchAll(CONGRESS)) {
    const n = congressNumber(m[1] ?? m[2]!);
    if (n === null || NOT_A_FOCUS.test(text.slice(m.index + m[0].length))) continue;
    out.push({ text: m[0], congress: n, sessions: 'congress' });
  }
  for (const m of text.matchAll(SESSION)) {
    const n = congressNumber(m[1]!);
    if (n === null || NOT_A_FOCUS.test(text.slice(m.index + m[0].length))) continue;
    const sessions =
      m[2] === '历次全会'
        ? ('all' as const)
        : [...m[2]!.matchAll(/[一二三四五六七]/g)].map((d) => digit(d[0]));
    out.push({ text: m[0], congress: n, sessions });
  }
  return out;
}

const digit = (d: string) => '一二三四五六七八九'.indexOf(d) + 1;

/** The mentions of a text that were out of date for the year: an earlier congress, or a session superseded. */
export function staleMentions(text: string, year: number): EraMention[] {
  const era = eraOf(year);
  if (!era) return [];
  const current = era.congress.number;
  const mentions = eraMentions(text);
  // A text that names the latest session (or all of them) names the current sessions, earlier ones with it.
  const namesLatest = mentions.some(
    (m) =>
      m.congress === current &&
      (m.sessions === 'all' || (Array.isArray(m.sessions) && m.sessions.some((s) => s >= era.session))),
  );
  return mentions.filter(
    (m) =>
      m.congress < current ||
      (m.congress === current && Array.isArray(m.sessions) && !namesLatest && era.session >= 2),
  );
}

/** A campaign or a five-year plan a text names that had ended before the year. */
export interface EndedMention {
  name: string;
  lastYear: number;
}

const FIVE_YEAR = /(?<![一二三四五六七八九十])十([一二三四五六七八九])五(?![年月日])/g;

/**
 * Consolidating a campaign's results (`巩固拓展党纪学习教育成果`) is the usual wording of the year after
 * it ended, so such a mention is out of date a year later than the campaign itself.
 */
const RESULTS = /^[”"’」]?\s*(?:的)?成果/;

/** Each campaign's pattern made global once, to find every mention. */
const GLOBAL = new Map(CAMPAIGNS.map((c) => [c, new RegExp(c.pattern.source, 'g')]));

/** Whether a text may name an era at all: most cells do not, and skip the patterns. */
const MAY_NAME =
  /[一二三四五六七八九十]大|全国代表大会|届|两学一做|主题教育|学习教育|脱贫|小康|扫黑|疫情|新冠|抗疫|十[一二三四五六七八九]五/;

export function mayNameEra(text: string): boolean {
  return MAY_NAME.test(text);
}

function endedIn(text: string, all: RegExp, lastYear: number, year: number): boolean {
  return [...text.matchAll(all)].some(
    (m) => (RESULTS.test(text.slice(m.index + m[0].length)) ? lastYear + 1 : lastYear) < year,
  );
}

export function endedMentions(text: string, year: number): EndedMention[] {
  const out: EndedMention[] = CAMPAIGNS.filter(
    (c) => c.lastYear < year && endedIn(text, GLOBAL.get(c)!, c.lastYear, year),
  ).map((c) => ({ name: c.name, lastYear: c.lastYear }));
  for (const m of text.matchAll(FIVE_YEAR)) {
    const n = 10 + digit(m[1]!);
    const start = 1966 + 5 * (n - 3);
    const last = start + 4;
    const name = `“十${m[1]}五”时期`;
    if (last < year && !out.some((o) => o.name === name)) out.push({ name, lastYear: last });
  }
  return out;
}
