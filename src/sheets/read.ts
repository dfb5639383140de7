/**
 * SheetGrid → model. Finds each table by its header names (the Excel table when it is there, else the
 * best header row in the first 50 rows, at any column; synonyms such as 负责人 for 责任人 count), reads
 * the rows users may have edited, and reports what it cannot read as located issues.
 *
 * Rules for hand-edited sheets:
 * - columns are found by name, so reordered columns work; columns that name no field are ignored, and
 *   a value in one is reported (`read-extra-column`, a warning: it is not read, so a re-layout drops it);
 * - blank rows are skipped; rows run to the end of the sheet, not only to the Excel table's last row;
 * - a row whose first value is `合计`/`总计` is the totals row;
 * - a row after a blank gap (or below the Excel table) with one value, in the table's first column or
 *   left of it, that is no month, number or section (`一、…`), is a note such as `制表人：张三`:
 *   reported (`read-extra-row`, a warning), not read; so is a row whose values all lie outside the
 *   table's columns;
 * - merged cells hold their value in the top-left cell only: an empty 部分 continues the section above
 *   (a 部分 cell merged over a section's rows), any other empty cell of a merged block is just empty;
 * - 13 months or a month twice are read as rows; validation reports them.
 */
import type { Issue, IssueData } from '../plan/issue';
import { codedIssue } from '../plan/messages';
import { parseChineseNumeral, parseWholeNumber, toAsciiDigits } from '../plan/numerals';
import { READ } from './readMessages';
import {
  emptyItem,
  emptyStudyMonth,
  emptyThemeDay,
  type PlanItem,
  type PlanSection,
  type StudyMonth,
  type ThemeDay,
  type YearPlan,
} from '../plan/model';
import { DEFAULT_RULE_TEXT, ruleFromSentence } from '../plan/dayRule';
import { branchOfTitle, parsePlanTitle, planTitle, studyTitle, themeDayTitle } from '../plan/titles';
import { COLUMNS, fieldOfHeader, sheetName, SHEET_KINDS, type SheetKind } from './columns';
import { columnsOf, KINDS, type Column, type KindRows } from './kinds';
import { REQUIREMENTS_LABEL } from './layout';
import type { SheetMap, YearMaps } from './map';
import { cellRef, columnLetter, isDateCell, parseRange, type CellValue, type SheetGrid } from './spec';
import { cellText, parseMonth, parseNumber, readDate } from './values';
import { profileOfFont, type FontProfile } from './fonts';

export interface ReadYearResult {
  model: YearPlan;
  maps: YearMaps;
  issues: Issue[];
  /**
   * The kinds whose sheet the year has, in sheet order: validate only these (`validateYear`'s
   * `kinds`). The model's parts of the other kinds are empty.
   */
  kinds: SheetKind[];
  /** The font profile the sheets were set in (their titles' font); undefined when not known. */
  fonts?: FontProfile;
  /** Headers users renamed (`负责人` for 责任人), by kind and field: a rewrite keeps them. */
  headers?: ColumnHeaders;
}

/** Column headers other than the standard ones, by kind and field. */
export type ColumnHeaders = Partial<Record<SheetKind, Record<string, string>>>;

const HEADER_ROWS = 50;
const TOTALS = new Set(['合计', '总计']);
const SECTION_CELL = /^\s*([一二三四五六七八九十]+)\s*[、.．]\s*([\s\S]*)$/;

interface Found {
  headerRow: number;
  /** The Excel table's last row, when the header is an Excel table's. */
  tableBottom: number | null;
  columns: Record<string, number>;
}

function at(grid: SheetGrid, row: number, col: number): CellValue | undefined {
  return grid.values[row - 1]?.[col - 1] ?? null;
}

function filled(v: CellValue | undefined): boolean {
  return v !== null && v !== undefined && cellText(v).trim() !== '';
}

/** 1-based columns of a row's non-empty cells. */
function filledColumns(grid: SheetGrid, row: number): number[] {
  const cols: number[] = [];
  (grid.values[row - 1] ?? []).forEach((v, i) => {
    if (filled(v)) cols.push(i + 1);
  });
  return cols;
}

/** The columns a row names: each field at its own header, else at a synonym; the leftmost wins ties. */
function headerColumns(grid: SheetGrid, kind: SheetKind, row: number): Record<string, number> {
  const best: Record<string, { col: number; exact: boolean }> = {};
  (grid.values[row - 1] ?? []).forEach((v, i) => {
    if (typeof v !== 'string') return;
    const f = fieldOfHeader(kind, v);
    if (!f) return;
    const cur = best[f.field];
    if (!cur || (f.exact && !cur.exact)) best[f.field] = { col: i + 1, exact: f.exact };
  });
  return Object.fromEntries(Object.entries(best).map(([field, b]) => [field, b.col]));
}

