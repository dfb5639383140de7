/**
 * Import the plan documents a branch keeps — texts of every usual shape and Word files, one or several
 * for one year — into the year's model. Each document fills the sheets it holds (a work plan with its
 * attachments all three, a theme-day plan only that one); every line is placed in a cell or reported
 * with where it is and why not.
 */
import type { Issue } from '../issue';
import { codedIssue } from '../messages';
import { IMPORT } from './messages';
import type { PlanItem, PlanSection, YearPlan } from '../model';
import { DEFAULT_RULE_TEXT } from '../dayRule';
import { chineseNumeral } from '../numerals';
import { planTitle, studyTitle, themeDayTitle } from '../titles';
import { readDocument, type DocParts } from './document';
import { toStudyMonth, toThemeDay, type MonthDraft } from './monthPart';
import { buildPlan } from './planPart';
import { textDocument } from './textBlocks';
import type { DocKind, ImportDocument, ImportOptions, ImportResult, Unplaced, UnplacedWhy } from './types';

export { firstClause, splitItemText } from './planPart';
export type { DocKind, ImportDocument, ImportOptions, ImportResult, ImportSummary } from './types';

/** The most characters an Excel cell holds. */
export const CELL_LIMIT = 32767;

const WHY: Record<UnplacedWhy, [zh: string, en: string]> = {
  'before-title': ['在标题之前，如来源、作者、发布时间', 'above the title: a source, author or date'],
  'attachment-index': [
    '附件目录中列出、但文中没有这个附件',
    'listed as an attachment, but no such attachment follows',
  ],
  signature: ['文末落款', 'the signature below the plan'],
  'no-month': ['没有月份，无法归入某个月', 'it has no month'],
  'kind-twice': ['另一份文件已有这一部分', 'another document already has this part'],
  table: ['表格的列无法识别（应有“月份”“主题”“内容”等表头）', 'the table has no header this importer knows'],
  furniture: [
    '网页或转换软件附带的内容，如页码、来源、导航',
    'page furniture: a page number, a source, navigation',
  ],
  contents: ['Word 生成的目录', 'the table of contents Word generated'],
  picture: [
    '图片或嵌入的对象（如粘贴的 Excel 表格），其中没有可读的文字；请把其内容作为文字或表格粘贴后再导入',
    'a picture or an embedded object, with no text to read',
  ],
};

function short(text: string): string {
  return text.length > 30 ? `${text.slice(0, 30)}…` : text;
}

function unplacedIssue(u: Unplaced): Issue {
  const [zh, en] = WHY[u.why];
  return codedIssue(
    'import-unplaced',
    IMPORT.unplaced.line,
    'warning',
    { sheet: u.source, cell: u.at },
    {
      at: u.at,
      why: zh,
      whyEn: en,
      reason: u.why,
      text: short(u.text),
    },
  );
}

/** The part of one kind to use: a document of that kind first, then an attachment of another. */
function choose(parts: DocParts[], kind: 'study' | 'themeDays', unplaced: Unplaced[]): DocParts | null {
  const present = parts.filter((p) => p[kind].present);
  const ordered = [...present.filter((p) => p.kind === kind), ...present.filter((p) => p.kind !== kind)];
  const filled = (p: DocParts) =>
    p[kind].months.length > 0 ||
    (kind === 'study' ? p.study.requirements.length > 0 : p.themeDays.notes.length > 0);
  const chosen = ordered.find(filled) ?? ordered[0] ?? null;
  for (const p of ordered) {
    if (p === chosen || !filled(p)) continue;
    const months: MonthDraft[] = p[kind].months;
    for (const m of months)
      unplaced.push({
        source: p.name,
        at: m.at,
        text: `${m.month}月 ${m.theme || m.content[0] || ''}`,
        why: 'kind-twice',
      });
    if (kind === 'study')
      for (const r of p.study.requirements)
        unplaced.push({ source: p.name, at: p.titleAt ?? '', text: r, why: 'kind-twice' });
  }
  return chosen;
}

/** Sections of tables (without a numeral) numbered on after those of the text. */
function numberSections(sections: PlanSection[]): PlanSection[] {
  let n = 0;
  return sections.map((s) => {
    n++;
    return s.numeral ? s : { ...s, numeral: chineseNumeral(n) };
  });
}

function fallbackYear(): number {
  return new Date().getFullYear();
}

