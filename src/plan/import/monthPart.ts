/**
 * The study plan's and theme-day plan's months, from lines (`3月：…`, `3月份` then `主题：…` lines)
 * and from tables (a header row of 月份 / 时间 / 主题 / 内容 / 形式 / 地点 / 参加人员 / 负责人 / 学时 in
 * any order and wording). Values the row has no column for are kept in its 内容 (study) or 备注
 * (theme day) as `名称：值`, never dropped.
 */
import { emptyStudyMonth, emptyThemeDay, type StudyMonth, type ThemeDay } from '../model';
import { fieldOf, labelledParts, monthEntry, type Field } from './markers';
import { firstClause } from './planPart';
import type { Place, TableBlock, Unplaced } from './types';
import { parseEntryDate, parseHours, takeHours } from './values';

export type MonthKind = 'study' | 'themeDays';

/** A month being read, whichever sheet it goes to. */
export interface MonthDraft {
  month: number;
  at: Place;
  theme: string;
  content: string[];
  form: string;
  place: string;
  attendees: string;
  owner: string;
  date: string;
  hours: number | null;
  /** Text with no column of its own (`时间：3月上旬`). */
  extra: string[];
  /** The text on the month's own line (`3月：学雷锋志愿服务`), before any labelled lines. */
  lead: string;
  /** Whether labelled lines (`活动内容：…`) gave the month its fields. */
  fromLabels: boolean;
}

export function newMonth(month: number, at: Place): MonthDraft {
  return {
    month,
    at,
    theme: '',
    content: [],
    form: '',
    place: '',
    attendees: '',
    owner: '',
    date: '',
    hours: null,
    extra: [],
    lead: '',
    fromLabels: false,
  };
}

const LABEL_NAME: Partial<Record<Field, string>> = {
  date: '时间',
  deadline: '时限',
  note: '备注',
  number: '序号',
};

/** Put a labelled value into the month; `label` is how the document named it, for what is kept as text. */
export function setField(d: MonthDraft, field: Field, value: string, label: string, year: number): void {
  const v = value.trim();
  if (!v) return;
  d.fromLabels = true;
  const keep = () => d.extra.push(`${label}：${v}`);
  switch (field) {
    case 'theme':
      if (d.theme) d.content.push(v);
      else d.theme = v;
      break;
    case 'content':
      d.content.push(v);
      break;
    case 'form':
    case 'place':
    case 'attendees':
    case 'owner':
      if (d[field]) keep();
      else d[field] = v;
      break;
    case 'hours': {
      const h = parseHours(v);
      if (h === null || d.hours !== null) keep();
      else d.hours = h;
      break;
    }
    case 'date': {
      const date = parseEntryDate(v, year);
      if (date && !d.date && Number(date.slice(5, 7)) === d.month && Number(date.slice(0, 4)) === year)
        d.date = date;
      else keep();
      break;
    }
    case 'month': {
      // 1-2月, 3月上旬, 2026年1月: the month is read, the rest kept.
      const e = monthEntry(v);
      if (!e || e.month !== d.month || e.until || e.part || e.rest) keep();
      break;
    }
    default:
      keep();
  }
}

/** Words after a month that only say what the entry is (`一月份主题党日`, `3月份学习安排`). */
const ENTRY_WORDS = /^(?:主题党日|党日|学习)(?:活动)?(?:安排|计划|内容)?$/;

/**
 * The text on a month's own line (`3月：主题：…；内容：…` or `3月：重温入党誓词（3学时）`): labelled
 * parts into their fields, hours into 学时, the rest kept as the month's lead.
 */
export function fillFromText(d: MonthDraft, text: string, year: number, lead = false): void {
  const { hours, rest } = takeHours(text);
  if (hours !== null && d.hours === null) d.hours = hours;
  if (!rest) return;
  const parts = labelledParts(rest);
  if (parts) {
    for (const p of parts) setField(d, p.field, p.value, labelName(rest, p.value), year);
    return;
  }
  if (lead) {
    if (!ENTRY_WORDS.test(rest.replace(/\s+/g, ''))) d.lead = rest;
    return;
  }
  d.content.push(rest);
}