/** The header row and columns: the Excel table's first row, else the row naming most headers. */
function findTable(grid: SheetGrid, kind: SheetKind): Found | null {
  const enough = (columns: Record<string, number>) =>
    Object.keys(columns).length >= Math.min(3, COLUMNS[kind].length);
  for (const t of grid.tables) {
    const r = parseRange(t.range);
    if (!r) continue;
    const columns = headerColumns(grid, kind, r.top);
    if (enough(columns)) return { headerRow: r.top, tableBottom: r.bottom, columns };
  }
  let found: Found | null = null;
  const limit = Math.min(grid.values.length, HEADER_ROWS);
  for (let row = 1; row <= limit; row++) {
    const columns = headerColumns(grid, kind, row);
    const count = Object.keys(columns).length;
    if (enough(columns) && count > Object.keys(found?.columns ?? {}).length)
      found = { headerRow: row, tableBottom: null, columns };
  }
  return found;
}

interface SheetRead {
  map: SheetMap;
  title: string;
  texts: string[];
  /** Data rows (sheet row numbers): blank rows, the totals row and notes left out. */
  dataRows: number[];
  get(row: number, field: string): CellValue | undefined;
}

/** An issue of reading a sheet, at one of its cells: its code's rule is the part before the `/`. */
function issue(
  grid: Pick<SheetGrid, 'name'>,
  code: string,
  severity: Issue['severity'],
  cell: string,
  data: IssueData,
): Issue {
  return codedIssue(code.split('/')[0]!, code, severity, { sheet: grid.name, cell }, data);
}

function clip(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length > 20 ? `${t.slice(0, 20)}…` : t;
}

/** Sort a sheet's rows below the header into data rows, the totals row and notes (reported). */
function sortRows(grid: SheetGrid, kind: SheetKind, found: Found, issues: Issue[]): number[] {
  const mapped = new Set(Object.values(found.columns));
  const firstCol = Math.min(...mapped);
  const dataRows: number[] = [];
  let gap = false;
  for (let row = found.headerRow + 1; row <= grid.values.length; row++) {
    const cols = filledColumns(grid, row);
    if (cols.length === 0) {
      gap = true;
      continue;
    }
    const inTable = cols.filter((c) => mapped.has(c));
    // The totals row: 合计 in its first cell, sums (formulas) in the others.
    if (TOTALS.has(cellText(at(grid, row, cols[0]!)).replace(/\s+/g, ''))) continue;
    const below = found.tableBottom !== null && row > found.tableBottom;
    const only = cols.length === 1 ? at(grid, row, cols[0]!) : undefined;
    const note =
      inTable.length === 0 ||
      ((gap || below) &&
        cols.length === 1 &&
        cols[0]! <= firstCol &&
        !holdsRowKey(kind, found, cols[0]!, only));
    if (note) {
      issues.push(
        noteIssue(grid, kind, cellRef(row, cols[0]!), at(grid, row, cols[0]!), inTable.length === 0),
      );
      gap = true;
      continue;
    }
    dataRows.push(row);
    gap = false;
  }
  reportExtraColumns(grid, found, dataRows, issues);
  return dataRows;
}

/** A row not read: its values all outside the table's columns, or a note such as 制表人：张三. */
function noteIssue(
  grid: SheetGrid,
  kind: SheetKind,
  cell: string,
  v: CellValue | undefined,
  outside: boolean,
) {
  const text = clip(cellText(v));
  const fill = kind === 'plan' ? '序号、标题等' : '月份等';
  return issue(grid, outside ? READ.extraRow.outside : READ.extraRow.note, 'warning', cell, { text, fill });
}

/** Whether a lone value is a row's key, so the row is data: a month, a number, a 部分 such as `一、…`. */
function holdsRowKey(kind: SheetKind, found: Found, col: number, v: CellValue | undefined): boolean {
  if (typeof v === 'number' || isDateCell(v)) return true;
  if (kind === 'plan') return col === found.columns.section && SECTION_CELL.test(cellText(v));
  return col === found.columns.month && parseMonth(v) !== null;
}

