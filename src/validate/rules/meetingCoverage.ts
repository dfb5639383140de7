/**
 * The theme-day plan covers what the 支部工作条例 asks of a year: a 党员大会 each quarter, 党课, a
 * 组织生活会 and 民主评议党员 (in the fourth quarter), and an activity for 七一. How a row is read as a
 * meeting is in ../meetings.ts; the counts come from the settings. An empty theme-day plan gives
 * nothing here (months-complete reports it); rows whose month is not 1–12 are not counted.
 *
 * It reads the theme-day sheet only: a year that has that sheet alone is checked in full (the meetings
 * are planned there, whatever else the branch keeps); a year without it gives nothing here, as the
 * plan's and study plan's texts do not say when a meeting is held.
 *
 * Where: a quarter without its 党员大会 at the 活动形式 of the quarter's first row (the header when the
 * quarter has none); a meeting missing from the whole year at the 活动形式 header; a meeting held only
 * outside the fourth quarter at its row's 活动形式; no 七一 activity at the 活动主题 of July (or June).
 */
import type { Issue } from '../../plan/issue';
import type { ThemeDay } from '../../plan/model';
import { anniversary } from '../../plan/yearChange';
import { cellOf, headerCell } from '../../sheets/map';
import { marksJulyFirst, meetingsOf, type Meeting } from '../meetings';
import { defineMessages } from '../../plan/messages';
import { holds, report, type At, type Rule } from '../rule';

const ID = 'meeting-coverage';
const REGULATION = '《中国共产党支部工作条例（试行）》';
const REGULATION_EN = 'Regulations on the Work of Party Branches (Trial)';
const QUARTERLY = `。${REGULATION}：党员大会一般每季度召开1次`;
const QUARTERLY_EN = `. ${REGULATION_EN}: a general meeting of members is generally held once a quarter.`;

const MESSAGES = defineMessages(ID, {
  noMemberMeeting: {
    zh: `{{quarter}}没有安排党员大会${QUARTERLY}`,
    en: `Quarter {{quarterEn}} has no general meeting of members (党员大会)${QUARTERLY_EN}`,
  },
  fewMemberMeetings: {
    zh: `{{quarter}}只安排了 {{count}} 次党员大会（设置为每季度 {{perQuarter}} 次）${QUARTERLY}`,
    en: {
      one: `Quarter {{quarterEn}} has {{count}} general meeting of members (党员大会), {{perQuarter}} expected by the settings${QUARTERLY_EN}`,
      other: `Quarter {{quarterEn}} has {{count}} general meetings of members (党员大会), {{perQuarter}} expected by the settings${QUARTERLY_EN}`,
    },
  },
  noYearly: {
    zh: `全年没有安排{{name}}。${REGULATION}：{{source}}`,
    en: `The year has no {{nameEn}}. ${REGULATION_EN}: {{sourceEn}}.`,
  },
  fewYearly: {
    zh: `全年只安排了 {{count}} 次{{name}}（设置为每年至少 {{required}} 次）。${REGULATION}：{{source}}`,
    en: `The year has {{count}} {{nameEn}}, at least {{required}} expected by the settings. ${REGULATION_EN}: {{sourceEn}}.`,
  },
  notFourthQuarter: {
    zh: `{{name}}只安排在 {{months}}，不在第四季度（10–12月）。${REGULATION}：{{source}}`,
    en: {
      one: `The {{nameEn}} is held only in month {{monthsEn}}, not in the fourth quarter (October–December). ${REGULATION_EN}: {{sourceEn}}.`,
      other: `The {{nameEn}} is held only in months {{monthsEn}}, not in the fourth quarter (October–December). ${REGULATION_EN}: {{sourceEn}}.`,
    },
  },
  noJulyFirst: {
    zh: '6月、7月没有纪念七一的活动：活动主题或内容中宜安排庆祝建党{{n}}周年的内容',
    en: "No June or July activity marks 1 July, the Party's founding day; plan one for the {{n}}th anniversary in a theme or content.",
  },
});

const meta = {
  id: ID,
  severity: 'warning',
  docs: '主题党日活动计划应有每季度的党员大会、党课、组织生活会、民主评议党员和七一活动',
  docsEn:
    'The theme-day plan holds a general meeting of members each quarter, a Party lecture, the organisational life meeting, the appraisal of members and an activity for 1 July',
  messages: MESSAGES,
} as const;
const QUARTERS = ['一', '二', '三', '四'];

