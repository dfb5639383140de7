/**
 * The three-way merge of a year's sheets: the base (what the product last wrote there from the
 * template, kept in the workbook: src/workbook/bases.ts), the sheet as the user left it, and the year
 * freshly generated. Per cell: unchanged since the base → the new template's value; changed by the user
 * → the user's value, with the template's new wording in a note when the template changed too; emptied
 * → stays empty. A row the user deleted stays deleted, one the user added stays where it is; a row the
 * template no longer has goes when the user never touched it, and stays (with a note) when they did.
 * The title and the text rows above the table are merged as cells too.
 */
import type {
  PlanItem,
  PlanSection,
  StudyMonth,
  StudyPlan,
  ThemeDay,
  ThemeDayPlan,
  WorkPlan,
  YearPlan,
} from './model';
import { toAsciiDigits } from './numerals';
import { defineMessages } from './messages';
import type { IssueData } from './issue';
import { KINDS, type Column, type SheetKind } from '../sheets/kinds';

/** The part of a year each kind's sheet holds. */
export interface KindParts {
  plan: WorkPlan;
  study: StudyPlan;
  themeDays: ThemeDayPlan;
}

/** A year's bases: the kinds it has one for. */
export type YearBase = Partial<KindParts>;

/** What the merge tells about a cell, placed by the caller. */
export interface Told {
  kind: SheetKind;
  /** A row of the merged model (reading order), the title, or a text row above the table. */
  at: { row: number } | { title: true } | { text: number };
  field: string;
  code: string;
  data: IssueData;
}

const MERGE3 = defineMessages('regenerate-merge', {
  templateChanged: {
    zh: '已保留您改写的{{header}}；模板的{{header}}现为“{{now}}”',
    en: 'Your {{headerEn}} was kept; the template now has "{{now}}".',
  },
  titleKept: {
    zh: '已保留您改写的标题；模板的标题现为“{{now}}”',
    en: 'Your title was kept; the template now has "{{now}}".',
  },
  textKept: {
    zh: '已保留您改写的表前文字；模板的这段文字现为“{{now}}”',
    en: 'Your text above the table was kept; the template now has "{{now}}".',
  },
  dropped: {
    zh: '模板中已没有“{{row}}”，这一行没有改动过，已随模板删去',
    en: 'The template no longer has "{{row}}"; the row was never changed and was removed with it.',
  },
  changedRowKept: {
    zh: '模板中已没有这一行，因其中有您改写的内容，已原样保留',
    en: 'The template no longer has this row; it holds your changes and was kept as it was.',
  },
  noBase: {
    zh: '这张表是在本工具记录底稿之前生成的：模板列中您改写的文字无法与模板区分，已按模板更新（原文见各处提示）；以后再生成时将逐格保留您的改动',
    en: 'This sheet was made before the add-in kept its base: your wording in template columns could not be told from the template and was updated (the old text is in the notes). From now on your edits are kept cell by cell.',
  },
});
export { MERGE3 };

/** A cell's value as compared: what the sheet shows, empty as ''. */
function shown(v: unknown): string {
  if (v === null || v === undefined) return '';
  return String(v).trim();
}

/** How many cells users filled in were carried into the merged year where the template would write another value. */
export interface Counter {
  n: number;
}

/** The fields a kind's rows merge by cell: all but its keys and what layout derives (部分). */
function mergedFields<K extends SheetKind>(kind: K): { field: string; header: string; headerEn: string }[] {
  const def = KINDS[kind] as unknown as { key: string[]; columns: Column<Record<string, unknown>>[] };
  return def.columns
    .filter((c) => !def.key.includes(c.field) && c.field !== 'section')
    .map((c) => ({ field: c.field, header: c.header, headerEn: c.headerEn }));
}

/** One row's cells: base, sheet, template. Without a base row every filled sheet cell is the user's. */
function mergeCells<T extends object>(
  base: T | undefined,
  sheet: T,
  fresh: T,
  fields: readonly { field: string; header: string; headerEn: string }[],
  tell: (field: string, code: string, data: IssueData) => void,
  kept: Counter,
): T {
  const out = { ...fresh } as Record<string, unknown>;
  const b = base as Record<string, unknown> | undefined;
  const s = sheet as Record<string, unknown>;
  const t = fresh as Record<string, unknown>;
  for (const { field, header, headerEn } of fields) {
    const sv = shown(s[field]);
    const tv = shown(t[field]);
    const unchanged = b ? sv === shown(b[field]) : sv === '';
    if (unchanged) continue;
    out[field] = s[field];
    if (sv === tv) continue;
    kept.n++;
    const templateMoved = !b || tv !== shown(b[field]);
    if (templateMoved && tv !== '')
      tell(field, MERGE3.templateChanged, { header, headerEn, now: String(t[field] ?? '') });
  }
  return out as T;
}

function sameRow<T extends object>(a: T, b: T, fields: readonly { field: string }[]): boolean {
  return fields.every(
    ({ field }) =>
      shown((a as Record<string, unknown>)[field]) === shown((b as Record<string, unknown>)[field]),
  );
}