/** A value in a data row's column that names no field: not read, so reported once per column. */
function reportExtraColumns(grid: SheetGrid, found: Found, dataRows: number[], issues: Issue[]) {
  const mapped = new Set(Object.values(found.columns));
  const firstRow = new Map<number, number>();
  for (const row of dataRows)
    for (const col of filledColumns(grid, row))
      if (!mapped.has(col) && !firstRow.has(col)) firstRow.set(col, row);
  for (const [col, row] of [...firstRow].sort((a, b) => a[0] - b[0])) {
    const header = cellText(at(grid, found.headerRow, col)).trim();
    issues.push(
      header
        ? issue(grid, READ.extraColumn.named, 'warning', cellRef(row, col), { header: clip(header) })
        : issue(grid, READ.extraColumn.unnamed, 'warning', cellRef(row, col), { column: columnLetter(col) }),
    );
  }
}

function readSheet(grid: SheetGrid, kind: SheetKind, issues: Issue[]): SheetRead | null {
  if (grid.beyond)
    issues.push(issue(grid, READ.outside.beyond, 'warning', grid.beyond, { cell: grid.beyond }));
  const found = findTable(grid, kind);
  const expected = COLUMNS[kind].map((c) => c.header);
  if (!found) {
    issues.push(
      issue(grid, READ.table.noHeader, 'error', 'A1', {
        expected: expected.join('、'),
        expectedEn: expected.join(', '),
      }),
    );
    return null;
  }
  const firstCol = Math.min(...Object.values(found.columns));
  for (const c of COLUMNS[kind]) {
    if (found.columns[c.field] === undefined) {
      issues.push(
        issue(grid, READ.column.missing, 'error', cellRef(found.headerRow, firstCol), { header: c.header }),
      );
    }
  }
  const above: { row: number; text: string }[] = [];
  for (let row = 1; row < found.headerRow; row++) {
    const v = (grid.values[row - 1] ?? []).find(filled);
    if (v !== undefined) above.push({ row, text: cellText(v) });
  }
  const dataRows = sortRows(grid, kind, found, issues);
  const map: SheetMap = {
    kind,
    sheet: grid.name,
    titleRow: above[0]?.row ?? 1,
    textRows: above.slice(1).map((a) => a.row),
    headerRow: found.headerRow,
    columns: found.columns,
    rows: [],
    sectionRows: [],
  };
  return {
    map,
    title: above[0]?.text ?? '',
    texts: above.slice(1).map((a) => a.text),
    dataRows,
    get: (row, field) => (found.columns[field] ? at(grid, row, found.columns[field]!) : null),
  };
}

function readPlan(s: SheetRead, year: number, issues: Issue[]) {
  // Items join their section wherever they stand: a table sorted by another column (责任人) reads as
  // the sections it was, in their numbering's order, each with its items in theirs (see `unsort`).
  // A blank 部分 cell continues the section above it.
  interface Entry {
    section: PlanSection;
    rows: { item: PlanItem; row: number }[];
    first: number;
  }
  const entries: Entry[] = [];
  const byLabel = new Map<string, Entry>();
  let current: Entry | undefined;
  let interleaved = false;
  for (const row of s.dataRows) {
    const label = cellText(s.get(row, 'section')).trim();
    if (!current || (label !== '' && !byLabel.has(label))) {
      const m = SECTION_CELL.exec(label);
      const section = m
        ? { numeral: m[1]!, title: m[2]!.trim(), items: [] }
        : { numeral: '', title: label, items: [] };
      current = { section, rows: [], first: row };
      entries.push(current);
      byLabel.set(label, current);
    } else if (label !== '' && byLabel.get(label) !== current) {
      current = byLabel.get(label)!;
      interleaved = true;
    }
    const read: Partial<PlanItem> & { section?: string } = readRow(s, 'plan', row, year, issues);
    delete read.section;
    const item: PlanItem = { ...emptyItem('', '', ''), ...read };
    item.number = item.number.trim();
    if (!Object.values(item).some((v) => v !== '' && v !== null)) continue;
    current.rows.push({ item, row });
  }
  if (interleaved) {
    unsort(entries);
    issues.push(issue({ name: s.map.sheet }, READ.sorted.plan, 'warning', cellRef(s.map.headerRow, 1), {}));
  }
  const sections: PlanSection[] = [];
  for (const entry of entries) {
    entry.section.items = entry.rows.map((r) => r.item);
    sections.push(entry.section);
    s.map.sectionRows.push(entry.rows[0]?.row ?? entry.first);
    s.map.rows.push(...entry.rows.map((r) => r.row));
  }
  const parsed = parsePlanTitle(s.title);
  return {
    branch: parsed?.branch ?? '',
    plan: { title: s.title || planTitle('', year), preamble: s.texts, sections },
  };
}

