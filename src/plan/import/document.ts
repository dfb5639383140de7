/**
 * One document's blocks to the parts of a year: its title, the work plan's lines, the study plan's
 * requirements and months, the theme days and their rule, and what could not be placed. The title is
 * looked for among the first lines; the document's kind comes from it (a 主题党日活动计划 fills the
 * theme-day sheet), and attachments (`附件1：…学习计划`) or a table's header switch to their own part.
 */
import {
  DATE_LINE,
  markerOf,
  monthEntry,
  ORGANISATION,
  labelled,
  titleKind,
  titleYear,
  titleBranch,
  type TitleKind,
  simplify,
  markerNumber,
  fieldOf,
  type Field,
  type Marker,
} from './markers';
import type { PlanLine } from './planPart';
import {
  fillFromText,
  monthsFromTable,
  newMonth,
  setField,
  tableHeader,
  tableKind,
  type MonthDraft,
  type TableHeader,
} from './monthPart';
import type { Block, ImportDocument, LineBlock, Place, TableBlock, Unplaced } from './types';
import { ruleInProse } from './values';
import { startsOwnLine } from './textBlocks';
import { emptyItem, type PlanSection } from '../model';
import { splitItemText } from './planPart';

export interface DocParts {
  name: string;
  /** The document's own kind, from its title (or what it holds). */
  kind: TitleKind;
  title: string;
  titleAt: Place | null;
  year: number | null;
  branch: string;
  plan: { present: boolean; lines: PlanLine[]; tableSections: PlanSection[] };
  study: { present: boolean; title: string; requirements: string[]; months: MonthDraft[] };
  themeDays: { present: boolean; title: string; rule: string; notes: string[]; months: MonthDraft[] };
  unplaced: Unplaced[];
  /** Every text placed, with where it started, to check a cell's length. */
  origins: { at: Place; text: () => string }[];
}

/**
 * Lines a web page or a converter adds around a plan: page numbers, navigation, sources, counters,
 * download prompts. They are reported, never kept.
 */
const FURNITURE = [
  /^[—–\-－]*\s*(?:PAGE\s*)?\d+\s*[—–\-－]*$/i,
  /^第\s*\d+\s*页(?:\s*[，,/]?\s*共\s*\d+\s*页)?$/,
  /还剩\s*\d+\s*页未读|继续阅读|下载后查看|点击下载|免费下载|文档下载|阅读全文/,
  /^(?:本文)?(?:来源|出处)[:：]/,
  /^(?:发布时间|发布日期|发表时间|浏览次数|阅读次数|点击(?:数|量|率)|责任编辑|编辑|作者|字号)[:：]/,
  /【(?:打印本页|关闭窗口|打印|关闭|收藏|大|中|小)】/,
  /^(?:上一篇|下一篇|上一页|下一页|相关文章|相关阅读|分享到|分享至|扫一扫|扫码)[:：]?/,
  /^(?:首页|当前位置[:：]?)\s*\S*\s*[>＞»]/,
  /\S\s*[>＞»]\s*\S+\s*[>＞»]/,
  /^[-—=*]{2,}.*[-—=*]{2,}$/,
  /^https?:\/\/\S+$/,
  /本文来源[:：]?\s*https?:/,
  // A document site's file name, bullets of its page, its counters.
  /\.(?:docx?|wps|pdf|txt)(?:VIP)?$/i,
  /^[•·]\s*(?:\d+|约\s*[\d.]+\s*(?:千?字|页)|[\d-]+\s*发布于.*|发布于.*|举报|收藏|分享|下载.*|\d+\s*(?:次|人)?(?:浏览|阅读|下载))$/,
  /^首页\s/,
  /^文本内容[:：]?$/,
  /^时间[:：]\s*\d{4}-\d{1,2}-\d{1,2}/,
  /(?:日期|时间|作者|来源|浏览|点击|编辑)[^：:]{0,4}[:：].*(?:作者|来源|浏览|点击|编辑)[^：:]{0,4}[:：]/,
];

export function isFurniture(line: string): boolean {
  return FURNITURE.some((re) => re.test(line.trim()));
}

/** How many lines from the start a title may be looked for in. */
const TITLE_WINDOW = 8;
const ATTACHMENT = /^附件\s*([0-9０-９一二三四五六七八九]*)\s*[:：]?\s*(.*)$/;
/** Subheadings of study and theme-day plans that only say what follows. */
export const STRUCTURE_HEADING =
  /^(?:学习|活动|具体|时间|月度|每月|主题党日|党日|全年)?(?:要求|任务|内容|安排|计划|时间表|进度)+(?:如下)?$/;

