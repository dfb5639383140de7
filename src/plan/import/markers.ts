/**
 * The markers plan documents number their parts with, from the outermost level in: `一、` (or
 * `第一部分`), `（一）`, `1.` / `1、` / `１．`, and `（1）` / `1）` / `①`. Also the title words, month
 * entries and labelled lines (`主题：…`) that study and theme-day plans are written in.
 */
import { parseWholeNumber, toAsciiDigits } from '../numerals';

export type Level = 1 | 2 | 3 | 4;

export interface Marker {
  level: Level;
  /** The number as written, without brackets or stops: `一`, `1`, `１`, `①`. */
  numeral: string;
  /** The marker as written, with its brackets or stop: `一、`, `（一）`, `1.`. */
  written: string;
  /** The text after the marker. */
  rest: string;
}

const CN = '[一二三四五六七八九十]{1,3}';
const DIGITS = '[0-9０-９]{1,3}';
const PATTERNS: { level: Level; re: RegExp }[] = [
  { level: 1, re: new RegExp(`^(${CN})\\s*[、．.]\\s*`) },
  { level: 1, re: new RegExp(`^第(${CN})(?:部分|章|篇)\\s*[、：:．.]?\\s*`) },
  { level: 2, re: new RegExp(`^[（(]\\s*(${CN})\\s*[)）]\\s*[、．.]?\\s*`) },
  // `1.5万元` is a number, not item 1; `3.2025年…` is item 3.
  {
    level: 3,
    re: new RegExp(`^(${DIGITS})\\s*[.．、](?![0-9０-９](?![0-9０-９]{3}年))\\s*`),
  },
  { level: 4, re: new RegExp(`^[（(]\\s*(${DIGITS})\\s*[)）]\\s*`) },
  { level: 4, re: /^([①-⑳])\s*/ },
  { level: 4, re: /^([⑴-⒇])\s*/ },
  { level: 3, re: /^([⒈-⒛])\s*/ },
  // 甲、乙、丙: the heavenly stems some plans number their parts with.
  { level: 2, re: /^([甲乙丙丁戊己庚辛壬癸])\s*[、．.]\s*/ },
  // Bullets stay with the item they are under.
  { level: 4, re: /^([•·●○▪■◆◇□])\s*/ },
  { level: 4, re: /^([-*])\s+/ },
  { level: 4, re: new RegExp(`^(${DIGITS})\\s*[)）]\\s*`) },
];

/** The list marker a line starts with, if any. */
export function markerOf(line: string): Marker | null {
  for (const { level, re } of PATTERNS) {
    const m = re.exec(line);
    if (!m) continue;
    const rest = line.slice(m[0].length);
    return { level, numeral: m[1]!, written: m[0].trim(), rest };
  }
  // 第一季度（1—3月）: a section whose heading is the whole line.
  const quarter = /^第([一二三四])季度/.exec(line);
  if (quarter) return { level: 1, numeral: quarter[1]!, written: '', rest: line };
  return null;
}

/** The number a marker stands for: `十二` → 12, `１３` → 13, `③` → 3, `⑷` → 4, `乙` → 2. */
export function markerNumber(numeral: string): number | null {
  const code = numeral.codePointAt(0)!;
  for (const base of [0x2460, 0x2474, 0x2488])
    if (numeral.length === 1 && code >= base && code < base + 20) return code - base + 1;
  const stem = numeral.length === 1 ? '甲乙丙丁戊己庚辛壬癸'.indexOf(numeral) : -1;
  if (stem >= 0) return stem + 1;
  return parseWholeNumber(toAsciiDigits(numeral));
}

/** Traditional characters plan texts are written in, mapped to simplified for matching only. */
const TRADITIONAL: Record<string, string> = {
  計: '计',
  畫: '划',
  劃: '划',
  黨: '党',
  學: '学',
  習: '习',
  動: '动',
  點: '点',
  題: '题',
  組: '组',
  織: '织',
  員: '员',
  會: '会',
  務: '务',
  內: '内',
  時: '时',
  間: '间',
  負: '负',
  責: '责',
  參: '参',
  單: '单',
  門: '门',
  對: '对',
  態: '态',
  議: '议',
  講: '讲',
  課: '课',
  設: '设',
  導: '导',
  領: '领',
  總: '总',
  體: '体',
  處: '处',
  號: '号',
  週: '周',
  鐘: '钟',
  個: '个',
  萬: '万',
  與: '与',
  為: '为',
  誌: '志',
  願: '愿',
  專: '专',
  綫: '线',
  線: '线',
  實: '实',
  踐: '践',
  歷: '历',
  開: '开',
  關: '关',
  於: '于',
  國: '国',
  華: '华',
  憲: '宪',
  規: '规',
  紀: '纪',
  風: '风',
  頭: '头',
  牽: '牵',
  類: '类',
  項: '项',
  標: '标',
  準: '准',
  報: '报',
  區: '区',
  鄉: '乡',
  鎮: '镇',
  機: '机',
  業: '业',
  職: '职',
};

