/** The built-in template: the seed plan, with our study arrangements and theme-day programme. */
import { importPlanText } from '../import';
import type { StudyMonth, YearPlan } from '../model';
import { SEED_TEXT, SEED_YEAR } from './seedText';
import { defaultThemeDays } from './themeDays';

/** Study form and hours by month: 12 × 3 = 36 学时, above the 32 a member must study in a year. */
const STUDY_FORMS = [
  '集中学习',
  '集中学习',
  '专题研讨',
  '集中学习',
  '辅导报告',
  '专题研讨',
  '集中学习',
  '专题研讨',
  '集中学习',
  '辅导报告',
  '专题研讨',
  '集中学习',
];
export const DEFAULT_STUDY_HOURS = 3;

function withStudyDefaults(m: StudyMonth): StudyMonth {
  return {
    ...m,
    form: m.form || STUDY_FORMS[m.month - 1] || '集中学习',
    hours: m.hours ?? DEFAULT_STUDY_HOURS,
    owner: m.owner || '宣传委员',
  };
}

export function defaultTemplate(): YearPlan {
  const { model } = importPlanText(SEED_TEXT, { year: SEED_YEAR, source: '默认模板' });
  return {
    ...model,
    study: { ...model.study, months: model.study.months.map(withStudyDefaults) },
    themeDays: { ...model.themeDays, activities: defaultThemeDays(SEED_YEAR) },
  };
}