/**
 * A plan sorted by another column, back in its own order: sections by their numerals, items by their
 * numbers, where those are numbers (a section or item without one keeps its place relative to others).
 */
function unsort(entries: { section: PlanSection; rows: { item: PlanItem }[] }[]): void {
  const sectionNo = (e: { section: PlanSection }) => parseChineseNumeral(e.section.numeral);
  if (entries.every((e) => sectionNo(e) !== null)) entries.sort((a, b) => sectionNo(a)! - sectionNo(b)!);
  const itemNo = (r: { item: PlanItem }) => parseWholeNumber(toAsciiDigits(r.item.number));
  for (const e of entries)
    if (e.rows.every((r) => itemNo(r) !== null)) e.rows.sort((a, b) => itemNo(a)! - itemNo(b)!);
}

/** A plan deadline: a date in any form people type one, else the free text as typed (全年, 6月底). */
function deadlineAt(s: SheetRead, row: number, field: string, year: number): string {
  const v = s.get(row, field);
  const d = readDate(v, year);
  return 'date' in d && d.date !== '' ? d.date : cellText(v);
}

function dateAt(s: SheetRead, row: number, field: string, year: number, issues: Issue[]): string {
  const v = s.get(row, field);
  const d = readDate(v, year);
  if ('date' in d) return d.date;
  const text = cellText(v);
  const at = { sheet: s.map.sheet, cell: cellRef(row, s.map.columns[field]!) };
  if (d.error === 'ambiguous') {
    const [one, other] = d.candidates;
    issues.push(
      codedIssue('read-date', READ.date.ambiguous, 'error', at, {
        text,
        year,
        one: shortDate(one!),
        other: shortDate(other!),
        oneEn: one!,
        otherEn: other!,
      }),
    );
  } else issues.push(codedIssue('read-date', READ.date.unreadable, 'error', at, { text, year }));
  return '';
}

