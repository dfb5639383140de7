/**
 * SheetGrid → model. Finds each table by its header names (the Excel table when it is there), reads
 * the rows users may have edited, and reports what it cannot read as located issues.
 */
import type { Issue } from '../plan/issue';
import {
  emptyStudyMonth,
  emptyThemeDay,
  type PlanSection,
  type StudyMonth,
  type ThemeDay,
  type YearPlan,
} from '../plan/model';
import { DEFAULT_RULE_TEXT, ruleFromSentence } from '../plan/dayRule';
import { parsePlanTitle, planTitle, studyTitle, themeDayTitle } from '../plan/titles';
import { COLUMNS, sheetName, type SheetKind } from './columns';
import { REQUIREMENTS_LABEL } from './layout';
import type { SheetMap, YearMaps } from './map';
import { cellRef, parseRange, type CellValue, type SheetGrid } from './spec';
import { cellText, parseDate, parseMonth, parseNumber } from './values';

export interface ReadYearResult {
  model: YearPlan;
  maps: YearMaps;
  issues: Issue[];
}

const SHEET_LABEL: Record<SheetKind, string> = { plan: '工作计划', study: '学习计划', themeDays: '主题党日' };

interface Found {
  headerRow: number;
  lastRow: number;
  columns: Record<string, number>;
}

function at(grid: SheetGrid, row: number, col: number): CellValue | undefined {
  return grid.values[row - 1]?.[col - 1] ?? null;
}

function rowIsEmpty(grid: SheetGrid, row: number): boolean {
  return (grid.values[row - 1] ?? []).every(
    (v) => v === null || v === undefined || cellText(v).trim() === '',
  );
}

/** The header row and columns: the Excel table's first row, else the first row naming enough headers. */
function findTable(grid: SheetGrid, kind: SheetKind): Found | null {
  const headers = COLUMNS[kind];
  const columnsAt = (row: number) => {
    const columns: Record<string, number> = {};
    (grid.values[row - 1] ?? []).forEach((v, i) => {
      const h = cellText(v).trim();
      const col = headers.find((c) => c.header === h);
      if (col && columns[col.field] === undefined) columns[col.field] = i + 1;
    });
    return columns;
  };
  const enough = (columns: Record<string, number>) =>
    Object.keys(columns).length >= Math.min(3, headers.length);
  for (const t of grid.tables) {
    const r = parseRange(t.range);
    if (!r) continue;
    const columns = columnsAt(r.top);
    if (enough(columns)) return { headerRow: r.top, lastRow: r.bottom, columns };
  }
  const limit = Math.min(grid.values.length, 50);
  for (let row = 1; row <= limit; row++) {
    const columns = columnsAt(row);
    if (enough(columns)) return { headerRow: row, lastRow: grid.values.length, columns };
  }
  return null;
}

interface SheetRead {
  map: SheetMap;
  title: string;
  texts: string[];
  /** Data rows (sheet row numbers), blank rows and the totals row left out. */
  dataRows: number[];
  get(row: number, field: string): CellValue | undefined;
}

