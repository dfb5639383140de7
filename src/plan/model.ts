/**
 * The domain model of one year's plan: the annual work plan, the monthly study plan and the theme-day
 * activities. Pure data: no cell positions, no I/O. Dates are ISO local dates (`yyyy-MM-dd`), so a
 * date never shifts with the machine's time zone.
 */

/** A calendar date without a time or zone, as `yyyy-MM-dd`. */
export type IsoDate = string;

export interface PlanItem {
  /** The item's number exactly as written: `5`, `13`, `１３`. Gaps and duplicates are kept. */
  number: string;
  title: string;
  content: string;
  /** 责任人 — a user column. */
  owner: string;
  /** 完成时限 — a date or free text such as `全年` or `6月底`. */
  deadline: IsoDate | string;
  /** 状态 — a user column. */
  status: string;
  /** 备注 — a user column. */
  note: string;
}

export interface PlanSection {
  /** The section numeral as written: `一`, `二` … */
  numeral: string;
  title: string;
  items: PlanItem[];
}

export interface WorkPlan {
  title: string;
  /** The preamble, one entry per paragraph. */
  preamble: string[];
  sections: PlanSection[];
}

export interface StudyMonth {
  /** 1–12; 0 when a sheet's month cell could not be read (the reader reports it). */
  month: number;
  theme: string;
  content: string;
  form: string;
  plannedDate: IsoDate | '';
  /** 学时; null when not planned. */
  hours: number | null;
  owner: string;
  /** 完成情况 — a user column. */
  done: string;
}

export interface StudyPlan {
  title: string;
  /** 学习要求, one entry per paragraph. */
  requirements: string[];
  months: StudyMonth[];
}

export interface ThemeDay {
  month: number;
  date: IsoDate | '';
  theme: string;
  content: string;
  form: string;
  place: string;
  attendees: string;
  owner: string;
  status: string;
  note: string;
}

export interface ThemeDayPlan {
  title: string;
  /** The fixed-day rule as the user wrote it, e.g. `每月第一个星期五`. */
  rule: string;
  /**
   * Paragraphs of the plan beside its months (指导思想, 活动要求 …), one entry per paragraph, written as
   * text rows under the rule; absent when there are none.
   */
  notes?: string[];
  activities: ThemeDay[];
}

/** Everything one year's three sheets hold. */
export interface YearPlan {
  branch: string;
  year: number;
  plan: WorkPlan;
  study: StudyPlan;
  themeDays: ThemeDayPlan;
}

export const STATUS_VALUES = ['未开始', '进行中', '已完成', '已取消'] as const;
export const STUDY_FORMS = [
  '集中学习',
  '专题研讨',
  '辅导报告',
  '自学',
  '线上学习',
  '参观学习',
  '交流发言',
] as const;
export const ACTIVITY_FORMS = [
  '主题党日',
  '党员大会',
  '党课',
  '支部委员会',
  '党小组会',
  '组织生活会',
  '民主评议党员',
  '专题研讨',
  '参观学习',
  '志愿服务',
] as const;

export function emptyItem(number: string, title: string, content: string): PlanItem {
  return { number, title, content, owner: '', deadline: '', status: '', note: '' };
}

export function emptyStudyMonth(month: number): StudyMonth {
  return { month, theme: '', content: '', form: '', plannedDate: '', hours: null, owner: '', done: '' };
}

export function emptyThemeDay(month: number): ThemeDay {
  return {
    month,
    date: '',
    theme: '',
    content: '',
    form: '',
    place: '',
    attendees: '',
    owner: '',
    status: '',
    note: '',
  };
}

/** All items of the plan in reading order, with the section each belongs to. */
export function allItems(plan: WorkPlan): { section: PlanSection; item: PlanItem; index: number }[] {
  const out: { section: PlanSection; item: PlanItem; index: number }[] = [];
  for (const section of plan.sections)
    for (const item of section.items) out.push({ section, item, index: out.length });
  return out;
}
