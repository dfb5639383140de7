/**
 * Import a plan written as text (the form branches keep their plans in): a title line, a preamble,
 * sections `一、…`, items `N.标题。内容`, and attachments with the monthly study plan and the theme-day
 * plan. Numbers are kept as written and every character of the text is kept; a line that cannot be
 * placed is reported with its line number rather than dropped silently.
 */
import type { Issue } from './issue';
import {
  emptyItem,
  emptyStudyMonth,
  emptyThemeDay,
  type PlanSection,
  type StudyMonth,
  type ThemeDay,
  type YearPlan,
} from './model';
import { DEFAULT_RULE_TEXT } from './dayRule';
import { parseWholeNumber, toAsciiDigits } from './numerals';
import { parsePlanTitle, planTitle, studyTitle, themeDayTitle } from './titles';

export interface ImportResult {
  model: YearPlan;
  issues: Issue[];
}

export interface ImportOptions {
  /** The year to use when the text has no title with a year. */
  year?: number;
  /** The source's name, used as the "sheet" of located issues. */
  source?: string;
}

const SECTION = /^([一二三四五六七八九十]+)、\s*(.+)$/;
const ITEM = /^([0-9０-９]+)\s*[.．、]\s*(.*)$/;
const ATTACH_INDEX = /^附件\s*[:：]\s*(.*)$/;
const ATTACH_HEAD = /^附件\s*([0-9０-９一二三])\s*[:：]?\s*(.*)$/;
const SUBHEAD = /^(?:[一二三四五六]、)?\s*(学习要求|学习任务|活动安排|活动计划)\s*[:：]?$/;
const MONTH_LINE = /^([0-9０-９]{1,2}|十[一二]?|[一二三四五六七八九])\s*月\s*[:：]\s*(.*)$/;
const BLANK = /^[\s\u3000\u00a0]*$/;
/** The most characters an Excel cell holds. */
export const CELL_LIMIT = 32767;

function monthNumber(s: string): number {
  return parseWholeNumber(s) ?? NaN;
}

/**
 * The first clause of a sentence, used as a short theme: up to the first comma, semicolon, stop or
 * line break (a theme is one line, also when the content runs on over several lines).
 */
export function firstClause(text: string): string {
  const m = /^(.*?)[，,；;。\n]/.exec(text);
  return (m ? m[1]! : text).trim();
}

/** `加强理论学习。将…` → title `加强理论学习`, content `将…`. */
export function splitItemText(text: string): { title: string; content: string } {
  const i = text.indexOf('。');
  if (i < 0) return { title: text, content: '' };
  return { title: text.slice(0, i), content: text.slice(i + 1) };
}

type Mode = 'before' | 'preamble' | 'plan' | 'attachIndex' | 'attachTitle' | 'study' | 'themeDays';

