/**
 * A small valid year for rule tests — 2 sections × 2 items, 12 study months (3 学时 each), 12 theme
 * days on working days of 2027 that hold what a year needs (党员大会 in 1, 4, 7, 10月, 党课 in 6月,
 * 民主评议党员 in 11月, 组织生活会 in 12月, 七一 in 7月) — and the maps that say where each part lands on the sheets, computed from the model's
 * shape the way layout places it (title row 1, text rows below, header, then one row per model row).
 */
import type { YearPlan } from '../../src/plan/model';
import { COLUMNS, sheetName, type SheetKind } from '../../src/sheets/columns';
import type { SheetMap, YearMaps } from '../../src/sheets/map';

export const YEAR = 2027;
export const BRANCH = '第一党支部';

/** The third Tuesday of each month of 2027: no estimated holiday falls on one (the second Tuesday of February is 春节). */
export const THIRD_TUESDAYS_2027 = [
  '2027-01-19',
  '2027-02-16',
  '2027-03-16',
  '2027-04-20',
  '2027-05-18',
  '2027-06-15',
  '2027-07-20',
  '2027-08-17',
  '2027-09-21',
  '2027-10-19',
  '2027-11-16',
  '2027-12-21',
];

/** The 活动形式 of each month: a complete year of meetings. */
export const FORMS_2027 = [
  '党员大会',
  '主题党日',
  '主题党日',
  '党员大会',
  '主题党日',
  '党课',
  '党员大会',
  '主题党日',
  '主题党日',
  '党员大会',
  '民主评议党员',
  '组织生活会',
];

const STUDY_THEMES = [
  '学习党的基本理论',
  '学习党章党规',
  '学习党的历史',
  '学习形势政策',
  '学习业务知识',
  '学习法律法规',
  '学习先进典型',
  '学习纪律规定',
  '学习重要讲话',
  '学习组织工作',
  '学习初心使命',
  '学习治国理政',
];

export function validPlan(): YearPlan {
  const item = (number: string, title: string, content: string, deadline = '全年') => ({
    number,
    title,
    content,
    owner: '支部书记',
    deadline,
    status: '未开始',
    note: '',
  });
  return {
    branch: BRANCH,
    year: YEAR,
    plan: {
      title: `${BRANCH}${YEAR}年工作计划`,
      preamble: [`${YEAR}年，党支部坚持以党的创新理论为指导，全面加强党的各项建设。`],
      sections: [
        {
          numeral: '一',
          title: '加强理论学习',
          items: [
            item('1', '加强理论学习', '坚持集中学和自学相结合，做到学懂弄通做实。', `${YEAR}-06-30`),
            item('2', '抓好宣传培训', '开展宣讲活动，积极探索新媒体宣传手段。'),
          ],
        },
        {
          numeral: '二',
          title: '加强组织建设',
          items: [
            item('3', '加强支部建设', '发挥战斗堡垒作用，担负好教育管理监督党员的职责。'),
            item('4', '开展关怀慰问', '部署开展纪念建党106周年系列活动。', `${YEAR}-12-31`),
          ],
        },
      ],
    },
    study: {
      title: `${BRANCH}${YEAR}年度每月学习计划安排`,
      requirements: ['坚持应学必学、应学尽学，形成学习常态。'],
      months: STUDY_THEMES.map((theme, i) => ({
        month: i + 1,
        theme,
        content: `${theme}，交流学习体会。`,
        form: '集中学习',
        plannedDate: THIRD_TUESDAYS_2027[i]!,
        hours: 3,
        owner: '宣传委员',
        done: '',
      })),
    },
    themeDays: {
      title: `${BRANCH}${YEAR}年度主题党日活动计划表`,
      rule: '每月第三个星期二',
      activities: THIRD_TUESDAYS_2027.map((date, i) => ({
        month: i + 1,
        date,
        theme: `${i + 1}月主题党日`,
        content: i === 6 ? '庆祝建党106周年，重温入党誓词，集中学习研讨。' : '重温入党誓词，集中学习研讨。',
        form: FORMS_2027[i]!,
        place: '党员活动室',
        attendees: '全体党员',
        owner: '组织委员',
        status: '未开始',
        note: '',
      })),
    },
  };
}

function mapOf(kind: SheetKind, year: number, textRowCount: number, rowCount: number): SheetMap {
  const columns: Record<string, number> = {};
  COLUMNS[kind].forEach((c, i) => (columns[c.field] = i + 1));
  const headerRow = 2 + textRowCount;
  return {
    kind,
    sheet: sheetName(kind, year),
    titleRow: 1,
    textRows: Array.from({ length: textRowCount }, (_, i) => 2 + i),
    headerRow,
    columns,
    rows: Array.from({ length: rowCount }, (_, i) => headerRow + 1 + i),
    sectionRows: [],
  };
}

/** Where the model lands: an empty section still takes one row on the plan sheet, as layout writes it. */
export function mapsFor(model: YearPlan): YearMaps {
  const plan = mapOf('plan', model.year, model.plan.preamble.length, 0);
  let row = plan.headerRow + 1;
  for (const section of model.plan.sections) {
    plan.sectionRows.push(row);
    if (section.items.length === 0) row++;
    for (let k = 0; k < section.items.length; k++) plan.rows.push(row++);
  }
  return {
    plan,
    study: mapOf('study', model.year, model.study.requirements.length, model.study.months.length),
    themeDays: mapOf('themeDays', model.year, 1, model.themeDays.activities.length),
  };
}

/** A valid year and its maps. */
export function fixture(): { model: YearPlan; maps: YearMaps } {
  const model = validPlan();
  return { model, maps: mapsFor(model) };
}

/** The plan item at a reading-order index (the allItems index). */
export function itemAt(
  model: YearPlan,
  index: number,
): YearPlan['plan']['sections'][number]['items'][number] {
  const item = model.plan.sections.flatMap((s) => s.items)[index];
  if (!item) throw new Error(`no item ${index}`);
  return item;
}

/** Replace the plan's sections by sections with these item numbers (titles and contents stay valid). */
export function withNumbers(model: YearPlan, numbers: string[][]): void {
  const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  model.plan.sections = numbers.map((nums, s) => ({
    numeral: numerals[s] ?? String(s + 1),
    title: `第${numerals[s]}部分`,
    items: nums.map((number) => ({
      number,
      title: '工作标题',
      content: '工作内容。',
      owner: '',
      deadline: '',
      status: '',
      note: '',
    })),
  }));
}