function readSheet(grid: SheetGrid, kind: SheetKind, issues: Issue[]): SheetRead | null {
  const found = findTable(grid, kind);
  if (!found) {
    issues.push({
      rule: 'read-table',
      severity: 'error',
      sheet: grid.name,
      cell: 'A1',
      message: `找不到表头（应有：${COLUMNS[kind].map((c) => c.header).join('、')}）`,
      messageEn: `No table header found (expected: ${COLUMNS[kind].map((c) => c.header).join(', ')}).`,
    });
    return null;
  }
  for (const c of COLUMNS[kind]) {
    if (found.columns[c.field] === undefined) {
      issues.push({
        rule: 'read-column',
        severity: 'error',
        sheet: grid.name,
        cell: cellRef(found.headerRow, 1),
        message: `表头缺少“${c.header}”列`,
        messageEn: `The header has no "${c.header}" column.`,
      });
    }
  }
  const above: { row: number; text: string }[] = [];
  for (let row = 1; row < found.headerRow; row++) {
    const v = (grid.values[row - 1] ?? []).find(
      (x) => x !== null && x !== undefined && cellText(x).trim() !== '',
    );
    if (v !== undefined) above.push({ row, text: cellText(v) });
  }
  const dataRows: number[] = [];
  const firstCol = Math.min(...Object.values(found.columns));
  for (let row = found.headerRow + 1; row <= found.lastRow; row++) {
    if (rowIsEmpty(grid, row)) continue;
    if (cellText(at(grid, row, firstCol)).trim() === '合计') continue;
    dataRows.push(row);
  }
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

const SECTION_CELL = /^\s*([一二三四五六七八九十]+)\s*[、.．]\s*([\s\S]*)$/;

function readPlan(s: SheetRead, year: number) {
  const sections: PlanSection[] = [];
  let last = '';
  for (const row of s.dataRows) {
    const label = cellText(s.get(row, 'section')).trim();
    if (sections.length === 0 || (label !== '' && label !== last)) {
      const m = SECTION_CELL.exec(label);
      sections.push(
        m ? { numeral: m[1]!, title: m[2]!.trim(), items: [] } : { numeral: '', title: label, items: [] },
      );
      s.map.sectionRows.push(row);
      last = label;
    }
    const text = (f: string) => cellText(s.get(row, f));
    const item = {
      number: text('number').trim(),
      title: text('title'),
      content: text('content'),
      owner: text('owner'),
      deadline: text('deadline'),
      status: text('status'),
      note: text('note'),
    };
    const hasItem =
      item.number || item.title || item.content || item.owner || item.deadline || item.status || item.note;
    if (!hasItem) continue;
    sections[sections.length - 1]!.items.push(item);
    s.map.rows.push(row);
  }
  const parsed = parsePlanTitle(s.title);
  return {
    branch: parsed?.branch ?? '',
    plan: { title: s.title || planTitle('', year), preamble: s.texts, sections },
  };
}

function dateAt(s: SheetRead, row: number, field: string, issues: Issue[]): string {
  const v = s.get(row, field);
  const d = parseDate(v);
  if (d !== null) return d;
  issues.push({
    rule: 'read-date',
    severity: 'error',
    sheet: s.map.sheet,
    cell: cellRef(row, s.map.columns[field]!),
    message: `无法识别的日期“${cellText(v)}”（应为日期，如 2027年3月5日 或 2027-03-05）`,
    messageEn: `Unreadable date "${cellText(v)}" (expected a date such as 2027-03-05).`,
  });
  return '';
}

function monthAt(s: SheetRead, row: number, issues: Issue[]): number {
  const v = s.get(row, 'month');
  const m = parseMonth(v);
  if (m !== null) return m;
  issues.push({
    rule: 'read-month',
    severity: 'error',
    sheet: s.map.sheet,
    cell: cellRef(row, s.map.columns.month ?? 1),
    message: `无法识别的月份“${cellText(v)}”（应为 1–12 或“1月”）`,
    messageEn: `Unreadable month "${cellText(v)}" (expected 1–12).`,
  });
  return 0;
}

function readStudy(s: SheetRead, issues: Issue[]): { requirements: string[]; months: StudyMonth[] } {
  const months = s.dataRows.map((row) => {
    s.map.rows.push(row);
    const text = (f: string) => cellText(s.get(row, f));
    let hours = parseNumber(s.get(row, 'hours'));
    if (hours !== null && Number.isNaN(hours)) {
      issues.push({
        rule: 'read-number',
        severity: 'error',
        sheet: s.map.sheet,
        cell: cellRef(row, s.map.columns.hours!),
        message: `学时“${text('hours')}”不是数字`,
        messageEn: `Hours "${text('hours')}" is not a number.`,
      });
      hours = null;
    }
    return {
      ...emptyStudyMonth(monthAt(s, row, issues)),
      theme: text('theme'),
      content: text('content'),
      form: text('form'),
      plannedDate: dateAt(s, row, 'plannedDate', issues),
      hours,
      owner: text('owner'),
      done: text('done'),
    };
  });
  const requirements = s.texts.map((t, i) =>
    i === 0 && t.startsWith(REQUIREMENTS_LABEL) ? t.slice(REQUIREMENTS_LABEL.length) : t,
  );
  return { requirements, months };
}

function readThemeDays(s: SheetRead, issues: Issue[]): { rule: string; activities: ThemeDay[] } {
  const activities = s.dataRows.map((row) => {
    s.map.rows.push(row);
    const text = (f: string) => cellText(s.get(row, f));
    return {
      ...emptyThemeDay(monthAt(s, row, issues)),
      date: dateAt(s, row, 'date', issues),
      theme: text('theme'),
      content: text('content'),
      form: text('form'),
      place: text('place'),
      attendees: text('attendees'),
      owner: text('owner'),
      status: text('status'),
      note: text('note'),
    };
  });
  const rule = s.texts.map(ruleFromSentence).find((r) => r !== null) ?? DEFAULT_RULE_TEXT;
  return { rule, activities };
}

function emptyMap(kind: SheetKind, sheet: string): SheetMap {
  return { kind, sheet, titleRow: 1, textRows: [], headerRow: 1, columns: {}, rows: [], sectionRows: [] };
}

/** Read one year's three sheets. Missing sheets and unreadable cells become issues. */
export function readYear(year: number, grids: Partial<Record<SheetKind, SheetGrid>>): ReadYearResult {
  const issues: Issue[] = [];
  const sheets = {} as Record<SheetKind, SheetRead | null>;
  for (const kind of ['plan', 'study', 'themeDays'] as const) {
    const grid = grids[kind];
    if (!grid) {
      issues.push({
        rule: 'read-sheet',
        severity: 'error',
        sheet: sheetName(kind, year),
        cell: 'A1',
        message: `工作簿中没有工作表“${sheetName(kind, year)}”`,
        messageEn: `The workbook has no sheet "${sheetName(kind, year)}" (${SHEET_LABEL[kind]}).`,
      });
      sheets[kind] = null;
    } else sheets[kind] = readSheet(grid, kind, issues);
  }
  const plan = sheets.plan
    ? readPlan(sheets.plan, year)
    : { branch: '', plan: { title: planTitle('', year), preamble: [], sections: [] } };
  const study = sheets.study ? readStudy(sheets.study, issues) : { requirements: [], months: [] };
  const theme = sheets.themeDays
    ? readThemeDays(sheets.themeDays, issues)
    : { rule: DEFAULT_RULE_TEXT, activities: [] };
  const branch = plan.branch;
  const model: YearPlan = {
    branch,
    year,
    plan: plan.plan,
    study: { title: sheets.study?.title || studyTitle(branch, year), ...study },
    themeDays: { title: sheets.themeDays?.title || themeDayTitle(branch, year), ...theme },
  };
  const maps: YearMaps = {
    plan: sheets.plan?.map ?? emptyMap('plan', sheetName('plan', year)),
    study: sheets.study?.map ?? emptyMap('study', sheetName('study', year)),
    themeDays: sheets.themeDays?.map ?? emptyMap('themeDays', sheetName('themeDays', year)),
  };
  return { model, maps, issues };
}
