/**
 * The study plan's 学时 add up to at least the yearly minimum (32 by default, the national plan for
 * members' education; a branch of secretaries and committee members may set 56). A month whose 学时
 * is empty is not counted and not reported; an empty study plan gives nothing here (months-complete).
 */
import { headerCell } from '../../sheets/map';
import { defineMessages } from '../../plan/messages';
import { holds, report, type Rule } from '../rule';

const ID = 'study-hours';

/** Why the minimum: the national plan when it is the default 32, else the branch's own setting. */
const SOURCE = '（《全国党员教育培训工作规划》：党员每年集中学习培训时间一般不少于32学时）';
const SOURCE_EN =
  " The national plan for members' education asks for at least 32 hours of concentrated study a year.";
const BRANCH = '（本支部的设置）';
const BRANCH_EN = " That is the branch's setting.";

const NO_HOURS = '各月都没有填写学时，无法核算全年是否达到 {{min}} 学时';
const NO_HOURS_EN =
  "No month has its study hours (学时) filled in, so the year's {{min}} hours cannot be checked.";
const TOO_FEW = '全年学时合计 {{total}}，少于每年至少 {{min}} 学时';
const TOO_FEW_EN = 'The study hours (学时) add up to {{total}}, less than {{min}} a year.';

const MESSAGES = defineMessages(ID, {
  noHoursNational: { zh: NO_HOURS + SOURCE, en: NO_HOURS_EN + SOURCE_EN },
  noHoursBranch: { zh: NO_HOURS + BRANCH, en: NO_HOURS_EN + BRANCH_EN },
  tooFewNational: { zh: TOO_FEW + SOURCE, en: TOO_FEW_EN + SOURCE_EN },
  tooFewBranch: { zh: TOO_FEW + BRANCH, en: TOO_FEW_EN + BRANCH_EN },
});

const meta = {
  id: ID,
  severity: 'warning',
  docs: '每月学习计划的学时合计应不少于每年要求的学时（默认32学时）',
  docsEn: "The monthly study plan's hours should add up to at least the yearly minimum (32 by default)",
  messages: MESSAGES,
} as const;

/** 30, 31.5 — at most one decimal. */
const shown = (n: number) => Math.round(n * 10) / 10;

export const studyHours: Rule = {
  meta,
  check(ctx) {
    const { model, maps, settings } = ctx;
    const min = settings.minStudyHours;
    if (!holds(ctx, 'study') || min <= 0 || model.study.months.length === 0) return [];
    const planned = model.study.months
      .map((m) => m.hours)
      .filter((h): h is number => h !== null && Number.isFinite(h) && h > 0);
    const total = planned.reduce((a, b) => a + b, 0);
    if (total >= min) return [];
    const at = { sheet: maps.study.sheet, cell: headerCell(maps.study, 'hours') };
    const national = min === 32;
    return [
      planned.length === 0
        ? report(meta, national ? MESSAGES.noHoursNational : MESSAGES.noHoursBranch, at, {
            min: shown(min),
          })
        : report(meta, national ? MESSAGES.tooFewNational : MESSAGES.tooFewBranch, at, {
            total: shown(total),
            min: shown(min),
          }),
    ];
  },
};
