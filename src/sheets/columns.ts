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

/** 状态 and 备注: the same user columns on the work plan and the theme-day sheet. */
const STATUS_COLUMN: ColumnSpec = {
  field: 'status',
  header: '状态',
  width: 9,
  kind: 'text',
  list: status,
  statusColours: true,
  user: true,
  centre: true,
};
const NOTE_COLUMN: ColumnSpec = { field: 'note', header: '备注', width: 14, kind: 'text', user: true };

export const COLUMNS: Record<SheetKind, readonly ColumnSpec[]> = {
  plan: [
    { field: 'section', header: '部分', width: 18, kind: 'text', user: false },
    { field: 'number', header: '序号', width: 6, kind: 'text', numberFormat: '@', user: false, centre: true },
    { field: 'title', header: '标题', width: 22, kind: 'text', user: false },
    { field: 'content', header: '内容', width: 60, kind: 'text', user: false },
    { field: 'owner', header: '责任人', width: 10, kind: 'text', user: true },
    { field: 'deadline', header: '完成时限', width: 16, kind: 'date', numberFormat: DATE_FORMAT, user: true },
    STATUS_COLUMN,
    NOTE_COLUMN,
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
    STATUS_COLUMN,
    NOTE_COLUMN,
  ],
};

/**
 * Other names people give a column, per sheet. A name belongs to one field of a sheet only: on the
 * theme-day sheet 内容 is 活动内容 and 日期/时间 are 活动日期; on the plan sheet 负责人 is 责任人.
 * Compared after `normaliseHeader`, so spaces, line breaks and notes in brackets do not matter.
 */
export const HEADER_ALIASES: Record<SheetKind, Readonly<Record<string, readonly string[]>>> = {
  plan: {
    section: ['类别', '分类', '板块', '工作板块'],
    number: ['编号', '序', 'No.', 'No', '#'],
    title: ['项目', '工作项目', '事项', '工作事项', '工作任务', '任务', '名称'],
    content: ['工作内容', '具体内容', '主要内容', '内容要求', '工作要求', '具体措施', '工作措施'],
    owner: ['负责人', '责任部门', '责任单位', '责任领导', '牵头人'],
    deadline: ['完成时间', '时限', '时间', '完成日期', '截止时间', '截止日期', '日期', '时间节点'],
    status: ['进度', '完成状态', '完成情况', '进展', '进展情况'],
    note: ['说明', '备考'],
  },
  study: {
    month: ['月', '月度'],
    theme: ['主题', '学习专题', '专题'],
    content: ['内容', '主要内容', '具体内容', '学习篇目', '学习材料'],
    form: ['形式', '方式', '学习方式'],
    plannedDate: ['日期', '时间', '学习日期', '学习时间', '计划时间'],
    hours: ['课时'],
    owner: ['责任人'],
    done: ['完成状态', '状态', '进度', '完成进度'],
  },
  themeDays: {
    month: ['月', '月度'],
    date: ['日期', '时间', '活动时间'],
    theme: ['主题', '活动名称', '名称'],
    content: ['内容', '主要内容', '具体内容'],
    form: ['形式', '方式', '活动方式'],
    place: ['地点', '场所', '活动场所'],
    attendees: ['参加对象', '参会人员', '参加范围', '参与人员', '参加人'],
    owner: ['责任人'],
    status: ['进度', '完成状态', '完成情况'],
    note: ['说明', '备考'],
  },
};

/**
 * A header cell's text as compared with column names: full-width forms made half-width, spaces and
 * line breaks removed, notes in brackets (`活动日期（星期）`) and marks such as `*` or a trailing colon
 * dropped, Latin letters lower-cased.
 */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/\([^()]*\)|\[[^[\]]*\]|【[^【】]*】/g, '')
    .replace(/^[*※]+|[*※:]+$/g, '')
    .toLowerCase();
}

/** The field a header text names on a sheet; `exact` when it is the column's own header. */
export function fieldOfHeader(kind: SheetKind, text: string): { field: string; exact: boolean } | null {
  const h = normaliseHeader(text);
  if (h === '') return null;
  const own = COLUMNS[kind].find((c) => normaliseHeader(c.header) === h);
  if (own) return { field: own.field, exact: true };
  const aliases = HEADER_ALIASES[kind];
  const field = Object.keys(aliases).find((f) => aliases[f]!.some((a) => normaliseHeader(a) === h));
  return field === undefined ? null : { field, exact: false };
}
