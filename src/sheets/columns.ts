/**
 * The three sheets' names and table columns: the contract shared by layout, read and validate; and
 * the number formats and drop-down lists the columns' cells get.
 */
import { ACTIVITY_FORMS, STATUS_VALUES, STUDY_FORMS } from '../plan/model';
import type { ColumnSpec } from './spec';

export type SheetKind = 'plan' | 'study' | 'themeDays';

export const SHEET_KINDS: readonly SheetKind[] = ['plan', 'study', 'themeDays'];

const SHEET_SUFFIX: Record<SheetKind, string> = {
  plan: '工作计划',
  study: '学习计划',
  themeDays: '主题党日',
};
const TABLE_PREFIX: Record<SheetKind, string> = { plan: 'Plan', study: 'Study', themeDays: 'ThemeDay' };

export function sheetName(kind: SheetKind, year: number): string {
  return `${year}年${SHEET_SUFFIX[kind]}`;
}

export function tableName(kind: SheetKind, year: number): string {
  return `${TABLE_PREFIX[kind]}${year}`;
}

/** Which kind of sheet a name is, and for which year: `2027年学习计划` → study, 2027. */
export function parseSheetName(name: string): { kind: SheetKind; year: number } | null {
  const m = /^(\d{4})年(工作计划|学习计划|主题党日)$/.exec(name.trim());
  if (!m) return null;
  const kind = (Object.keys(SHEET_SUFFIX) as SheetKind[]).find((k) => SHEET_SUFFIX[k] === m[2])!;
  return { kind, year: Number(m[1]) };
}

export const DATE_FORMAT = 'yyyy"年"m"月"d"日"';
export const MONTH_FORMAT = '0"月"';
/** The format of a date column that names none of its own. */
export const FALLBACK_DATE_FORMAT = 'yyyy-mm-dd';

/** A column's number format for its data cells; undefined leaves Excel's General. */
export function columnFormat(c: ColumnSpec): string | undefined {
  return c.numberFormat ?? (c.kind === 'date' ? FALLBACK_DATE_FORMAT : undefined);
}

/** Excel's list formula: `"a,b,c"`. Excel allows at most 255 characters and no comma inside a value. */
export function listFormula(values: readonly string[]): string {
  const bad = values.find((v) => v.includes(','));
  if (bad !== undefined) throw new Error(`Drop-down value contains a comma: ${bad}`);
  const formula = `"${values.map((v) => v.replace(/"/g, '""')).join(',')}"`;
  if (formula.length > 257) throw new Error(`Drop-down list longer than 255 characters: ${formula}`);
  return formula;
}

const status = { values: STATUS_VALUES, strict: true } as const;

export const COLUMNS: Record<SheetKind, readonly ColumnSpec[]> = {
  plan: [
    { field: 'section', header: '部分', width: 18, kind: 'text', user: false },
    { field: 'number', header: '序号', width: 6, kind: 'text', numberFormat: '@', user: false, centre: true },
    { field: 'title', header: '标题', width: 22, kind: 'text', user: false },
    { field: 'content', header: '内容', width: 60, kind: 'text', user: false },
    { field: 'owner', header: '责任人', width: 10, kind: 'text', user: true },
    { field: 'deadline', header: '完成时限', width: 16, kind: 'date', numberFormat: DATE_FORMAT, user: true },
    {
      field: 'status',
      header: '状态',
      width: 9,
      kind: 'text',
      list: status,
      statusColours: true,
      user: true,
      centre: true,
    },
    { field: 'note', header: '备注', width: 14, kind: 'text', user: true },
  ],
  study: [
    {
      field: 'month',
      header: '月份',
      width: 7,
      kind: 'month',
      numberFormat: MONTH_FORMAT,
      user: false,
      centre: true,
    },
    { field: 'theme', header: '学习主题', width: 24, kind: 'text', user: false },
    { field: 'content', header: '学习内容', width: 56, kind: 'text', user: false },
    {
      field: 'form',
      header: '学习形式',
      width: 11,
      kind: 'text',
      list: { values: STUDY_FORMS, strict: false },
      user: false,
      centre: true,
    },
    {
      field: 'plannedDate',
      header: '计划日期',
      width: 16,
      kind: 'date',
      numberFormat: DATE_FORMAT,
      user: false,
      centre: true,
    },
    {
      field: 'hours',
      header: '学时',
      width: 6,
      kind: 'number',
      numberFormat: 'General',
      user: false,
      centre: true,
    },
    { field: 'owner', header: '负责人', width: 10, kind: 'text', user: true },
    {
      field: 'done',
      header: '完成情况',
      width: 11,
      kind: 'text',
      list: status,
      statusColours: true,
      user: true,
      centre: true,
    },
  ],
  themeDays: [
    {
      field: 'month',
      header: '月份',
      width: 7,
      kind: 'month',
      numberFormat: MONTH_FORMAT,
      user: false,
      centre: true,
    },
    {
      field: 'date',
      header: '活动日期',
      width: 16,
      kind: 'date',
      numberFormat: DATE_FORMAT,
      user: false,
      centre: true,
    },
    { field: 'theme', header: '活动主题', width: 22, kind: 'text', user: false },
    { field: 'content', header: '活动内容', width: 44, kind: 'text', user: false },
    {
      field: 'form',
      header: '活动形式',
      width: 11,
      kind: 'text',
      list: { values: ACTIVITY_FORMS, strict: false },
      user: false,
      centre: true,
    },
    { field: 'place', header: '活动地点', width: 12, kind: 'text', user: false },
    { field: 'attendees', header: '参加人员', width: 10, kind: 'text', user: false },
    { field: 'owner', header: '负责人', width: 10, kind: 'text', user: true },
    {
      field: 'status',
      header: '状态',
      width: 9,
      kind: 'text',
      list: status,
      statusColours: true,
      user: true,
      centre: true,
    },
    { field: 'note', header: '备注', width: 14, kind: 'text', user: true },
  ],
};
