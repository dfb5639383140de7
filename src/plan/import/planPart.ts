/**
 * The work plan's lines to preamble, sections and items. Whatever the levels a plan uses, the
 * outermost marker that has a level under it makes the sections (`一、`, or `（一）` when there is no
 * `一、`), the next level in each section makes its items, and deeper levels and plain paragraphs stay
 * with their item. A section without numbered items takes its paragraphs as items; numbered items
 * without any section form one section.
 */
import { chineseNumeral } from '../numerals';
import { emptyItem, type PlanItem, type PlanSection } from '../model';
import { labelled, labelledParts, type Level } from './markers';
import type { Place } from './types';

export interface PlanLine {
  level: Level | 0;
  /** For a marked line: the numeral (`一`) or number as written (`1`, `（一）`). */
  number: string;
  /** The line without its marker (for a plain paragraph, the whole line). */
  text: string;
  /** The line as written. */
  raw: string;
  at: Place;
  boldLead?: string;
  /** The rows of a task table, items of the section the table is in. */
  items?: PlanItem[];
}

/** The most characters a title is: a longer first sentence is content. */
export const TITLE_MAX = 30;
/** The most characters of a first clause taken as the title when the first sentence is longer. */
export const CLAUSE_MAX = 20;

/**
 * The first clause of a sentence, used as a short theme: up to the first comma, semicolon, stop or
 * line break (a theme is one line, also when the content runs on over several lines).
 */
export function firstClause(text: string): string {
  const m = /^(.*?)[，,；;。\n]/.exec(text);
  return (m ? m[1]! : text).trim();
}

/**
 * An item's text as title and content: `标题。内容` when the first sentence is short; else a short
 * first clause as the title; else no title and the whole text as content. A bold lead (Word) is the
 * title when it is short. Never a whole paragraph as the title.
 */
export function splitItemText(text: string, boldLead?: string): { title: string; content: string } {
  const t = text.trim();
  const lead = boldLead?.trim().replace(/[。：:，,；;]$/, '');
  if (lead && lead.length <= TITLE_MAX && t.startsWith(boldLead!.trim())) {
    const rest = t.slice(boldLead!.trim().length).replace(/^[。：:，,；;\s]+/, '');
    return { title: lead, content: rest };
  }
  const stop = /[。！？；;：:!?]/.exec(t);
  if (stop && stop.index <= TITLE_MAX)
    return { title: t.slice(0, stop.index).trim(), content: t.slice(stop.index + 1).trim() };
  if (!stop && !t.includes('\n') && t.length <= TITLE_MAX && !/[，,]/.test(t))
    return { title: t, content: '' };
  const comma = /[，,]/.exec(t);
  if (comma && comma.index > 0 && comma.index <= CLAUSE_MAX && (!stop || comma.index < stop.index))
    return { title: t.slice(0, comma.index).trim(), content: t.slice(comma.index + 1).trim() };
  return { title: '', content: t };
}

function append(item: PlanItem, text: string): void {
  item.content = item.content ? `${item.content}\n${text}` : text;
}

/** A trailing `（责任人：王强；完成时限：全年）`: who and when, written into the item's text. */
const DUTIES =
  /[（(]([^（）()]*(?:责任人|责任单位|责任部门|责任领导|牵头领导|牵头部门|牵头人|负责人|完成时限|完成时间|时限)\s*[:：][^（）()]*)[)）][。；]?$/;

/**
 * The owner and deadline an item states in its text (a trailing bracket, or lines such as
 * `牵头领导：李明`) go to 责任人 and 完成时限 when those are empty; the text keeps everything else.
 */
function takeDuties(item: PlanItem): void {
  const lines = item.content.split('\n');
  const kept: string[] = [];
  const take = (field: string, value: string): boolean => {
    const v = value.trim();
    if (!v) return false;
    if (field === 'owner' && !item.owner) item.owner = v;
    else if (field === 'deadline' && !item.deadline) item.deadline = v;
    else return false;
    return true;
  };
  for (const line of lines) {
    // 牵头领导：李华 责任部门：综合办公室 完成时限：6月底 — the line goes only when all of it is taken.
    const labels = labelledParts(line);
    if (labels && labels.every((x) => x.field === 'owner' || x.field === 'deadline')) {
      const taken = labels.map((x) => take(x.field, x.value));
      if (taken.every(Boolean)) continue;
    }
    const m = DUTIES.exec(line);
    if (m) {
      const parts = m[1]!.split(/[；;，,]\s*/).map((part) => labelled(part.trim()));
      if (
        parts.every((x) => x && (x.field === 'owner' || x.field === 'deadline')) &&
        !item.owner &&
        !item.deadline
      ) {
        for (const x of parts) take(x!.field, x!.value);
        const rest = line.slice(0, m.index).trim();
        if (rest) kept.push(rest);
        continue;
      }
    }
    kept.push(line);
  }
  item.content = kept.join('\n');
}