/** Simplified characters for matching keywords; the text itself is kept as written. */
export function simplify(text: string): string {
  let out = '';
  for (const ch of text) out += TRADITIONAL[ch] ?? ch;
  return out;
}

/** Words a document's title ends in, and the sheet each kind of document fills. */
const THEME_TITLE = /主题党日|党日活动|活动(?:计划|安排|方案)/;
const STUDY_TITLE = /学习(?:计划|安排|方案|制度)|理论学习|学习教育/;
const PLAN_TITLE =
  /工作(?:计划|要点|安排|思路|方案|清单)|计划安排|年度计划|党建计划|工作打算|任务清单|责任清单|实施方案/;
const ANY_TITLE = /计划|要点|安排|方案|清单|^关于.*的通知$/;

export type TitleKind = 'plan' | 'study' | 'themeDays';

/** The kind of document a title names, or null when the line is no title. */
export function titleKind(line: string): TitleKind | null {
  const t = simplify(line).replace(/\s+/g, '');
  if (t.length > 60 || t.length < 4 || /[。；;，,！？]$/.test(t) || markerOf(t)?.level === 3) return null;
  if (!ANY_TITLE.test(t)) return null;
  if (THEME_TITLE.test(t)) return 'themeDays';
  if (STUDY_TITLE.test(t) && !/工作(?:计划|要点)/.test(t)) return 'study';
  if (PLAN_TITLE.test(t) || /党建|党支部|党总支|党委|支部/.test(t)) return 'plan';
  return null;
}

/** The year a title names: `2025年`, `2025年度`, `二〇二五年`. */
export function titleYear(line: string): number | null {
  const t = toAsciiDigits(line);
  const m = /(\d{4})\s*年/.exec(t);
  if (m) return Number(m[1]);
  const cn = /([〇零一二三四五六七八九]{4})\s*年/.exec(t);
  if (!cn) return null;
  const digits = [...cn[1]!].map((c) => '〇一二三四五六七八九'.indexOf(c === '零' ? '〇' : c)).join('');
  return Number(digits);
}

/** The branch a title names: the text before the year, or up to its organisation word. */
export function titleBranch(line: string): string {
  // 关于开展2025年…的通知 names no branch before its year.
  let t = line.trim().replace(/^关于(?:开展|印发|做好|组织|召开|举办|认真)?/, '');
  const year = /(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})\s*年度?/.exec(t);
  if (year && year.index > 0) return t.slice(0, year.index).trim();
  // The year first (`2024年度机关第二党支部工作计划`): the organisation after it.
  if (year) t = t.slice(year[0].length);
  const org = /^(.*(?:党支部|党总支|党委|支部委员会|支部|委员会))/.exec(t);
  return org ? org[1]!.trim() : '';
}

/** A line that is only an organisation's name, as written above a title or below a plan. */
export const ORGANISATION =
  /^(?:中共|中国共产党)?[^\s，。；：,]{0,30}(?:党支部|党总支|党委|委员会|支部|党组)(?:委员会)?$/;

/** A date line alone, as under a signature: `2024年12月20日`, `二〇二四年十二月`. */
export const DATE_LINE =
  /^[（(]?\s*(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})\s*年\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*日)?\s*[)）]?$/;

/** A month written the ways plans write it: `3`, `３`, `三`, `十二`, `正`. */
/** A month written the ways plans write it: `3`, `３`, `三`, `十二`, `正`, `元` (January), `腊` (December). */
const MONTH = '([0-9０-９]{1,2}|十[一二]?|[一二三四五六七八九正元腊冬])';
const MONTH_END = '(?:[0-9０-９]{1,2}|十[一二]?|[一二三四五六七八九])';
/**
 * A month entry: `3月：…`, `3月份：…`, `三月`, `元月`, `2026年3月：…`, `5—6月：…` (a range: its first
 * month), `（三）3月份主题党日` or `3月15日：…`, optionally after a list marker or a bullet. Groups:
 * month, the end of a range, day (when the entry starts with a date), part of the month, the rest.
 */
const MONTH_ENTRY = new RegExp(
  `^(?:第?[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十0-9０-９]{1,3}[)）]|[0-9０-９]{1,2}[.．、]|[•·●○▪■◆\\-*]\\s)?\\s*(?:(?:19|20)[0-9]{2}\\s*年(?:度)?\\s*)?${MONTH}\\s*(?:月份?\\s*)?(?:[-—–~～至到]\\s*(${MONTH_END})\\s*)?(?<=月份?\\s*|[-—–~～至到]\\s*${MONTH_END}\\s*)月?份?(?:\\s*([0-9０-９]{1,2})\\s*[日号])?(?:\\s*[（(]?\\s*(上旬|中旬|下旬|初|中|底|末)\\s*[)）]?)?\\s*(?:[:：、，,]\\s*|\\s+|$|(?=[“"《【\\[「]|主题|学习|活动|党|集中|专题|围绕|开展|组织|召开|重温|参观|观看|深入|认真))(.*)$`,
);