function shortDate(iso: string): string {
  return `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
}

function monthAt(s: SheetRead, row: number, issues: Issue[]): number {
  // A missing month column is reported once, at the header.
  if (s.map.columns.month === undefined) return 0;
  const v = s.get(row, 'month');
  const m = parseMonth(v);
  if (m !== null) return m;
  const text = cellText(v).trim();
  const at = { sheet: s.map.sheet, cell: cellRef(row, s.map.columns.month) };
  issues.push(
    codedIssue('read-month', text ? READ.month.unreadable : READ.month.missing, 'error', at, { text }),
  );
  return 0;
}

/** One cell read as its column's kind: text, a month, a number, a date (or free text beside one). */
function readCell(
  s: SheetRead,
  row: number,
  c: Column<Record<string, unknown>>,
  year: number,
  issues: Issue[],
): unknown {
  if (c.kind === 'month') return monthAt(s, row, issues);
  if (c.kind === 'date')
    return c.freeText ? deadlineAt(s, row, c.field, year) : dateAt(s, row, c.field, year, issues);
  if (c.kind === 'number') {
    const n = parseNumber(s.get(row, c.field));
    if (n === null || !Number.isNaN(n)) return n;
    const text = cellText(s.get(row, c.field));
    const at = { sheet: s.map.sheet, cell: cellRef(row, s.map.columns[c.field]!) };
    const headerEn = `${c.headerEn[0]!.toUpperCase()}${c.headerEn.slice(1)}`;
    issues.push(
      codedIssue('read-number', READ.number.notNumber, 'error', at, { header: c.header, headerEn, text }),
    );
    return null;
  }
  return cellText(s.get(row, c.field));
}

/** A sheet row as the kind's row: every column's field, read as its kind. */
function readRow<K extends SheetKind>(s: SheetRead, kind: K, row: number, year: number, issues: Issue[]) {
  const out: Record<string, unknown> = {};
  for (const c of columnsOf(kind)) out[c.field] = readCell(s, row, c, year, issues);
  return out as Partial<KindRows[K]>;
}

function readStudy(
  s: SheetRead,
  year: number,
  issues: Issue[],
): { requirements: string[]; months: StudyMonth[] } {
  const months = s.dataRows.map((row) => {
    s.map.rows.push(row);
    const read = readRow(s, 'study', row, year, issues);
    return { ...emptyStudyMonth(read.month ?? 0), ...read };
  });
  const requirements = s.texts.map((t, i) =>
    i === 0 && t.startsWith(REQUIREMENTS_LABEL) ? t.slice(REQUIREMENTS_LABEL.length) : t,
  );
  return { requirements, months };
}

function readThemeDays(
  s: SheetRead,
  year: number,
  issues: Issue[],
): { rule: string; notes?: string[]; activities: ThemeDay[] } {
  const activities = s.dataRows.map((row) => {
    s.map.rows.push(row);
    const read = readRow(s, 'themeDays', row, year, issues);
    return { ...emptyThemeDay(read.month ?? 0), ...read };
  });
  const rules = s.texts.map(ruleFromSentence);
  const rule = rules.find((r) => r !== null) ?? DEFAULT_RULE_TEXT;
  // The other text rows are the plan's own paragraphs.
  const notes = s.texts.filter((_, i) => rules[i] === null);
  return notes.length > 0 ? { rule, notes, activities } : { rule, activities };
}

function emptyMap(kind: SheetKind, sheet: string): SheetMap {
  return { kind, sheet, titleRow: 1, textRows: [], headerRow: 1, columns: {}, rows: [], sectionRows: [] };
}

/**
 * A year that has some of its sheets (many branches keep the 主题党日 table alone) is read for what it
 * has: one warning at its first sheet names the sheets it lacks. A year with none of its sheets gets a
 * `read-sheet` error per sheet.
 */
function missingKinds(year: number, present: readonly SheetKind[]): Issue[] {
  const missing = SHEET_KINDS.filter((k) => !present.includes(k));
  if (missing.length === 0) return [];
  if (present.length === 0)
    return missing.map((kind) =>
      codedIssue(
        'read-sheet',
        READ.sheet.missing,
        'error',
        { sheet: sheetName(kind, year), cell: 'A1' },
        { sheet: sheetName(kind, year), labelEn: KINDS[kind].labelEn },
      ),
    );
  const names = missing.map((k) => sheetName(k, year));
  return [
    codedIssue(
      'read-kinds-missing',
      READ.kindsMissing.some,
      'warning',
      { sheet: sheetName(present[0]!, year), cell: 'A1' },
      {
        year,
        sheets: names.join('、'),
        sheetsEn: missing.map((k) => `"${sheetName(k, year)}" (${KINDS[k].labelEn})`).join(', '),
        count: missing.length,
      },
    ),
  ];
}

/** Read one year's sheets, those it has (see `missingKinds`); unreadable cells become issues. */
export function readYear(year: number, grids: Partial<Record<SheetKind, SheetGrid>>): ReadYearResult {
  const kinds = SHEET_KINDS.filter((k) => grids[k] !== undefined);
  const issues: Issue[] = missingKinds(year, kinds);
  const sheets = {} as Record<SheetKind, SheetRead | null>;
  for (const kind of SHEET_KINDS) {
    const grid = grids[kind];
    sheets[kind] = grid ? readSheet(grid, kind, issues) : null;
  }
  const plan = sheets.plan
    ? readPlan(sheets.plan, year, issues)
    : { branch: '', plan: { title: planTitle('', year), preamble: [], sections: [] } };
  const study = sheets.study ? readStudy(sheets.study, year, issues) : { requirements: [], months: [] };
  const theme = sheets.themeDays
    ? readThemeDays(sheets.themeDays, year, issues)
    : { rule: DEFAULT_RULE_TEXT, activities: [] };
  // The plan's title names the branch; a title the user rewrote may still name it before the year.
  const branch =
    plan.branch ||
    [plan.plan.title, sheets.study?.title ?? '', sheets.themeDays?.title ?? '']
      .map((t) => branchOfTitle(t, year))
      .find((b) => b !== '') ||
    '';
  const model: YearPlan = {
    branch,
    year,
    plan: plan.plan,
    study: { title: sheets.study?.title || studyTitle(branch, year), ...study },
    themeDays: { title: sheets.themeDays?.title || themeDayTitle(branch, year), ...theme },
  };
  const maps = Object.fromEntries(
    SHEET_KINDS.map((k) => [k, sheets[k]?.map ?? emptyMap(k, sheetName(k, year))]),
  ) as YearMaps;
  const fonts = kinds.map((k) => profileOfFont(grids[k]?.titleFont)).find((f) => f !== undefined);
  const headers: ColumnHeaders = {};
  for (const k of kinds) {
    const map = sheets[k]?.map;
    if (!map) continue;
    for (const c of COLUMNS[k]) {
      const col = map.columns[c.field];
      const text = col === undefined ? '' : cellText(at(grids[k]!, map.headerRow, col)).trim();
      if (text && text !== c.header) (headers[k] ??= {})[c.field] = text;
    }
  }
  return {
    model,
    maps,
    issues,
    kinds,
    ...(fonts ? { fonts } : {}),
    ...(Object.keys(headers).length > 0 ? { headers } : {}),
  };
}