/** Theme and content: a short lead followed by labelled lines is the theme (`1月：严守纪律强根基`). */
function themeAndContent(d: MonthDraft): { theme: string; content: string[] } {
  const content = [...d.content];
  let theme = d.theme;
  if (d.lead) {
    const short = d.lead.length <= 20 && !/[。；;，,]/.test(d.lead);
    if (!theme && d.fromLabels && short && content.length > 0) theme = d.lead;
    else content.unshift(d.lead);
  }
  return { theme, content };
}

/** How a labelled value was labelled in the line it came from. */
function labelName(line: string, value: string): string {
  const at = line.indexOf(value);
  const before = at > 0 ? line.slice(0, at) : line;
  const m = /([\u4e00-\u9fff]{1,8})\s*[:：]\s*$/.exec(before);
  return m ? m[1]! : '说明';
}

/** A theme does not start with the bullet its line was written with. */
function unbullet(text: string): string {
  return text.replace(/^[•·●○▪■◆◇□]\s*|^[-*]\s+/, '');
}

export function toStudyMonth(d: MonthDraft): StudyMonth {
  const { theme, content: lines } = themeAndContent(d);
  const content = [...lines, ...d.extra, ...(d.attendees ? [`参加人员：${d.attendees}`] : [])];
  if (d.place) content.push(`地点：${d.place}`);
  const text = content.join('\n');
  return {
    ...emptyStudyMonth(d.month),
    theme: theme || firstClause(unbullet(text)),
    content: text,
    form: d.form,
    plannedDate: d.date,
    hours: d.hours,
    owner: d.owner,
  };
}

export function toThemeDay(d: MonthDraft): ThemeDay {
  const { theme, content: lines } = themeAndContent(d);
  const content = lines.join('\n');
  const extra = [...d.extra, ...(d.hours !== null ? [`学时：${d.hours}`] : [])];
  return {
    ...emptyThemeDay(d.month),
    date: d.date,
    theme: theme || firstClause(unbullet(content)),
    content,
    form: d.form,
    place: d.place,
    attendees: d.attendees,
    owner: d.owner,
    note: extra.join('\n'),
  };
}

export interface TableHeader {
  /** The header's last row; the rows below it are data (-1: a table continuing another's columns). */
  row: number;
  fields: (Field | null)[];
  /** The columns' names as written, spaces dropped. */
  names: string[];
}

/**
 * A table's header: the row (among the first three) naming at least two known columns, together with
 * the row below when that one names columns too (a group header `活动安排` over 主题 / 内容 / 形式).
 */
export function tableHeader(table: TableBlock): TableHeader | null {
  const named = (r: number) => table.rows[r]?.cells.map((c) => fieldOf(c)) ?? [];
  const known = (fields: (Field | null)[]) => new Set(fields.filter((f): f is Field => f !== null)).size;
  for (let r = 0; r < Math.min(3, table.rows.length); r++) {
    const fields = named(r);
    if (known(fields) < 2) continue;
    const names = table.rows[r]!.cells.map((c) => c.replace(/\s+/g, ''));
    const below = named(r + 1);
    const belowIsHeader = known(below) >= 2 && !table.rows[r + 1]!.cells.some((c) => monthEntry(c) !== null);
    if (!belowIsHeader) return { row: r, fields, names };
    const lower = table.rows[r + 1]!.cells.map((c) => c.replace(/\s+/g, ''));
    return {
      row: r + 1,
      fields: fields.map((f, i) => below[i] ?? f),
      names: names.map((n, i) => lower[i] || n),
    };
  }
  return null;
}

