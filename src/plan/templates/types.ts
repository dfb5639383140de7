/**
 * What a built-in template is: the wording of one kind of branch (机关, 企业, 学校, 社区/农村) for a
 * year, as functions of the year's context. The columns are the product's (DESIGN.md); a kind changes
 * wording and activities only. Statuses, dates and 完成情况 are not a template's: generating gives them.
 */

import type { PlanItem, StudyMonth, ThemeDay } from '../model';

/** The kinds of branch a user can start from, in the order the form and `--template` list them. */
export const TEMPLATE_IDS = ['office', 'enterprise', 'school', 'community'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export interface TemplateContext {
  /** The plan's year. */
  year: number;
  /**
   * The study focus of the time, e.g. 习近平新时代中国特色社会主义思想和党的二十大精神、二十届历次全会精神
   * (the setting; its default follows src/plan/era). Templates name it wherever they speak of what the
   * branch studies, so that one setting changes the year's wording.
   */
  focus: string;
  /** N of 建党N周年 in the plan's year. */
  anniversary: number;
}

/** A plan item as a template words it: 责任人 a role (支部书记, 组织委员 …), 完成时限 as text (全年, 6月底 …). */
export type TemplateItem = Pick<PlanItem, 'title' | 'content' | 'owner' | 'deadline'>;

export interface TemplateSection {
  title: string;
  items: TemplateItem[];
}

export type TemplateStudyMonth = Pick<StudyMonth, 'theme' | 'content' | 'form' | 'owner'> & { hours: number };

export type TemplateThemeDay = Pick<ThemeDay, 'theme' | 'content' | 'form' | 'place' | 'attendees' | 'owner'>;

export interface BranchTemplate {
  id: TemplateId;
  /** What the form and `--template` call it: 机关, 企业, 学校, 社区 (农村 is an alias). */
  name: string;
  nameEn: string;
  /** Other names `--template` accepts (e.g. 农村 for the community template). */
  aliases: readonly string[];
  preamble(ctx: TemplateContext): string[];
  sections(ctx: TemplateContext): TemplateSection[];
  studyRequirements(ctx: TemplateContext): string[];
  /** Twelve months, January first. */
  studyMonths(ctx: TemplateContext): TemplateStudyMonth[];
  /** Twelve theme days, January first. */
  themeDays(ctx: TemplateContext): TemplateThemeDay[];
}