interface Keyed<T> {
  key: string;
  row: T;
}

/** Rows keyed, the first of each key; a later row with the same key is keyed apart (a user's copy). */
function keyed<T>(rows: readonly T[], keyOf: (r: T) => string): Keyed<T>[] {
  const seen = new Set<string>();
  return rows.map((row, i) => {
    let key = keyOf(row);
    if (seen.has(key)) key = `${key}#${i}`;
    seen.add(key);
    return { key, row };
  });
}

/**
 * Merge rows: the template's order, rows the user deleted left out, rows the user added placed after
 * the row they followed in the sheet. `onRow` hears of each merged row's notes; `onDropped` of rows
 * the template dropped that the user never changed (they go).
 */
function mergeRows<T extends object>(
  base: readonly T[],
  sheet: readonly T[],
  fresh: readonly T[],
  keyOf: (r: T) => string,
  fields: readonly { field: string; header: string; headerEn: string }[],
  kept: Counter,
  onDropped: (row: T) => void,
  options: { keyField: string; untouched?: (base: T, sheet: T) => boolean },
): { rows: T[]; told: Map<T, { field: string; code: string; data: IssueData }[]> } {
  const untouched = options.untouched ?? ((b: T, s: T) => sameRow(b, s, fields));
  const told = new Map<T, { field: string; code: string; data: IssueData }[]>();
  const say = (row: T, field: string, code: string, data: IssueData) =>
    told.set(row, [...(told.get(row) ?? []), { field, code, data }]);
  const baseBy = new Map(keyed(base, keyOf).map((k) => [k.key, k.row]));
  const sheetKeyed = keyed(sheet, keyOf);
  const sheetBy = new Map(sheetKeyed.map((k) => [k.key, k.row]));
  const placed = new Map<T, T>(); // sheet row → merged row
  const out: T[] = [];
  for (const { key, row: t } of keyed(fresh, keyOf)) {
    const s = sheetBy.get(key);
    const b = baseBy.get(key);
    if (!s) {
      // In the base and not in the sheet: the user deleted it. In neither: new in the template.
      if (!b) out.push({ ...t });
      continue;
    }
    const notes: { field: string; code: string; data: IssueData }[] = [];
    const merged = mergeCells(
      b,
      s,
      t,
      fields,
      (field, code, data) => notes.push({ field, code, data }),
      kept,
    );
    for (const n of notes) say(merged, n.field, n.code, n.data);
    placed.set(s, merged);
    out.push(merged);
  }
  let after: T | undefined;
  for (const { key, row: s } of sheetKeyed) {
    const done = placed.get(s);
    if (done) {
      after = done;
      continue;
    }
    const b = baseBy.get(key);
    if (b && untouched(b, s)) {
      onDropped(s);
      continue;
    }
    const whole = { ...s };
    kept.n += fields.filter(({ field }) => shown((s as Record<string, unknown>)[field]) !== '').length;
    if (b) say(whole, options.keyField, MERGE3.changedRowKept, {});
    out.splice(after ? out.indexOf(after) + 1 : 0, 0, whole);
    after = whole;
  }
  return { rows: out, told };
}

/** The title: the user's when they changed it, the template's otherwise. */
function mergeTitle(
  kind: SheetKind,
  base: string,
  sheet: string,
  fresh: string,
  told: Told[],
  kept: Counter,
): string {
  if (shown(sheet) === shown(base) || shown(sheet) === '' || shown(sheet) === shown(fresh)) return fresh;
  kept.n++;
  if (shown(fresh) !== shown(base))
    told.push({ kind, at: { title: true }, field: 'title', code: MERGE3.titleKept, data: { now: fresh } });
  return sheet;
}

/** The text rows above the table, as one block: the user's when they changed any of it. */
function mergeTexts(
  kind: SheetKind,
  base: readonly string[],
  sheet: readonly string[],
  fresh: readonly string[],
  told: Told[],
  kept: Counter,
): string[] {
  const join = (t: readonly string[]) => t.map(shown).join('\n');
  if (join(sheet) === join(base) || join(sheet) === join(fresh)) return [...fresh];
  kept.n++;
  if (join(fresh) !== join(base))
    told.push({
      kind,
      at: { text: 0 },
      field: 'text',
      code: MERGE3.textKept,
      data: { now: fresh.join('\n') },
    });
  return [...sheet];
}

function itemKey(item: PlanItem): string {
  const n = toAsciiDigits(item.number.trim());
  return n || `#${item.title.trim()}`;
}