/** The yearly meetings: name, the setting of its count, and the rule it comes from. */
const YEARLY: {
  meeting: Meeting;
  name: string;
  nameEn: string;
  count: 'partyLecturesPerYear' | 'lifeMeetingsPerYear' | 'memberReviewsPerYear';
  fourthQuarter: boolean;
  source: string;
  sourceEn: string;
}[] = [
  {
    meeting: 'partyLecture',
    name: '党课',
    nameEn: 'Party lecture (党课)',
    count: 'partyLecturesPerYear',
    fourthQuarter: false,
    source: '党支部书记每年至少讲1次党课',
    sourceEn: 'the branch secretary gives at least one Party lecture a year',
  },
  {
    meeting: 'lifeMeeting',
    name: '组织生活会',
    nameEn: 'organisational life meeting (组织生活会)',
    count: 'lifeMeetingsPerYear',
    fourthQuarter: true,
    source: '党支部每年至少召开1次组织生活会，一般安排在第四季度',
    sourceEn:
      'a branch holds an organisational life meeting at least once a year, usually in the fourth quarter',
  },
  {
    meeting: 'memberReview',
    name: '民主评议党员',
    nameEn: 'democratic appraisal of members (民主评议党员)',
    count: 'memberReviewsPerYear',
    fourthQuarter: true,
    source: '党支部一般每年开展1次民主评议党员，可以结合组织生活会一并进行',
    sourceEn: 'members are appraised once a year, which may be done at the organisational life meeting',
  },
];

interface Row {
  a: ThemeDay;
  index: number;
  held: Set<Meeting>;
}

export const meetingCoverage: Rule = {
  meta,
  check(ctx) {
    if (!holds(ctx, 'themeDays')) return [];
    const { model, maps, settings } = ctx;
    const map = maps.themeDays;
    const rows: Row[] = model.themeDays.activities
      .map((a, index) => ({ a, index, held: meetingsOf(a) }))
      .filter((r) => Number.isInteger(r.a.month) && r.a.month >= 1 && r.a.month <= 12)
      .sort((x, y) => x.a.month - y.a.month || x.index - y.index);
    if (rows.length === 0) return [];
    const issues: Issue[] = [];
    const formAt = (r: Row | undefined): At => ({
      sheet: map.sheet,
      cell: r ? cellOf(map, r.index, 'form') : headerCell(map, 'form'),
    });

    const perQuarter = settings.memberMeetingsPerQuarter;
    if (perQuarter > 0) {
      for (let q = 1; q <= 4; q++) {
        const inQuarter = rows.filter((r) => Math.ceil(r.a.month / 3) === q);
        const n = inQuarter.filter((r) => r.held.has('memberMeeting')).length;
        if (n >= perQuarter) continue;
        const quarter = `第${QUARTERS[q - 1]}季度`;
        issues.push(
          n === 0
            ? report(meta, MESSAGES.noMemberMeeting, formAt(inQuarter[0]), { quarter, quarterEn: q })
            : report(meta, MESSAGES.fewMemberMeetings, formAt(inQuarter[0]), {
                quarter,
                quarterEn: q,
                count: n,
                perQuarter,
              }),
        );
      }
    }

    for (const y of YEARLY) {
      const required = settings[y.count];
      if (required === 0) continue;
      const held = rows.filter((r) => r.held.has(y.meeting));
      const about = { name: y.name, nameEn: y.nameEn, source: y.source, sourceEn: y.sourceEn };
      if (held.length < required)
        issues.push(
          held.length === 0
            ? report(meta, MESSAGES.noYearly, formAt(undefined), about)
            : report(meta, MESSAGES.fewYearly, formAt(undefined), { ...about, count: held.length, required }),
        );
      if (y.fourthQuarter && settings.reviewsInFourthQuarter && held.length > 0)
        if (held.every((r) => r.a.month < 10)) {
          const months = [...new Set(held.map((r) => r.a.month))];
          issues.push(
            report(meta, MESSAGES.notFourthQuarter, formAt(held[0]), {
              ...about,
              months: months.map((m) => `${m}月`).join('、'),
              monthsEn: months.join(', '),
              count: months.length,
            }),
          );
        }
    }

    if (settings.julyFirstActivity) {
      const summer = rows.filter((r) => r.a.month === 6 || r.a.month === 7);
      if (!summer.some((r) => marksJulyFirst(r.a))) {
        const row = summer.find((r) => r.a.month === 7) ?? summer[0];
        const n = anniversary(model.year);
        issues.push(
          report(
            meta,
            MESSAGES.noJulyFirst,
            { sheet: map.sheet, cell: row ? cellOf(map, row.index, 'theme') : headerCell(map, 'theme') },
            { n },
          ),
        );
      }
    }
    return issues;
  },
};