export interface MonthEntry {
  month: number;
  /** The last month of a range (`5—6月`), else null. */
  until: number | null;
  /** A part of the month (`上旬`, `底`), else ''. */
  part: string;
  day: number | null;
  rest: string;
}

function monthNumber(s: string): number | null {
  if (s === '正' || s === '元') return 1;
  if (s === '腊' || s === '冬') return s === '腊' ? 12 : 11;
  return parseWholeNumber(toAsciiDigits(s));
}

export function monthEntry(line: string): MonthEntry | null {
  const m = MONTH_ENTRY.exec(line.trim());
  if (!m) return null;
  const month = monthNumber(m[1]!);
  // 13月 is kept as a month (validation reports it), 0月 and 45月 are no months.
  if (!month || month < 1 || month > 13) return null;
  const until = m[2] ? monthNumber(m[2]) : null;
  const day = m[3] ? Number(toAsciiDigits(m[3])) : null;
  return {
    month,
    until: until && until > month && until <= 12 ? until : null,
    day: day && day >= 1 && day <= 31 ? day : null,
    part: m[4] ?? '',
    rest: (m[5] ?? '').trim(),
  };
}

/** The fields a labelled line (`活动主题：…`) or a table header names. */
export type Field =
  | 'month'
  | 'date'
  | 'theme'
  | 'content'
  | 'form'
  | 'place'
  | 'attendees'
  | 'owner'
  | 'hours'
  | 'note'
  | 'number'
  | 'deadline'
  | 'category';

const FIELD_WORDS: [Field, RegExp][] = [
  ['number', /^(?:序号|编号|序)$/],
  ['month', /^(?:月份|月|时间安排|月度)$/],
  ['hours', /^(?:学时|课时|学时数|时长)$/],
  ['date', /^(?:(?:活动|学习|计划|具体|开展)?(?:时间|日期)|时间节点)$/],
  ['theme', /^(?:(?:活动|学习|党日)?主题|(?:学习)?专题|活动名称|课题|题目|学习篇目)$/],
  [
    'content',
    /^(?:(?:活动|学习|主要|具体|工作|重点)?内容|工作任务|重点任务|主要任务|任务|工作措施|具体措施|措施|工作事项|事项|学习材料)$/,
  ],
  ['form', /^(?:(?:活动|学习|组织)?(?:形式|方式))$/],
  ['place', /^(?:(?:活动|学习)?地点|场所)$/],
  ['attendees', /^(?:参加|参与|参会|学习|活动)(?:人员|对象|范围)$/],
  [
    'owner',
    /^(?:负责人|责任人|责任部门|责任单位|责任领导|牵头(?:人|部门|领导|单位)|主持人|主讲人|组织者|负责部门|负责领导)$/,
  ],
  ['deadline', /^(?:完成(?:时限|时间)|时限|截止时间|进度安排)$/],
  ['note', /^(?:备注|说明)$/],
  ['category', /^(?:类别|项目|板块|分类|工作类别)$/],
];

/** The field a header or label names, after dropping spaces and bracketed notes: `活 动 主 题` → theme. */
export function fieldOf(label: string): Field | null {
  const t = simplify(label)
    .replace(/[\s\u3000]+/g, '')
    .replace(/[（(][^）)]*[)）]/g, '')
    .replace(/[:：]$/, '');
  for (const [field, re] of FIELD_WORDS) if (re.test(t)) return field;
  return null;
}

const LABEL =
  /^(?:[（(]?[0-9０-９]{1,2}[)）.．、]\s*)?((?:活动|学习|党日|主要|具体|参加|参与|负责|责任|牵头|计划)?[\u4e00-\u9fff]{1,4})\s*[:：]\s*/;

/** A labelled line `活动主题：重温入党誓词` as field and value; null when the label is not a field. */
export function labelled(line: string): { field: Field; value: string } | null {
  const m = LABEL.exec(line);
  if (!m) return null;
  const field = fieldOf(m[1]!);
  if (!field || field === 'number' || field === 'category') return null;
  return { field, value: line.slice(m[0].length).trim() };
}

/** Several labelled parts on one line: `主题：…；内容：…；负责人：…`. */
export function labelledParts(line: string): { field: Field; value: string }[] | null {
  const parts = line.split(/[；;，,\s]+(?=(?:[\u4e00-\u9fff]{1,6})\s*[:：])/);
  const out: { field: Field; value: string }[] = [];
  for (const p of parts) {
    const l = labelled(p.trim());
    if (!l) return null;
    out.push({ field: l.field, value: l.value.replace(/[；;，,]$/, '') });
  }
  return out.length > 0 ? out : null;
}
