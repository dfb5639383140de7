/**
 * Regenerate = merge. A year's sheets made again from the template (or with a new theme-day rule)
 * keep what users typed: rows are matched by section and item number or by month; every non-empty
 * user cell of the sheet wins over the new value; a date the user moved off the rule's date is kept;
 * a row the template does not have is kept whole. What the merge changed or kept is reported, so
 * nothing is lost silently. Merging the result again with the same template changes nothing.
 */
import { parseDayRule, themeDayDate, type DayRule } from './dayRule';
import type { PlanItem, PlanSection, StudyMonth, ThemeDay, YearPlan } from './model';
import type { IssueData } from './issue';
import { defineMessages, messageOf } from './messages';
import { toAsciiDigits } from './numerals';
import { fieldsOf, templateTextOf, type Column, type SheetKind } from '../sheets/kinds';
import { mergeKind, type Counter, type KindParts, type Told, type YearBase } from './merge3';

export type RowKind = SheetKind;

/** Something the merge did that the user should know, at a row of the merged model. */
export interface MergeNote {
  kind: RowKind;
  /** Row index in the merged model: plan items in reading order, study months, theme days. */
  index: number;
  field: string;
  /** What the merge did (`regenerate-merge/updated` …) and its values: the catalogue words it. */
  code: string;
  data: IssueData;
  message: string;
  messageEn: string;
  /** Where the note stands when it is not a row's: the title, or a text row above the table. */
  place?: 'title' | { text: number };
}

const NOTES = defineMessages('regenerate-merge', {
  updated: {
    zh: '{{header}}已按模板更新，原为“{{was}}”',
    en: 'The {{headerEn}} was updated from the template; it was "{{was}}".',
  },
  itemKept: {
    zh: '模板中没有这一项（{{section}}、第{{item}}项），已原样保留',
    en: 'The template has no such item ({{section}}, item {{item}}); it was kept as it was.',
  },
  monthKept: {
    zh: '模板中没有这一行（{{month}}月），已原样保留',
    en: 'The template has no such row (month {{month}}); it was kept as it was.',
  },
});

/** A note's field, code and data, with its words. */
type Said = Pick<MergeNote, 'field' | 'code' | 'data' | 'message' | 'messageEn'>;

function said(field: string, code: string, data: IssueData): Said {
  return {
    field,
    code,
    data,
    message: messageOf(code, data, 'zh-CN'),
    messageEn: messageOf(code, data, 'en-US'),
  };
}

/** A kind's user fields (kept from the sheet) and its template text columns (followed, old text noted). */
function rolesOf<K extends SheetKind>(kind: K) {
  return { user: fieldsOf(kind, 'user'), template: templateTextOf(kind) };
}

/** The plan's roles over its items (a plan row is an item and its section's label, which is derived). */
function planRolesOf(): { user: (keyof PlanItem & string)[]; template: Column<PlanItem>[] } {
  const { user, template } = rolesOf('plan');
  return {
    user: user.filter((f): f is keyof PlanItem & string => f !== 'section'),
    template: template as unknown as Column<PlanItem>[],
  };
}

function itemKey(numeral: string, item: PlanItem): string {
  const n = toAsciiDigits(item.number.trim());
  return `${numeral}|${n || `#${item.title.trim()}`}`;
}

/**
 * Keep the old row's non-empty user cells; note template cells whose text the template changed, with
 * the whole old text: it may be the user's own wording, and the note is where it can be taken back from.
 */
function mergeRow<T extends object>(
  fresh: T,
  old: T,
  { user, template }: { user: readonly (keyof T & string)[]; template: readonly Column<T>[] },
  note: (n: Said) => void,
  kept: Counter,
): T {
  const out = { ...fresh };
  for (const f of user) {
    const v = old[f];
    if (typeof v === 'string' ? v.trim() !== '' : v !== null && v !== undefined) {
      if (v !== fresh[f]) kept.n++;
      out[f] = v;
    }
  }
  for (const c of template) {
    const was = String(old[c.field] ?? '');
    const now = String(fresh[c.field] ?? '');
    if (was.trim() !== '' && was !== now) {
      note(said(c.field, NOTES.updated, { header: c.header, headerEn: c.headerEn, was }));
    }
  }
  return out;
}

/** The non-empty user cells of a row kept whole. */
function filled<T extends object>(row: T, user: readonly (keyof T & string)[]): number {
  return user.filter((f) => {
    const v = row[f];
    return typeof v === 'string' ? v.trim() !== '' : v !== null && v !== undefined;
  }).length;
}

/** Whether a date in the sheet is one the user set, not the one the sheet's rule gave. */
function userDate(date: string, rule: DayRule | null, year: number, month: number): boolean {
  if (!date) return false;
  if (!rule || month < 1 || month > 12) return true;
  return date !== themeDayDate(rule, year, month);
}