export interface BuiltPlan {
  preamble: string[];
  sections: PlanSection[];
}

/** The section numeral a heading line shows: `一` for `一、` and for `（一）` alike. */
function sectionNumeral(line: PlanLine): string {
  const n = line.number.replace(/^[（(]|[)）]$/g, '');
  const stem = n.length === 1 ? '甲乙丙丁戊己庚辛壬癸'.indexOf(n) : -1;
  return stem >= 0 ? chineseNumeral(stem + 1) : n;
}

function heading(line: PlanLine): { title: string; rest: string } {
  const t = line.text.trim();
  if (!/[。！？；;：:!?\n]/.test(t) && t.length <= TITLE_MAX) return { title: t, rest: '' };
  const { title, content } = splitItemText(line.text, line.boldLead);
  // A heading is short: a long first sentence makes the whole line the section's first paragraph.
  if (!title) return { title: '', rest: line.text };
  return { title, rest: content };
}

/** `placed` hears of each item and the line it starts on (to locate a text too long for a cell). */
export function buildPlan(
  lines: readonly PlanLine[],
  placed: (item: PlanItem, at: string) => void = () => {},
): BuiltPlan {
  const preamble: string[] = [];
  const levels = new Set(lines.map((l) => l.level).filter((l): l is Level => l !== 0));
  const sorted = [...levels].sort((a, b) => a - b);
  // Sections: 一、 whenever present; else the outermost level when a deeper one is under it.
  const sectionLevel: Level | null = levels.has(1) ? 1 : sorted.length >= 2 ? sorted[0]! : null;
  const sections: PlanSection[] = [];

  if (sectionLevel === null) {
    const itemLevel = sorted[0];
    let section: PlanSection | null = null;
    let item: PlanItem | null = null;
    for (const line of lines) {
      if (line.items) {
        if (!section) sections.push((section = { numeral: '一', title: '', items: [] }));
        section.items.push(...line.items);
        for (const it of line.items) placed(it, line.at);
        item = section.items[section.items.length - 1] ?? null;
      } else if (itemLevel !== undefined && line.level === itemLevel) {
        if (!section) sections.push((section = { numeral: '一', title: '', items: [] }));
        const { title, content } = splitItemText(line.text, line.boldLead);
        item = emptyItem(line.number || String(section.items.length + 1), title, content);
        section.items.push(item);
        placed(item, line.at);
      } else if (item) append(item, line.raw);
      else preamble.push(line.raw);
    }
    for (const sec of sections) sec.items.forEach(takeDuties);
    return { preamble, sections };
  }

  // Group the lines by section.
  const groups: { head: PlanLine; body: PlanLine[] }[] = [];
  for (const line of lines) {
    if (line.level === sectionLevel) groups.push({ head: line, body: [] });
    else if (groups.length > 0) groups[groups.length - 1]!.body.push(line);
    else if (line.items) {
      sections.push({ numeral: '', title: '', items: line.items });
      for (const it of line.items) placed(it, line.at);
    } else preamble.push(line.raw);
  }
  for (const { head, body } of groups) {
    const { title, rest } = heading(head);
    const section: PlanSection = { numeral: sectionNumeral(head), title, items: [] };
    sections.push(section);
    const deeper = body.map((l) => l.level).filter((l): l is Level => l !== 0 && l > sectionLevel);
    const itemLevel = deeper.length > 0 ? Math.min(...deeper) : null;
    const lead = rest ? [{ ...head, level: 0 as const, text: rest, raw: rest, boldLead: undefined }] : [];
    let item: PlanItem | null = null;
    let counter = 0;
    for (const line of [...lead, ...body]) {
      if (line.items) {
        section.items.push(...line.items);
        for (const it of line.items) placed(it, line.at);
        item = section.items[section.items.length - 1] ?? null;
      } else if (itemLevel === null) {
        // No numbered items: each paragraph is one, numbered in its section.
        const { title: t, content } = splitItemText(line.level === 0 ? line.text : line.raw, line.boldLead);
        item = emptyItem(String(++counter), t, content);
        section.items.push(item);
        placed(item, line.at);
      } else if (line.level === itemLevel) {
        const { title: t, content } = splitItemText(line.text, line.boldLead);
        // Bulleted items (• …) are numbered in their section.
        item = emptyItem(line.number || String(section.items.filter((i) => i.number).length + 1), t, content);
        section.items.push(item);
        placed(item, line.at);
      } else if (item) append(item, line.raw);
      else {
        // A paragraph between the heading and the first item: a row of its own, without a number.
        item = emptyItem('', '', line.raw);
        section.items.push(item);
        placed(item, line.at);
      }
    }
  }
  for (const sec of sections) sec.items.forEach(takeDuties);
  return { preamble, sections };
}