function mergeSections(
  base: readonly PlanSection[],
  sheet: readonly PlanSection[],
  fresh: readonly PlanSection[],
  told: Told[],
  kept: Counter,
): PlanSection[] {
  const fields = mergedFields('plan');
  const titleField = [{ field: 'title', header: '部分', headerEn: 'section' }];
  const at = new Map<PlanItem, { field: string; code: string; data: IssueData }[]>();
  const dropped: { section: PlanSection; item: PlanItem }[] = [];
  const sectionKey = (s: PlanSection) => s.numeral || `#${s.title}`;
  const sameItems = (a: readonly PlanItem[], b: readonly PlanItem[]) =>
    a.length === b.length && a.every((x, i) => itemKey(x) === itemKey(b[i]!) && sameRow(x, b[i]!, fields));
  // A section goes with the template only when the user changed none of it; otherwise it stays, and
  // its items merge against none: those the user changed stay, the others go.
  const { rows: sections } = mergeRows(
    base,
    sheet,
    fresh,
    sectionKey,
    titleField,
    kept,
    (s) => dropped.push(...s.items.map((item) => ({ section: s, item }))),
    { keyField: 'section', untouched: (b, s) => sameRow(b, s, titleField) && sameItems(b.items, s.items) },
  );
  // Each section's items, merged against the same section of the base and the sheet.
  const find = (list: readonly PlanSection[], s: PlanSection) =>
    list.find((x) => sectionKey(x) === sectionKey(s));
  const merged = sections.map((s) => {
    const items = mergeRows(
      find(base, s)?.items ?? [],
      find(sheet, s)?.items ?? [],
      find(fresh, s)?.items ?? [],
      itemKey,
      fields,
      kept,
      (item) => dropped.push({ section: s, item }),
      { keyField: 'number' },
    );
    for (const [item, notes] of items.told) at.set(item, notes);
    return { ...s, items: items.rows };
  });
  const out = merged;
  const order = out.flatMap((s) => s.items);
  for (const [item, notes] of at)
    for (const n of notes) told.push({ kind: 'plan', at: { row: order.indexOf(item) }, ...n });
  for (const { section, item } of dropped)
    told.push({
      kind: 'plan',
      at: { title: true },
      field: 'number',
      code: MERGE3.dropped,
      data: { row: `${section.numeral}、第${item.number || '?'}项 ${item.title}`.trim() },
    });
  return out;
}

function mergeMonthRows<T extends StudyMonth | ThemeDay>(
  kind: 'study' | 'themeDays',
  base: readonly T[],
  sheet: readonly T[],
  fresh: readonly T[],
  told: Told[],
  kept: Counter,
): T[] {
  const dropped: T[] = [];
  const { rows, told: at } = mergeRows(
    base,
    sheet,
    fresh,
    (r) => String(r.month),
    mergedFields(kind),
    kept,
    (r) => dropped.push(r),
    { keyField: 'month' },
  );
  for (const [row, notes] of at)
    for (const n of notes) told.push({ kind, at: { row: rows.indexOf(row) }, ...n });
  for (const r of dropped)
    told.push({
      kind,
      at: { title: true },
      field: 'month',
      code: MERGE3.dropped,
      data: { row: `${r.month}月` },
    });
  return rows;
}

export interface Merge3Result<K extends SheetKind> {
  part: KindParts[K];
  told: Told[];
  kept: number;
}

/** Merge one kind's part of the year three ways. */
export function mergeKind<K extends SheetKind>(
  kind: K,
  base: KindParts[K],
  existing: YearPlan,
  generated: YearPlan,
): Merge3Result<K> {
  const told: Told[] = [];
  const kept: Counter = { n: 0 };
  if (kind === 'plan') {
    const b = base as WorkPlan;
    const s = existing.plan;
    const t = generated.plan;
    const part: WorkPlan = {
      title: mergeTitle('plan', b.title, s.title, t.title, told, kept),
      preamble: mergeTexts('plan', b.preamble, s.preamble, t.preamble, told, kept),
      sections: mergeSections(b.sections, s.sections, t.sections, told, kept),
    };
    return { part: part as KindParts[K], told, kept: kept.n };
  }
  if (kind === 'study') {
    const b = base as KindParts['study'];
    const s = existing.study;
    const t = generated.study;
    const part: KindParts['study'] = {
      title: mergeTitle('study', b.title, s.title, t.title, told, kept),
      requirements: mergeTexts('study', b.requirements, s.requirements, t.requirements, told, kept),
      months: mergeMonthRows('study', b.months, s.months, t.months, told, kept),
    };
    return { part: part as KindParts[K], told, kept: kept.n };
  }
  const b = base as KindParts['themeDays'];
  const s = existing.themeDays;
  const t = generated.themeDays;
  const notes = mergeTexts('themeDays', b.notes ?? [], s.notes ?? [], t.notes ?? [], told, kept);
  // The rule is the one asked for (the form's, or the template's): it is not merged.
  const part: KindParts['themeDays'] = {
    title: mergeTitle('themeDays', b.title, s.title, t.title, told, kept),
    rule: t.rule,
    ...(notes.length > 0 ? { notes } : {}),
    activities: mergeMonthRows('themeDays', b.activities, s.activities, t.activities, told, kept),
  };
  // Text notes sit under the rule's sentence: their first row is text row 1.
  for (const n of told) if (n.kind === 'themeDays' && 'text' in n.at) n.at = { text: 1 };
  return { part: part as KindParts[K], told, kept: kept.n };
}