/** A heading that only names the part it starts, tested on its simplified text. */
const isStructureHeading = (text: string) => STRUCTURE_HEADING.test(simplify(text).replace(/[:：\s]/g, ''));

/**
 * Whether a line reads as structure rather than text of its own: a marker, a month, a label, an
 * attachment, a title, a subheading, a signature or the fixed day in prose.
 */
export function readsAsStructure(line: string): boolean {
  return (
    startsOwnLine(line) ||
    ORGANISATION.test(line) ||
    DATE_LINE.test(line) ||
    ruleInProse(line) !== null ||
    isStructureHeading(line)
  );
}

/** A heading of a section: `一、…` or `（一）…` short and without a stop, or a quarter `第二季度…`. */
function isSectionHeading(line: string): boolean {
  if (/^第[一二三四1-4]季度/.test(line)) return true;
  const m = markerOf(line);
  return m !== null && m.level <= 2 && m.rest.length <= 30 && !/[。；]/.test(m.rest);
}

/** Whether a heading names a study or theme-day part (`二、主题党日活动安排`). */
function namesPart(line: string): boolean {
  return /主题党日|党日活动|学习(?:计划|安排|任务)/.test(simplify(line));
}

/**
 * The title among the first lines: one with a year before one without (a breadcrumb or a notice of
 * issue — 关于印发《…》的通知 — names the plan too, but the plan's own title follows it).
 */
function findTitle(blocks: readonly Block[]): number {
  let first = -1;
  let window = TITLE_WINDOW;
  for (let i = 0, seen = 0; i < blocks.length && seen < window; i++) {
    const b = blocks[i]!;
    if (b.kind === 'table') break;
    if (isFurniture(b.text)) continue;
    seen++;
    if (/^关于.*《.*》.*的?通知$/.test(b.text)) {
      window = TITLE_WINDOW * 3;
      continue;
    }
    if (!titleKind(b.text) || monthEntry(b.text)) continue;
    if (titleYear(b.text) !== null) return i;
    if (first < 0) first = i;
  }
  return first;
}

/** A document's kind when it has no title: from its first table or its month lines. */
function guessKind(blocks: readonly Block[]): TitleKind {
  let months = 0;
  for (const b of blocks) {
    if (b.kind === 'table') {
      const header = tableHeader(b);
      if (header) {
        const k = tableKind(header, b.rows[header.row]!.cells.join(''), 'themeDays');
        return k;
      }
    } else if (monthEntry(b.text)) months++;
  }
  return months >= 3 ? 'themeDays' : 'plan';
}

