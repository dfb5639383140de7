/**
 * The study plan's 学时 add up to at least the yearly minimum (32 by default, the national plan for
 * members' education; a branch of secretaries and committee members may set 56). A month whose 学时
 * is empty is not counted and not reported; an empty study plan gives nothing here (months-complete).
 */
import { headerCell } from '../../sheets/map';
import { holds, issueAt, type Rule } from '../rule';

const meta = {
  id: 'study-hours',
  severity: 'warning',
  docs: '每月学习计划的学时合计应不少于每年要求的学时（默认32学时）',
} as const;

const SOURCE = '《全国党员教育培训工作规划》：党员每年集中学习培训时间一般不少于32学时';
const SOURCE_EN =
  "The national plan for members' education asks for at least 32 hours of concentrated study a year";

/** 30, 31.5 — at most one decimal. */
const shown = (n: number) => String(Math.round(n * 10) / 10);

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
    const why = min === 32 ? `（${SOURCE}）` : '（本支部的设置）';
    const whyEn = min === 32 ? ` ${SOURCE_EN}.` : " That is the branch's setting.";
    return [
      planned.length === 0
        ? issueAt(
            meta,
            at,
            `各月都没有填写学时，无法核算全年是否达到 ${shown(min)} 学时${why}`,
            `No month has its study hours (学时) filled in, so the year's ${shown(min)} hours cannot be checked.${whyEn}`,
          )
        : issueAt(
            meta,
            at,
            `全年学时合计 ${shown(total)}，少于每年至少 ${shown(min)} 学时${why}`,
            `The study hours (学时) add up to ${shown(total)}, less than ${shown(min)} a year.${whyEn}`,
          ),
    ];
  },
};
