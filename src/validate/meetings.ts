/**
 * Which of the meetings the 支部工作条例 asks for a theme-day row holds, and whether it marks 七一.
 *
 * A row holds a meeting when its 活动形式 names it (`党员大会`, `支部党员大会`, `党员大会、党课` …), or,
 * as a fallback for rows whose form says only 主题党日, when its 活动主题 names it (a theme says what
 * the day is: `年度组织生活会`, `书记讲党课`) or its 活动内容 names it after a verb of holding it in the
 * same clause (`召开党员大会通报一季度工作`, `召开组织生活会、民主评议党员`, `支部书记讲专题党课`).
 * A bare mention in the content (`为组织生活会做准备`, `观看党课视频`) does not count. 民主评议 is an
 * act in itself, so any `民主评议党员` / `党员民主评议` counts, but not `民主评议政风行风`.
 */
import type { ThemeDay } from '../plan/model';

export type Meeting = 'memberMeeting' | 'partyLecture' | 'lifeMeeting' | 'memberReview';

/** Up to n characters inside one clause: a verb and its object, across 、 lists but not ，。；. */
const clause = (n: number) => `[^,;:!?。\\n]{0,${n}}`;

const PATTERNS: Record<Meeting, { form: RegExp; theme: RegExp; content: RegExp }> = {
  memberMeeting: {
    form: /党员大会|支部大会/,
    theme: /党员大会|支部大会/,
    content: new RegExp(`(?:召开|举行|开好)${clause(12)}(?:党员大会|支部大会)`),
  },
  partyLecture: {
    form: /党课/,
    theme: /党课/,
    content: new RegExp(`(?:讲|讲授|听|举办|开展)${clause(8)}党课|上(?:专题|微)?党课`),
  },
  lifeMeeting: {
    form: /组织生活会/,
    theme: /组织生活会/,
    content: new RegExp(`(?:召开|举行|开好)${clause(12)}组织生活会`),
  },
  memberReview: {
    form: /民主评议/,
    theme: /民主评议党员|党员民主评议/,
    content: /民主评议党员|党员民主评议/,
  },
};

/** Full-width letters, digits and punctuation as half-width, spaces dropped. */
export function normalize(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '');
}

/** The meetings a theme-day row holds (see above). */
export function meetingsOf(a: ThemeDay): Set<Meeting> {
  const form = normalize(a.form);
  const theme = normalize(a.theme);
  const content = normalize(a.content);
  const held = new Set<Meeting>();
  for (const [meeting, p] of Object.entries(PATTERNS) as [Meeting, (typeof PATTERNS)[Meeting]][])
    if (p.form.test(form) || p.theme.test(theme) || p.content.test(content)) held.add(meeting);
  return held;
}

const JULY_FIRST = /七一|7月1日|七月一日|建党|党的生日|党的诞辰|中国共产党成立/;

/**
 * Whether a row's theme or content marks 七一: it names 七一 / 建党 / 党的生日 / 党的诞辰. The form alone
 * does not: a July 党员大会 is the third quarter's meeting, held whether or not it marks the day.
 */
export function marksJulyFirst(a: ThemeDay): boolean {
  return JULY_FIRST.test(normalize(a.theme)) || JULY_FIRST.test(normalize(a.content));
}