export function readDocument(doc: ImportDocument, yearHint: number): DocParts {
  const parts: DocParts = {
    name: doc.name,
    kind: 'plan',
    title: '',
    titleAt: null,
    year: null,
    branch: '',
    plan: { present: false, lines: [], tableSections: [] },
    study: { present: false, title: '', requirements: [], months: [] },
    themeDays: { present: false, title: '', rule: '', notes: [], months: [] },
    unplaced: [],
    origins: [],
  };
  const blocks = unframe(doc.blocks);
  const unplaced = (at: Place, text: string, why: Unplaced['why']) =>
    parts.unplaced.push({ source: doc.name, at, text, why });

  const titleIndex = findTitle(blocks);
  let start = 0;
  if (titleIndex >= 0) {
    const t = blocks[titleIndex] as LineBlock;
    let title = t.text;
    let first = 0;
    // An organisation's name on the line above is part of the title (中共××委员会 / ××党支部…).
    const above = blocks[titleIndex - 1];
    if (above?.kind === 'line' && ORGANISATION.test(above.text) && !titleYear(above.text)) {
      title = above.text + title;
      first = 1;
    }
    for (const b of blocks.slice(0, titleIndex - first))
      unplaced(b.at, (b as LineBlock).text, 'before-title');
    parts.title = title;
    parts.titleAt = t.at;
    parts.kind = titleKind(title)!;
    parts.year = titleYear(title);
    parts.branch = titleBranch(title);
    start = titleIndex + 1;
  } else parts.kind = guessKind(blocks);
  const year = parts.year ?? yearHint;

  let part: TitleKind = parts.kind;
  parts[part].present = true;
  if (part === 'study') parts.study.title = parts.title;
  if (part === 'themeDays') parts.themeDays.title = parts.title;

  // State of the study and theme-day parts.
  let month: MonthDraft | null = null;
  /** After `附件2：` alone on its line: the attachment's number, its title being the next line. */
  let expectAttachmentTitle: string | null = null;
  let inAttachmentIndex = false;
  /** The list of attachments: kept when an attachment of that title follows, reported when none does. */
  const indexLines: { at: Place; line: string; title: string }[] = [];
  const attachmentTitles = new Set<string>();
  /** The last section heading of the work plan, to send a 主题党日 section's months to its sheet. */
  let lastHeading = '';

  /** A study or theme-day plan for one month only, from its title (`2025年3月主题党日`). */
  const titleMonth =
    parts.title && !/每月/.test(parts.title)
      ? /(?:[0-9]{4}\s*年\s*)?([0-9]{1,2})\s*月份?/.exec(parts.title)
      : null;
  const single =
    titleMonth &&
    (parts.kind === 'themeDays' || parts.kind === 'study') &&
    Number(titleMonth[1]) >= 1 &&
    Number(titleMonth[1]) <= 12
      ? { kind: parts.kind, month: Number(titleMonth[1]) }
      : null;
  /** The field a heading of a one-month plan names (一、活动主题), for the lines under it. */
  let pending: Field | null = null;
  /** The last table with a header, whose columns a table without one may continue. */
  let lastTable: { header: TableHeader; width: number } | null = null;
  /** Whether the current study or theme-day part is a section of the work plan (`五、主题党日活动`). */
  let partOfPlan = false;
  const switchTo = (kind: TitleKind, title: string, ofPlan = false) => {
    part = kind;
    partOfPlan = ofPlan;
    parts[kind].present = true;
    month = null;
    attachmentTitles.add(title.replace(/\s+/g, ''));
    if (kind === 'study' && title) parts.study.title = title;
    if (kind === 'themeDays' && title) parts.themeDays.title = title;
  };

  const body = blocks.slice(start);
  // A signature below the plan: the organisation's name and the date, at the very end.
  let end = body.length;
  while (end > 0) {
    const b = body[end - 1]!;
    if (b.kind !== 'line' || !(ORGANISATION.test(b.text) || DATE_LINE.test(b.text) || isFurniture(b.text)))
      break;
    end--;
  }

  for (let i = 0; i < end; i++) {
    const b = body[i]!;
    if (b.kind === 'table') {
      readTable(b);
      continue;
    }
    const line = b.text;
    if (b.generated || b.picture || isFurniture(line)) {
      unplaced(b.at, line, b.generated ? 'contents' : b.picture ? 'picture' : 'furniture');
      continue;
    }

    if (expectAttachmentTitle !== null) {
      // The line under `附件2：` is the attachment's title when it reads as one.
      const number = expectAttachmentTitle;
      expectAttachmentTitle = null;
      const isTitle = line.length <= 60 && !/[。；]$/.test(line) && !monthEntry(line) && !markerOf(line);
      const k = titleKind(line);
      const kind = k && k !== 'plan' ? k : (byNumber(number) ?? guessAttachment(body, isTitle ? i + 1 : i));
      switchTo(kind, isTitle ? line : '');
      if (isTitle) continue;
    }

    const attachment = ATTACHMENT.exec(line);
    if (attachment) {
      const rest = attachment[2]!.trim();
      const listed = /^[0-9０-９一二三][.．、]/.test(rest);
      if (!attachment[1] && (listed || rest === '')) {
        // 附件：1.…学习计划 2.…活动计划表 — the list of attachments, not an attachment.
        inAttachmentIndex = true;
        if (rest) indexLines.push({ at: b.at, line, title: rest.replace(/^[0-9０-９一二三][.．、]\s*/, '') });
        continue;
      }
      inAttachmentIndex = false;
      if (rest) {
        const k = titleKind(rest);
        switchTo(k && k !== 'plan' ? k : (byNumber(attachment[1]!) ?? guessAttachment(body, i + 1)), rest);
      } else expectAttachmentTitle = attachment[1]!;
      continue;
    }
    if (inAttachmentIndex) {
      const m = markerOf(line);
      if (m && m.level === 3 && m.rest.length <= 60) {
        indexLines.push({ at: b.at, line, title: m.rest });
        continue;
      }
      inAttachmentIndex = false;
    }

    // A second full title in the same document starts that part (学习计划 then 主题党日活动安排).
    const k = titleKind(line);
    if (
      k &&
      k !== part &&
      !markerOf(line) &&
      (titleYear(line) !== null || (k !== 'plan' && line.length <= 30 && monthsFollow(body, i + 1)))
    ) {
      switchTo(k, line);
      continue;
    }

    const rule = ruleInProse(line);
    if (rule && !parts.themeDays.rule) parts.themeDays.rule = rule;

    // A section heading (一、…, 第二季度) ends the month being read; one that names no part of its
    // own ends a work plan's study or theme-day section, and the plan goes on.
    const sectionHeading = isSectionHeading(line);
    // A plan of one month (关于开展2025年3月主题党日活动的通知): its headings name the month's fields,
    // and the month starts at the first of them (what is above is the plan's text).
    const singleMonth = () => {
      if (!single || part !== single.kind) return null;
      const months = part === 'study' ? parts.study.months : parts.themeDays.months;
      let m = months.find((x) => x.month === single.month);
      if (!m) months.push((m = newMonth(single.month, b.at)));
      return m;
    };
    const headingField =
      sectionHeading && single && part === single.kind ? fieldOf(markerOf(line)?.rest ?? line) : null;
    if (headingField) {
      month = singleMonth();
      pending = headingField;
      continue;
    }
    // A sub-heading (（一）学习重点) stays in the field above; a section heading of no field ends it.
    const topHeading = sectionHeading && (markerOf(line)?.level ?? 1) === 1;
    if (topHeading) pending = null;
    if (single && part === single.kind && month && pending) {
      setField(
        month,
        pending,
        line,
        pending === 'date' ? '时间' : pending === 'hours' ? '学时' : '说明',
        year,
      );
      continue;
    }
    if (topHeading && single && part === single.kind) {
      month = null;
    } else if (sectionHeading && part !== 'plan') {
      month = null;
      if (partOfPlan && !namesPart(line)) {
        part = 'plan';
        partOfPlan = false;
      }
    }

    if (part === 'plan') {
      const entry = monthEntry(line);
      const into = entry
        ? /主题党日|党日活动|活动安排/.test(lastHeading)
          ? 'themeDays'
          : /学习/.test(lastHeading)
            ? 'study'
            : null
        : null;
      if (into) {
        // The heading stays a section of the plan (its numbering goes on); its months go to their sheet.
        switchTo(into, '', true);
      } else {
        // A Word heading (标题 1) without a number of its own is a section all the same.
        const m =
          (b.label ? labelMarker(b.label, line) : markerOf(line)) ??
          (b.outline === 0 && line.length <= 30
            ? { level: 1 as const, numeral: '', written: '', rest: line }
            : null);
        if (m && m.level <= 2) lastHeading = m.rest;
        const number = !m
          ? ''
          : m.level === 2
            ? /^[（(]/.test(m.written)
              ? `（${m.numeral}）`
              : m.numeral
            : m.level === 4
              ? level4Number(m)
              : m.numeral;
        parts.plan.lines.push({
          level: m ? m.level : 0,
          number,
          text: m ? m.rest : line,
          raw: line,
          at: b.at,
          boldLead: b.boldLead,
        });
        continue;
      }
    }

    // Study and theme-day lines. In a document that is no work plan, a heading naming a part starts it.
    const named = markerOf(line);
    if (named && named.level <= 2 && named.rest.length <= 30 && !/[。；]/.test(named.rest)) {
      const r = simplify(named.rest);
      const k = /主题党日|党日活动/.test(r) ? 'themeDays' : /学习(?:计划|安排|任务)/.test(r) ? 'study' : null;
      if (k && !(k === 'study' && part === 'study')) {
        switchTo(k, '');
        continue;
      }
    }
    const entry = monthEntry(line);
    if (entry) {
      month = newMonth(entry.month, b.at);
      if (entry.day) setField(month, 'date', `${entry.month}月${entry.day}日`, '时间', year);
      // A range (`5—6月`) or a part of the month (`3月上旬`) is kept as written.
      if (entry.until) month.extra.push(`时间：${entry.month}—${entry.until}月`);
      if (entry.part) month.extra.push(`时间：${entry.month}月${entry.part}`);
      fillFromText(month, entry.rest, year, true);
      (part === 'study' ? parts.study.months : parts.themeDays.months).push(month);
      continue;
    }
    // 一、学习要求 / 学习任务：— only headings that name what their part holds are structure.
    const heading = markerOf(line);
    const headingText = heading && heading.level <= 2 ? heading.rest : heading ? null : line;
    // In a theme-day plan only the heading of its months is structure; 活动要求 and the like are its text.
    const structural =
      headingText !== null &&
      isStructureHeading(headingText) &&
      (part === 'study' || /安排|计划|时间表/.test(headingText));
    if (structural) {
      month = null;
      continue;
    }
    const label = labelled(line);
    if (month && label) {
      setField(month, label.field, label.value, line.slice(0, line.search(/[:：]/)).trim(), year);
      continue;
    }
    if (month) {
      fillFromText(month, line, year);
      continue;
    }
    if (part === 'study') {
      // Before the months, or under a heading of requirements: 学习要求.
      parts.study.requirements.push(line);
      parts.origins.push({ at: b.at, text: () => line });
      continue;
    }
    // The theme-day sheet keeps the plan's paragraphs under its rule; a line that only states the rule
    // is the rule.
    if (rule && line.length <= 24) continue;
    parts.themeDays.notes.push(line);
    parts.origins.push({ at: b.at, text: () => line });
  }
  for (const b of body.slice(end)) {
    const text = (b as LineBlock).text;
    unplaced(b.at, text, isFurniture(text) ? 'furniture' : 'signature');
  }
  for (const l of indexLines)
    if (!attachmentTitles.has(l.title.replace(/\s+/g, ''))) unplaced(l.at, l.line, 'attachment-index');
  return parts;

  function readTable(table: TableBlock) {
    let header = tableHeader(table);
    // A table without a header of its own, after one with as many columns: its continuation (a table
    // split at a page, or a second table for the second half year).
    const width = Math.max(...table.rows.map((r) => r.cells.length));
    if (!header && lastTable && lastTable.width === width) header = { ...lastTable.header, row: -1 };
    if (!header) {
      for (const row of table.rows)
        if (row.cells.some((c) => c.trim())) {
          const cells = row.cells.map((c) => c.trim()).filter(Boolean);
          unplaced(row.at, cells.join(' | '), 'table');
        }
      return;
    }
    lastTable = { header, width };
    for (const row of table.rows.slice(0, Math.max(0, header.row))) {
      const cells = [...new Set(row.cells.map((c) => c.trim()).filter(Boolean))];
      const k = cells.length === 1 ? titleKind(cells[0]!) : null;
      // A title in the table's first row is the document's title when it has none above the table.
      if (k && !parts.titleAt) {
        parts.title = cells[0]!;
        parts.titleAt = row.at;
        parts.kind = k;
        parts.year = titleYear(cells[0]!);
        parts.branch = titleBranch(cells[0]!);
        if (k !== 'plan') switchTo(k, cells[0]!);
        else parts.plan.present = true;
      } else if (k && k !== 'plan') switchTo(k, cells[0]!);
      else if (cells.length > 0 && !header.names.includes(cells[0]!.replace(/\s+/g, '')))
        unplaced(row.at, cells.join(' | '), 'table');
    }
    // A table under a work plan's 主题党日 or 学习 heading belongs to that part.
    const context =
      part === 'plan' && namesPart(lastHeading) ? (/学习/.test(lastHeading) ? 'study' : 'themeDays') : part;
    const kind = tableKind(header, header.names.join(''), context);
    if (kind === 'plan') {
      parts.plan.present = true;
      const sections = planTable(table, header);
      // Without a 类别 column the rows are items of the section the table is in.
      if (sections.length === 1 && !sections[0]!.title)
        parts.plan.lines.push({
          level: 0,
          number: '',
          text: '',
          raw: '',
          at: table.at,
          items: sections[0]!.items,
        });
      else parts.plan.tableSections.push(...sections);
      return;
    }
    if (kind !== part) switchTo(kind, '');
    const months = monthsFromTable(table, header, year, doc.name, parts.unplaced);
    (kind === 'study' ? parts.study.months : parts.themeDays.months).push(...months);
    month = null;
  }

  /** A task table's rows as items: every text column kept (a second one in 内容 or 备注). */
  function planTable(table: TableBlock, header: TableHeader): PlanSection[] {
    const sections: PlanSection[] = [];
    const names = header.names;
    let counter = 0;
    for (const row of table.rows.slice(header.row + 1)) {
      const cells = row.cells.map((c) => c.trim());
      if (cells.every((c) => !c)) continue;
      // A row across the table (`一、思想建设`) starts a section.
      const filled = [...new Set(cells.filter(Boolean))];
      const heading = filled.length === 1 ? markerOf(filled[0]!) : null;
      if (heading && heading.level <= 2 && heading.rest.length <= 30) {
        sections.push({ numeral: heading.numeral, title: heading.rest, items: [] });
        continue;
      }
      const all = (f: string) => header.fields.flatMap((h, i) => (h === f && cells[i] ? [i] : []));
      const category = all('category').map((i) => cells[i]!)[0] ?? '';
      let section = sections[sections.length - 1];
      if (!section || (category && section.title !== category)) {
        section = { numeral: '', title: category, items: [] };
        sections.push(section);
      }
      const used = new Set<number>();
      const take = (f: string) => {
        const i = all(f).find((k) => !used.has(k));
        if (i === undefined) return '';
        used.add(i);
        return cells[i]!;
      };
      const themed = take('theme');
      const first = take('content');
      const more: string[] = [];
      for (let c = take('content'); c; c = take('content')) more.push(c);
      const split = themed
        ? { title: themed, content: [first, ...more].filter(Boolean).join('\n') }
        : more.length > 0 && first.length <= 30 && !/[。；;！？]/.test(first)
          ? { title: first, content: more.join('\n') }
          : (({ title, content }) => ({ title, content: [content, ...more].filter(Boolean).join('\n') }))(
              splitItemText(first),
            );
      const item = emptyItem(take('number') || String(++counter), split.title, split.content);
      item.owner = take('owner');
      item.deadline = take('deadline') || take('date') || take('month');
      take('category');
      const extra: string[] = [];
      cells.forEach((c, i) => {
        if (!c || used.has(i)) return;
        extra.push(header.fields[i] === 'note' ? c : `${names[i] || `第${i + 1}列`}：${c}`);
      });
      item.note = extra.join('\n');
      section.items.push(item);
    }
    return sections;
  }
}

/** An item number from a deep marker: `(1)` as written, `⑴` and `①` as 1, a bullet as none. */
function level4Number(m: { numeral: string; written: string }): string {
  if (/^[(（]/.test(m.written) || /^[0-9０-９]/.test(m.written)) return m.written;
  if (/^[•·●○▪■◆◇□*-]$/.test(m.numeral)) return '';
  return String(markerNumber(m.numeral) ?? '');
}

/**
 * The marker of a Word paragraph from its list number, which Word keeps apart from the text: an item
 * `1.` whose text begins `12月底前…` is item 1, not a decimal. A number without a stop (`%1` and a
 * tab) is an item number too.
 */
function labelMarker(label: string, line: string): Marker | null {
  const rest = line.slice(label.length).trim();
  const m = markerOf(label);
  if (m && m.rest.trim() === '') return { ...m, rest };
  if (/^[0-9０-９]{1,3}$/.test(label)) return { level: 3, numeral: label, written: label, rest };
  return markerOf(line);
}

/**
 * Tables that only frame text — one column (or one cell) without a header, as a bordered box around
 * the plan or a shaded heading — read as the paragraphs they hold.
 */
function unframe(blocks: readonly Block[]): Block[] {
  return blocks.flatMap((b): Block[] => {
    if (b.kind !== 'table' || tableHeader(b)) return [b];
    const framed = b.rows.every((r) => new Set(r.cells.map((c) => c.trim()).filter(Boolean)).size <= 1);
    if (!framed) return [b];
    return b.rows.flatMap((r) => {
      const text = r.cells.map((c) => c.trim()).find(Boolean) ?? '';
      return text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .map((l): LineBlock => ({ kind: 'line', text: l, at: r.at }));
    });
  });
}

/** Whether month entries or a table come next: what a part's heading without a year is followed by. */
function monthsFollow(body: readonly Block[], from: number): boolean {
  const next = body.slice(from, from + 3);
  return next.some((b) => b.kind === 'table' || monthEntry(b.text) !== null);
}

/**
 * The usual order of a plan's attachments when their titles do not say: 附件1 the study plan, 附件2
 * the theme days (as the plans this was learnt from number them); null for other numbers.
 */
function byNumber(number: string): TitleKind | null {
  const n = number.replace(/[１一]/, '1').replace(/[２二]/, '2');
  return n === '1' ? 'study' : n === '2' ? 'themeDays' : null;
}

/** The kind of an attachment without a telling title: from the lines or table that follow it. */
function guessAttachment(body: readonly Block[], from: number): TitleKind {
  for (const b of body.slice(from, from + 6)) {
    const text = b.kind === 'line' ? b.text : b.rows.map((r) => r.cells.join('')).join('');
    if (/学时|学习要求|学习任务|学习内容/.test(text)) return 'study';
    if (/主题党日|党日活动|活动地点|参加人员/.test(text)) return 'themeDays';
  }
  return 'themeDays';
}