export function importDocuments(docs: readonly ImportDocument[], options: ImportOptions = {}): ImportResult {
  const issues: Issue[] = [];
  const hint = options.year ?? fallbackYear();
  const parts = docs.map((d) => readDocument(d, hint));
  const unplaced: Unplaced[] = parts.flatMap((p) => p.unplaced);
  const origins: { source: string; at: string; text: () => string }[] = [];

  const titled = parts.find((p) => p.year !== null);
  const year = titled?.year ?? hint;
  for (const p of parts) {
    if (!p.titleAt)
      issues.push(
        codedIssue('import-title', IMPORT.title.none, 'warning', {
          sheet: p.name,
          cell: p.name.endsWith('.docx') ? '第1段' : '第1行',
        }),
      );
    else if (p.year === null)
      issues.push(
        codedIssue(
          'import-no-year',
          IMPORT.noYear.title,
          'warning',
          { sheet: p.name, cell: p.titleAt },
          { title: short(p.title), year },
        ),
      );
    else if (p.year !== year)
      issues.push(
        codedIssue(
          'import-year',
          IMPORT.year.other,
          'warning',
          { sheet: p.name, cell: p.titleAt },
          { found: p.year, year },
        ),
      );
  }
  const branch = parts.find((p) => p.branch)?.branch ?? '';

  // The work plan: every document's, in order.
  const planParts = parts.filter((p) => p.plan.present);
  const preamble: string[] = [];
  let sections: PlanSection[] = [];
  for (const p of planParts) {
    const built = buildPlan(p.plan.lines, (item: PlanItem, at) =>
      origins.push({
        source: p.name,
        at,
        text: () => (item.title.length > item.content.length ? item.title : item.content),
      }),
    );
    preamble.push(...built.preamble);
    for (const text of built.preamble) {
      const line = p.plan.lines.find((l) => l.raw === text);
      origins.push({ source: p.name, at: line?.at ?? '', text: () => text });
    }
    sections.push(...built.sections, ...p.plan.tableSections);
  }
  sections = numberSections(sections);
  const planDoc = planParts.find((p) => p.kind === 'plan' && p.title);

  const study = choose(parts, 'study', unplaced);
  const theme = choose(parts, 'themeDays', unplaced);
  const months = (study?.study.months ?? []).map(toStudyMonth);
  const activities = (theme?.themeDays.months ?? []).map(toThemeDay);
  for (const [i, m] of months.entries()) {
    const at = study!.study.months[i]!.at;
    origins.push({ source: study!.name, at, text: () => m.content });
  }
  for (const [i, a] of activities.entries()) {
    const at = theme!.themeDays.months[i]!.at;
    origins.push({ source: theme!.name, at, text: () => a.content });
  }
  const rule = theme?.themeDays.rule || parts.find((p) => p.themeDays.rule)?.themeDays.rule || '';

  const model: YearPlan = {
    branch,
    year,
    plan: { title: planDoc?.title || planTitle(branch, year), preamble, sections },
    study: {
      title: study?.study.title || studyTitle(branch, year),
      requirements: study?.study.requirements ?? [],
      months,
    },
    themeDays: {
      title: theme?.themeDays.title || themeDayTitle(branch, year),
      rule: rule || DEFAULT_RULE_TEXT,
      ...(theme && theme.themeDays.notes.length > 0 ? { notes: theme.themeDays.notes } : {}),
      activities,
    },
  };

  const kinds: DocKind[] = [];
  if (planParts.length > 0 && (sections.length > 0 || preamble.length > 0 || planDoc)) kinds.push('plan');
  if (study) kinds.push('study');
  if (theme) kinds.push('themeDays');

  issues.push(...unplaced.map(unplacedIssue));
  for (const p of parts) for (const o of p.origins) origins.push({ source: p.name, at: o.at, text: o.text });
  for (const o of origins) {
    const length = o.text().length;
    if (length > CELL_LIMIT)
      issues.push(
        codedIssue(
          'import-too-long',
          IMPORT.tooLong.cell,
          'error',
          { sheet: o.source, cell: o.at },
          { at: o.at, length, limit: CELL_LIMIT },
        ),
      );
  }
  const placedAny =
    sections.length > 0 ||
    preamble.length > 0 ||
    months.length > 0 ||
    activities.length > 0 ||
    (model.themeDays.notes?.length ?? 0) > 0 ||
    model.study.requirements.length > 0;
  if (!placedAny && !parts.some((p) => p.titleAt))
    issues.unshift(
      codedIssue('import-empty', IMPORT.empty.nothing, 'error', {
        sheet: docs[0]?.name ?? '导入文本',
        cell: docs[0]?.name.endsWith('.docx') ? '第1段' : '第1行',
      }),
    );

  const items = sections.reduce((n, s) => n + s.items.length, 0);
  return {
    model,
    issues,
    kinds,
    summary: {
      kinds,
      sections: sections.length,
      items,
      studyMonths: months.map((m) => m.month),
      themeDayMonths: activities.map((a) => a.month),
      rule,
      unplaced,
    },
  };
}

/** Import one plan text (pasted, or a .txt already decoded). */
export function importPlanText(text: string, options: ImportOptions = {}): ImportResult {
  return importDocuments([textDocument(text, options.source ?? '导入文本')], options);
}