function mergePlan(
  fresh: PlanSection[],
  old: PlanSection[],
  notes: MergeNote[],
  kept: Counter,
): PlanSection[] {
  const planRoles = planRolesOf();
  const oldItems = new Map<string, PlanItem>();
  for (const s of old)
    for (const item of s.items) {
      const key = itemKey(s.numeral, item);
      if (!oldItems.has(key)) oldItems.set(key, item);
    }
  const used = new Set<string>();
  const notesAt: ({ item: PlanItem } & Said)[] = [];
  const sections = fresh.map((s) => ({
    ...s,
    items: s.items.map((item) => {
      const key = itemKey(s.numeral, item);
      const was = oldItems.get(key);
      if (!was || used.has(key)) return item;
      used.add(key);
      const rowNotes: Said[] = [];
      const merged: PlanItem = mergeRow(item, was, planRoles, (n) => rowNotes.push(n), kept);
      for (const n of rowNotes) notesAt.push({ item: merged, ...n });
      return merged;
    }),
  }));
  // Rows the template has no place for (or a second row with the same number), in sheet order.
  const extras = old.flatMap((section) =>
    section.items
      .filter(
        (item) =>
          !(
            used.has(itemKey(section.numeral, item)) && oldItems.get(itemKey(section.numeral, item)) === item
          ),
      )
      .map((item) => ({ section, item })),
  );
  for (const { section, item } of extras) {
    let target = sections.find((s) => s.numeral === section.numeral && s.title === section.title);
    if (!target) {
      target = { ...section, items: [] };
      sections.push(target);
    }
    const whole = { ...item };
    target.items.push(whole);
    kept.n += filled(item, planRoles.user);
    notesAt.push({
      item: whole,
      ...said('number', NOTES.itemKept, { section: section.numeral, item: item.number || '?' }),
    });
  }
  const order = sections.flatMap((s) => s.items);
  for (const { item, ...n } of notesAt) notes.push({ kind: 'plan', index: order.indexOf(item), ...n });
  return sections;
}

function mergeMonths<T extends StudyMonth | ThemeDay>(
  kind: RowKind,
  fresh: T[],
  old: T[],
  mergeOne: (fresh: T, old: T, note: (n: Said) => void) => T,
  notes: MergeNote[],
  keptWhole: (row: T) => void,
): T[] {
  const byMonth = new Map<number, T>();
  for (const row of old) if (!byMonth.has(row.month)) byMonth.set(row.month, row);
  const used = new Set<number>();
  const out: T[] = fresh.map((row, index) => {
    const was = byMonth.get(row.month);
    if (!was || used.has(row.month)) return row;
    used.add(row.month);
    return mergeOne(row, was, (n) => notes.push({ kind, index, ...n }));
  });
  const extras = old.filter((row) => !(used.has(row.month) && byMonth.get(row.month) === row));
  for (const row of extras) {
    notes.push({ kind, index: out.length, ...said('month', NOTES.monthKept, { month: row.month }) });
    out.push({ ...row });
    keptWhole(row);
  }
  return out;
}

export interface MergeResult {
  model: YearPlan;
  notes: MergeNote[];
  /**
   * The cells users filled in (user columns, 学时, dates moved off the rule) carried into the year where
   * the template would have written something else, and the filled user cells of rows kept whole.
   */
  kept: number;
}

/** A merge note's place: a row of the merged model, or the sheet's title or a text row above the table. */
function noteOf(t: Told): MergeNote {
  const { kind, at, field, code, data } = t;
  return {
    kind,
    index: 'row' in at ? at.row : -1,
    ...('title' in at ? { place: 'title' as const } : 'text' in at ? { place: { text: at.text } } : {}),
    ...said(field, code, data),
  };
}

/**
 * Merge a freshly generated year into the same year as read from the workbook. With a base for a kind
 * (what the product last wrote there, src/workbook/bases.ts) the merge is three-way, cell by cell
 * (merge3.ts). Without one, the sheet's user cells win, template cells follow the template (the old
 * text in a note), and the sheet's rule decides which dates users moved.
 */
export function mergeYear(existing: YearPlan, generated: YearPlan, base: YearBase = {}): MergeResult {
  const notes: MergeNote[] = [];
  const oldRule = parseDayRule(existing.themeDays.rule);
  const year = existing.year;
  const kept: Counter = { n: 0 };
  const three = <K extends SheetKind>(kind: K): KindParts[K] | undefined => {
    const b = base[kind];
    if (!b) return undefined;
    const r = mergeKind(kind, b as KindParts[K], existing, generated);
    notes.push(...r.told.map(noteOf));
    kept.n += r.kept;
    return r.part;
  };
  const plan = three('plan') ?? {
    ...generated.plan,
    sections: mergePlan(generated.plan.sections, existing.plan.sections, notes, kept),
  };
  const study = three('study') ?? {
    ...generated.study,
    months: mergeMonths(
      'study',
      generated.study.months,
      existing.study.months,
      (fresh, old, note) => {
        const merged = mergeRow(fresh, old, rolesOf('study'), note, kept);
        if (old.hours !== null && old.hours !== fresh.hours) {
          merged.hours = old.hours;
          kept.n++;
        }
        if (userDate(old.plannedDate, oldRule, year, old.month)) {
          merged.plannedDate = old.plannedDate;
          kept.n++;
        }
        return merged;
      },
      notes,
      (row) => (kept.n += filled(row, rolesOf('study').user)),
    ),
  };
  const themeDays = three('themeDays') ?? {
    ...generated.themeDays,
    activities: mergeMonths(
      'themeDays',
      generated.themeDays.activities,
      existing.themeDays.activities,
      (fresh, old, note) => {
        const merged = mergeRow(fresh, old, rolesOf('themeDays'), note, kept);
        if (userDate(old.date, oldRule, year, old.month)) {
          merged.date = old.date;
          kept.n++;
        }
        return merged;
      },
      notes,
      (row) => (kept.n += filled(row, rolesOf('themeDays').user)),
    ),
  };
  return { model: { ...generated, plan, study, themeDays }, notes, kept: kept.n };
}
