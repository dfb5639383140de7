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
import { holds, issueAt, type At, type Rule } from '../rule';

const meta = {
  id: 'meeting-coverage',
  severity: 'warning',
  docs: '主题党日活动计划应有每季度的党员大会、党课、组织生活会、民主评议党员和七一活动',
} as const;

const REGULATION = '《中国共产党支部工作条例（试行）》';
const REGULATION_EN = 'Regulations on the Work of Party Branches (Trial)';
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
          issueAt(
            meta,
            formAt(inQuarter[0]),
            (n === 0
              ? `${quarter}没有安排党员大会`
              : `${quarter}只安排了 ${n} 次党员大会（设置为每季度 ${perQuarter} 次）`) +
              `。${REGULATION}：党员大会一般每季度召开1次`,
            (n === 0
              ? `Quarter ${q} has no general meeting of members (党员大会)`
              : `Quarter ${q} has ${n} general meeting${n === 1 ? '' : 's'} of members (党员大会), ${perQuarter} expected by the settings`) +
              `. ${REGULATION_EN}: a general meeting of members is generally held once a quarter.`,
          ),
        );
      }
    }

    for (const y of YEARLY) {
      const required = settings[y.count];
      if (required === 0) continue;
      const held = rows.filter((r) => r.held.has(y.meeting));
      if (held.length < required)
        issues.push(
          issueAt(
            meta,
            formAt(undefined),
            (held.length === 0
              ? `全年没有安排${y.name}`
              : `全年只安排了 ${held.length} 次${y.name}（设置为每年至少 ${required} 次）`) +
              `。${REGULATION}：${y.source}`,
            (held.length === 0
              ? `The year has no ${y.nameEn}`
              : `The year has ${held.length} ${y.nameEn}, at least ${required} expected by the settings`) +
              `. ${REGULATION_EN}: ${y.sourceEn}.`,
          ),
        );
      if (y.fourthQuarter && settings.reviewsInFourthQuarter && held.length > 0)
        if (held.every((r) => r.a.month < 10)) {
          const months = [...new Set(held.map((r) => r.a.month))];
          issues.push(
            issueAt(
              meta,
              formAt(held[0]),
              `${y.name}只安排在 ${months.map((m) => `${m}月`).join('、')}，不在第四季度（10–12月）。${REGULATION}：${y.source}`,
              `The ${y.nameEn} is held only in month${months.length > 1 ? 's' : ''} ${months.join(', ')}, not in the fourth quarter (October–December). ${REGULATION_EN}: ${y.sourceEn}.`,
            ),
          );
        }
    }

    if (settings.julyFirstActivity) {
      const summer = rows.filter((r) => r.a.month === 6 || r.a.month === 7);
      if (!summer.some((r) => marksJulyFirst(r.a))) {
        const row = summer.find((r) => r.a.month === 7) ?? summer[0];
        const n = anniversary(model.year);
        issues.push(
          issueAt(
            meta,
            {
              sheet: map.sheet,
              cell: row ? cellOf(map, row.index, 'theme') : headerCell(map, 'theme'),
            },
            `6月、7月没有纪念七一的活动：活动主题或内容中宜安排庆祝建党${n}周年的内容`,
            `No June or July activity marks 1 July, the Party's founding day; plan one for the ${n}th anniversary in a theme or content.`,
          ),
        );
      }
    }
    return issues;
  },
};