/** Which sheet a table's rows go to, from its header (and the part of the document it is in). */
export function tableKind(
  header: { fields: (Field | null)[] },
  headerText: string,
  context: 'plan' | MonthKind,
): 'plan' | MonthKind {
  const f = new Set(header.fields);
  const dated = f.has('month') || f.has('date');
  if (f.has('hours') || (/学习/.test(headerText) && !/活动/.test(headerText))) return 'study';
  if (f.has('place') || f.has('attendees') || /活动|党日/.test(headerText))
    return dated ? 'themeDays' : context;
  // In a work plan, a table of tasks (工作任务 / 时间节点 / 责任人) is the plan's; a table of monthly
  // themes is the theme days'.
  if (context === 'plan') return dated && f.has('theme') ? 'themeDays' : 'plan';
  if (dated && (f.has('theme') || f.has('content'))) return context;
  return 'plan';
}

/** The rows of a month table, each as a month; rows without a month are reported. */
export function monthsFromTable(
  table: TableBlock,
  header: TableHeader,
  year: number,
  source: string,
  unplaced: Unplaced[],
): MonthDraft[] {
  const names = header.names;
  const out: MonthDraft[] = [];
  for (const row of table.rows.slice(header.row + 1)) {
    const cells = row.cells.map((c) => c.trim());
    if (cells.every((c) => c === '')) continue;
    // A repeated header row (a table split over pages) is not a month.
    if (cells.every((c, i) => c === '' || c.replace(/\s+/g, '') === names[i])) continue;
    let month: number | null = null;
    header.fields.forEach((f, i) => {
      if (month !== null || !cells[i]) return;
      if (f === 'month') month = monthEntry(cells[i]!)?.month ?? parseMonthCell(cells[i]!);
    });
    if (month === null)
      header.fields.forEach((f, i) => {
        if (month !== null || f !== 'date' || !cells[i]) return;
        const date = parseEntryDate(cells[i]!, year);
        month = date ? Number(date.slice(5, 7)) : (monthEntry(cells[i]!)?.month ?? null);
      });
    if (month === null) {
      unplaced.push({ source, at: row.at, text: cells.filter(Boolean).join(' | '), why: 'no-month' });
      continue;
    }
    const d = newMonth(month, row.at);
    header.fields.forEach((f, i) => {
      const v = cells[i];
      if (!v) return;
      const label = names[i] || `第${i + 1}列`;
      if (f === null || f === 'number') {
        if (f === null) d.extra.push(`${label}：${v}`);
        return;
      }
      setField(d, f, v, LABEL_NAME[f] ?? label, year);
    });
    // Two activities in one month (its 月份 cell merged over both rows): one row of the sheet, which
    // has one row a month, holding both.
    const prev = out[out.length - 1];
    if (prev && prev.month === d.month) joinMonths(prev, d);
    else out.push(d);
  }
  return out;
}

function joinMonths(into: MonthDraft, d: MonthDraft): void {
  const both = (a: string, b: string, sep: string) => (a && b && a !== b ? `${a}${sep}${b}` : a || b);
  into.theme = both(into.theme, d.theme, '；');
  into.content.push(...d.content);
  for (const f of ['form', 'place', 'attendees', 'owner'] as const) into[f] = both(into[f], d[f], '、');
  if (d.date && d.date !== into.date) {
    if (into.date) d.extra.push(`时间：${Number(d.date.slice(5, 7))}月${Number(d.date.slice(8, 10))}日`);
    else into.date = d.date;
  }
  if (d.hours !== null) into.hours = (into.hours ?? 0) + d.hours;
  into.extra.push(...d.extra);
  into.lead = both(into.lead, d.lead, '\n');
}

function parseMonthCell(text: string): number | null {
  const ym = /^(?:19|20)\d{2}\s*[.\-/]\s*(\d{1,2})$/.exec(text.trim());
  if (ym) return Number(ym[1]) >= 1 && Number(ym[1]) <= 12 ? Number(ym[1]) : null;
  const n = parseHours(text);
  return n !== null && Number.isInteger(n) && n >= 1 && n <= 12 ? n : null;
}