export function importPlanText(text: string, options: ImportOptions = {}): ImportResult {
  const source = options.source ?? '导入文本';
  const issues: Issue[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);

  let title = '';
  let branch = '';
  let year = options.year ?? NaN;
  const preamble: string[] = [];
  const sections: PlanSection[] = [];
  let studyTitleText = '';
  const requirements: string[] = [];
  const months: StudyMonth[] = [];
  let themeTitleText = '';
  const activities: ThemeDay[] = [];

  let mode: Mode = 'before';
  let attachment: 'study' | 'themeDays' | null = null;
  let studyPart: 'none' | 'requirements' | 'tasks' = 'none';

  const unplaced = (n: number, line: string, why: string, whyEn: string) =>
    issues.push({
      rule: 'import-unplaced',
      severity: 'warning',
      sheet: source,
      cell: `第${n}行`,
      message: `第${n}行无法归入计划（${why}），未导入：“${line.slice(0, 30)}${line.length > 30 ? '…' : ''}”`,
      messageEn: `Line ${n} could not be placed in the plan (${whyEn}) and was not imported.`,
    });

  const lastItem = () => sections[sections.length - 1]?.items.at(-1);
  /** The line each text starts on, to locate a text too long for a cell. */
  const origin: { line: number; text: () => string }[] = [];

  for (let idx = 0; idx < lines.length; idx++) {
    const n = idx + 1;
    const raw = lines[idx]!;
    if (BLANK.test(raw)) continue;
    const line = raw.trim();

    const head = ATTACH_HEAD.exec(line);
    if (mode !== 'before' && head && !ATTACH_INDEX.test(line)) {
      const rest = head[2]!.trim();
      const number = toAsciiDigits(head[1]!);
      attachment = /主题党日|活动/.test(rest)
        ? 'themeDays'
        : /学习/.test(rest)
          ? 'study'
          : number === '1' || number === '一'
            ? 'study'
            : 'themeDays';
      studyPart = 'none';
      if (rest) setAttachmentTitle(rest);
      else mode = 'attachTitle';
      if (rest) mode = attachment;
      continue;
    }

    switch (mode) {
      case 'before': {
        const parsed = parsePlanTitle(line);
        if (parsed) {
          title = line;
          origin.push({ line: n, text: () => title });
          branch = parsed.branch;
          year = parsed.year;
          mode = 'preamble';
          continue;
        }
        if (!SECTION.test(line)) {
          unplaced(n, line, '在标题行之前', 'before the title line');
          continue;
        }
        mode = 'plan';
        break;
      }
      case 'attachTitle':
        setAttachmentTitle(line);
        mode = attachment!;
        continue;
      case 'attachIndex':
        if (ITEM.test(line)) continue;
        mode = 'plan';
        break;
      default:
        break;
    }

    if (mode === 'preamble' || mode === 'plan') {
      if (ATTACH_INDEX.test(line)) {
        mode = 'attachIndex';
        continue;
      }
      const sec = SECTION.exec(line);
      if (sec) {
        sections.push({ numeral: sec[1]!, title: sec[2]!.trim(), items: [] });
        mode = 'plan';
        continue;
      }
      const item = ITEM.exec(line);
      if (item && mode === 'plan' && sections.length > 0) {
        const { title: t, content } = splitItemText(item[2]!);
        const made = emptyItem(item[1]!, t, content);
        sections[sections.length - 1]!.items.push(made);
        origin.push({ line: n, text: () => made.title }, { line: n, text: () => made.content });
        continue;
      }
      if (mode === 'preamble') {
        preamble.push(line);
        origin.push({ line: n, text: () => line });
        continue;
      }
      const last = lastItem();
      if (last) last.content = last.content ? `${last.content}\n${line}` : line;
      else unplaced(n, line, '在章节标题之后、条目之前', 'after a section heading, before any item');
      continue;
    }

    if (mode === 'study') {
      const sub = SUBHEAD.exec(line);
      if (sub) {
        studyPart = sub[1] === '学习要求' ? 'requirements' : 'tasks';
        continue;
      }
      const mon = MONTH_LINE.exec(line);
      if (mon) {
        const content = mon[2]!.trim();
        const month = { ...emptyStudyMonth(monthNumber(mon[1]!)), theme: firstClause(content), content };
        months.push(month);
        origin.push({ line: n, text: () => month.content });
        studyPart = 'tasks';
        continue;
      }
      if (studyPart === 'requirements') {
        requirements.push(line);
        origin.push({ line: n, text: () => line });
      } else if (studyPart === 'tasks' && months.length > 0) {
        const last = months[months.length - 1]!;
        last.content = last.content ? `${last.content}\n${line}` : line;
        last.theme = firstClause(last.content);
      } else
        unplaced(
          n,
          line,
          '学习计划中既不是学习要求也不是月份',
          'neither requirements nor a month in the study plan',
        );
      continue;
    }

    if (mode === 'themeDays') {
      if (SUBHEAD.test(line)) continue;
      const mon = MONTH_LINE.exec(line);
      if (mon) {
        const content = mon[2]!.trim();
        const activity = { ...emptyThemeDay(monthNumber(mon[1]!)), theme: firstClause(content), content };
        activities.push(activity);
        origin.push({ line: n, text: () => activity.content });
        continue;
      }
      const last = activities[activities.length - 1];
      if (last) {
        last.content = last.content ? `${last.content}\n${line}` : line;
        last.theme = firstClause(last.content);
      } else unplaced(n, line, '主题党日计划中不是月份行', 'not a month line in the theme-day plan');
    }
  }

  function setAttachmentTitle(t: string) {
    if (attachment === 'study') studyTitleText = t;
    else themeTitleText = t;
  }

  for (const o of origin) {
    const length = o.text().length;
    if (length > CELL_LIMIT) {
      issues.push({
        rule: 'import-too-long',
        severity: 'error',
        sheet: source,
        cell: `第${o.line}行`,
        message: `第${o.line}行起的文字有 ${length} 个字符，超过 Excel 单元格的上限 ${CELL_LIMIT}；未截断，请拆分后再导入`,
        messageEn: `The text from line ${o.line} has ${length} characters, more than an Excel cell holds (${CELL_LIMIT}); it was not cut: split it and import again.`,
      });
    }
  }

  if (!title) {
    issues.push({
      rule: 'import-title',
      severity: 'error',
      sheet: source,
      cell: '第1行',
      message: '没有找到标题行（应为“××党支部YYYY年工作计划”）',
      messageEn: 'No title line found (expected "<branch><YYYY>年工作计划").',
    });
  }
  const y = Number.isFinite(year) ? year : new Date().getFullYear();
  const model: YearPlan = {
    branch,
    year: y,
    plan: { title: title || planTitle(branch, y), preamble, sections },
    study: { title: studyTitleText || studyTitle(branch, y), requirements, months },
    themeDays: { title: themeTitleText || themeDayTitle(branch, y), rule: DEFAULT_RULE_TEXT, activities },
  };
  return { model, issues };
}
