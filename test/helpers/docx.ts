/**
 * Word documents for tests, written as data: a small declarative {@link DocxSpec} turned into a real
 * .docx by the `docx` package, so importer tests read what Word writes — automatic numbering in
 * numbering.xml (the paragraph text has no number), numbering linked through paragraph styles, bold
 * lead runs, soft line breaks, tracked changes, tables with merged cells, pictures.
 *
 * ```ts
 * const spec: DocxSpec = {
 *   lists: { plan: 'plan' },
 *   styles: [{ id: 'Section', name: '计划一级', list: { ref: 'plan', level: 0 }, bold: true }],
 *   body: [
 *     { text: 'XX党支部2026年工作计划', align: 'center', strong: true },
 *     { style: 'Section', text: '强化理论武装' },                                   // 一、强化理论武装
 *     { list: { ref: 'plan', level: 2 }, bold: '坚持集体学习。', text: '每月一次。' }, // 1.坚持集体学习。每月一次。
 *     { table: { rows: [['月份', '负责人'], ['1月', { text: '李明', rowSpan: 2 }], ['2月']] } },
 *   ],
 * };
 * const buf = await buildDocx(spec);
 * ```
 *
 * Locations: every block but a table is one body paragraph (`第N段`, counting from 1, empty ones,
 * page breaks and pictures too); a table's rows are `表N第R行`, its first row being row 1.
 */
import {
  AlignmentType,
  DeletedTextRun,
  Document,
  Footer,
  ImageRun,
  InsertedTextRun,
  LevelFormat,
  LevelSuffix,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ILevelsOptions,
  type IParagraphStyleOptions,
  type ParagraphChild,
} from 'docx';
import JSZip from 'jszip';
import { deflateSync } from 'node:zlib';

/** A numbering format of a list level, as numbering.xml's `w:numFmt` writes it. */
export type NumberFormat =
  | 'decimal'
  | 'decimalFullWidth'
  | 'chineseCounting'
  | 'chineseCountingThousand'
  | 'chineseLegalSimplified'
  | 'decimalEnclosedCircle'
  | 'decimalEnclosedParen'
  | 'lowerLetter'
  | 'upperRoman'
  | 'bullet';

/** One level of a list: its format, its text with `%1`…`%9` for the levels' numbers, its start. */
export interface ListLevelSpec {
  format: NumberFormat;
  /** `%1、`, `（%2）`, `%3.`, `%4` … */
  text: string;
  /** The first number (1 when left out). */
  start?: number;
  /** What follows the number: a tab (Word's default), a space or nothing. */
  suffix?: 'tab' | 'space' | 'nothing';
}

/**
 * Ready-made lists, as Chinese plans use them:
 * - `plan`: a multilevel list `一、` / `（一）` / `1.` / `①` (chineseCounting, chineseCounting,
 *   decimal, decimalEnclosedCircle); a level restarts after any level above it.
 * - `chineseComma`: `一、` alone. `chineseParen`: `（一）` alone.
 * - `decimalDot`: `1.` alone. `decimalComma`: `1、` alone. `circled`: `①` alone.
 */
export type ListPreset = 'plan' | 'chineseComma' | 'chineseParen' | 'decimalDot' | 'decimalComma' | 'circled';

export const LIST_PRESETS: Record<ListPreset, ListLevelSpec[]> = {
  plan: [
    { format: 'chineseCounting', text: '%1、' },
    { format: 'chineseCounting', text: '（%2）' },
    { format: 'decimal', text: '%3.' },
    { format: 'decimalEnclosedCircle', text: '%4' },
  ],
  chineseComma: [{ format: 'chineseCounting', text: '%1、' }],
  chineseParen: [{ format: 'chineseCounting', text: '（%1）' }],
  decimalDot: [{ format: 'decimal', text: '%1.' }],
  decimalComma: [{ format: 'decimal', text: '%1、' }],
  circled: [{ format: 'decimalEnclosedCircle', text: '%1' }],
};

/**
 * A paragraph's place in a list. Paragraphs of one `ref` and `instance` are one list, numbered on
 * from each other; a new `instance` (or `restart`) is a new list instance (a new `w:num`) counting
 * from its levels' start again. Leaving out `instance` continues the list the last `restart` began.
 */
export interface ListRef {
  ref: string;
  /** 0-based level (0 when left out). */
  level?: number;
  instance?: number;
  restart?: boolean;
}

/** A paragraph style; with `list`, its paragraphs are numbered through the style (no numPr of their own). */
export interface ParagraphStyleSpec {
  id: string;
  /** The name Word shows (the id when left out). */
  name?: string;
  basedOn?: string;
  list?: { ref: string; level?: number };
  bold?: boolean;
  /** Font size in half-points (32 = 三号, 44 = 二号). */
  size?: number;
}

/** A run of text. `\n` in `text` is a soft line break (`w:br`). */
export interface RunSpec {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** A tracked change: an insertion (`w:ins`, part of the text) or a deletion (`w:del`, not part of it). */
  change?: 'ins' | 'del';
}

/**
 * A body paragraph. Its text is `runs`, or else the bold lead `bold` followed by `text`. `\n` in any
 * text is a soft line break within the paragraph, not a new paragraph.
 */
export interface ParagraphSpec {
  text?: string;
  /** A bold lead run before `text`: `{ bold: '加强理论学习。', text: '坚持…' }`. */
  bold?: string;
  runs?: RunSpec[];
  /** A paragraph style of {@link DocxSpec.styles} (or a built-in one such as `Heading1`). */
  style?: string;
  /** Automatic numbering given on the paragraph itself (`w:numPr`); `false` turns a style's numbering off (numId 0). */
  list?: ListRef | false;
  align?: 'left' | 'center' | 'right' | 'both';
  /** The whole paragraph bold, as headings and titles are. */
  strong?: boolean;
  /** Font size in half-points. */
  size?: number;
}

/** A table cell: text (soft breaks with `\n`) or several paragraphs, and how far it spans. */
export interface CellSpec {
  text?: string;
  paragraphs?: (string | ParagraphSpec)[];
  /** Rows the cell covers (a vertical merge). As in HTML, the rows below leave the covered cell out. */
  rowSpan?: number;
  /** Grid columns the cell covers (a horizontal span, `w:gridSpan`). */
  colSpan?: number;
  bold?: boolean;
}

export interface TableSpec {
  table: {
    /** The rows, the first one the header row (marked as repeated on every page unless `header: false`). */
    rows: (string | CellSpec)[][];
    header?: boolean;
  };
}

/** A paragraph holding only a picture (a tiny PNG made in code). */
export interface ImageSpec {
  image: { width?: number; height?: number };
}

/** A paragraph holding only a page break. */
export interface PageBreakSpec {
  pageBreak: true;
}

/** A body block. A string is a paragraph of that text; `''` an empty paragraph. */
export type BlockSpec = string | ParagraphSpec | TableSpec | ImageSpec | PageBreakSpec;

export interface DocxSpec {
  /** The lists the document's numbering.xml defines, by reference. */
  lists?: Record<string, ListPreset | ListLevelSpec[]>;
  styles?: ParagraphStyleSpec[];
  body: BlockSpec[];
  /** A page footer (footer1.xml, not the body), such as a page number line. */
  footer?: string;
  /**
   * Write parts the way Word itself does rather than the way the `docx` package does:
   * - `wordNumbering`: a list never restarted has one `w:num` without `w:lvlOverride`/`w:startOverride`
   *   (restarted lists keep an override on each `w:num`, as the package writes them); a style linked to
   *   level 0 has `w:numPr` with only `w:numId` (no `w:ilvl`), and the list level names the style back
   *   (`w:lvl/w:pStyle`).
   * - `wordMerge`: continued vertical merges are `<w:vMerge/>`, without `w:val="continue"`.
   */
  quirks?: { wordNumbering?: boolean; wordMerge?: boolean };
}

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  both: AlignmentType.BOTH,
} as const;

const SUFFIX = { tab: LevelSuffix.TAB, space: LevelSuffix.SPACE, nothing: LevelSuffix.NOTHING } as const;

const CHANGE = { author: '支部委员', date: '2026-01-05T09:00:00Z' };

/** The page width between margins that tables fill, in twips. */
const TABLE_WIDTH = 9000;

export function isTable(b: BlockSpec): b is TableSpec {
  return typeof b === 'object' && 'table' in b;
}

export function isImage(b: BlockSpec): b is ImageSpec {
  return typeof b === 'object' && 'image' in b;
}

export function isPageBreak(b: BlockSpec): b is PageBreakSpec {
  return typeof b === 'object' && 'pageBreak' in b;
}

function levelsOf(list: ListPreset | ListLevelSpec[]): ILevelsOptions[] {
  const levels = typeof list === 'string' ? LIST_PRESETS[list] : list;
  return levels.map((l, level) => ({
    level,
    format: l.format as (typeof LevelFormat)[keyof typeof LevelFormat],
    text: l.text,
    start: l.start ?? 1,
    alignment: AlignmentType.LEFT,
    ...(l.suffix ? { suffix: SUFFIX[l.suffix] } : {}),
    style: { paragraph: { indent: { firstLine: 640 } } },
  }));
}

let changeId = 1;

function runsOf(runs: RunSpec[], size?: number): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const r of runs) {
    r.text.split('\n').forEach((part, i) => {
      const base = {
        text: part,
        ...(r.bold ? { bold: true } : {}),
        ...(r.italic ? { italics: true } : {}),
        ...(size ? { size } : {}),
        ...(i > 0 ? { break: 1 } : {}),
      };
      if (r.change === 'ins') out.push(new InsertedTextRun({ ...base, id: changeId++, ...CHANGE }));
      else if (r.change === 'del') out.push(new DeletedTextRun({ ...base, id: changeId++, ...CHANGE }));
      else out.push(new TextRun(base));
    });
  }
  return out;
}

/** The runs a paragraph spec stands for. */
export function runsOfParagraph(p: ParagraphSpec): RunSpec[] {
  if (p.runs) return p.runs;
  const runs: RunSpec[] = [];
  if (p.bold) runs.push({ text: p.bold, bold: true });
  if (p.text) runs.push({ text: p.text });
  return runs;
}

/** The text a reader sees in a paragraph spec, without list numbers or deleted runs. */
export function paragraphText(b: string | ParagraphSpec): string {
  if (typeof b === 'string') return b;
  return runsOfParagraph(b)
    .filter((r) => r.change !== 'del')
    .map((r) => r.text)
    .join('');
}

function paragraph(spec: string | ParagraphSpec): Paragraph {
  const p = typeof spec === 'string' ? { text: spec } : spec;
  const runs = runsOfParagraph(p).map((r) => ({ ...r, bold: r.bold ?? p.strong }));
  return new Paragraph({
    children: runsOf(runs, p.size),
    ...(p.style ? { style: p.style } : {}),
    ...(p.align ? { alignment: ALIGN[p.align] } : {}),
    ...(p.list === false
      ? { numbering: false as const }
      : p.list
        ? {
            numbering: {
              reference: p.list.ref,
              level: p.list.level ?? 0,
              ...(p.list.instance !== undefined ? { instance: p.list.instance } : {}),
              ...(p.list.restart ? { restart: true } : {}),
            },
          }
        : {}),
  });
}

function cell(c: string | CellSpec, columns: number): TableCell {
  const spec = typeof c === 'string' ? { text: c } : c;
  const paragraphs = spec.paragraphs ?? [spec.text ?? ''];
  return new TableCell({
    children: paragraphs.map((p) =>
      paragraph(spec.bold ? { ...(typeof p === 'string' ? { text: p } : p), strong: true } : p),
    ),
    width: { size: Math.floor((TABLE_WIDTH * (spec.colSpan ?? 1)) / columns), type: WidthType.DXA },
    ...(spec.rowSpan && spec.rowSpan > 1 ? { rowSpan: spec.rowSpan } : {}),
    ...(spec.colSpan && spec.colSpan > 1 ? { columnSpan: spec.colSpan } : {}),
  });
}

/** The grid columns of a table: its first row's cells and their spans. */
function gridColumns(t: TableSpec['table']): number {
  const first = t.rows[0] ?? [];
  return Math.max(
    1,
    first.reduce((n, c) => n + (typeof c === 'string' ? 1 : (c.colSpan ?? 1)), 0),
  );
}

function table(t: TableSpec['table']): Table {
  const columns = gridColumns(t);
  return new Table({
    width: { size: TABLE_WIDTH, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => Math.floor(TABLE_WIDTH / columns)),
    rows: t.rows.map(
      (row, i) =>
        new TableRow({
          tableHeader: i === 0 && t.header !== false,
          children: row.map((c) => cell(c, columns)),
        }),
    ),
  });
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  return c >>> 0;
});

/** CRC-32 as PNG and zip use it; `crc` continues a previous value over more data. */
export function crc32(data: Uint8Array, crc = 0): number {
  let c = ~crc >>> 0;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A tiny real PNG (a red square, `size`×`size` pixels, 8-bit RGB). */
export function tinyPng(size = 4): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(size * 3, Buffer.from([0xc8, 0x10, 0x2e]))]);
  const pixels = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(pixels)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

function block(b: BlockSpec): Paragraph | Table {
  if (isTable(b)) return table(b.table);
  if (isImage(b))
    return new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new ImageRun({
          type: 'png',
          data: tinyPng(),
          transformation: { width: b.image.width ?? 64, height: b.image.height ?? 64 },
          altText: { name: '图片', description: '图片', title: '图片' },
        }),
      ],
    });
  if (isPageBreak(b)) return new Paragraph({ children: [new PageBreak()] });
  return paragraph(b);
}

function styleOf(s: ParagraphStyleSpec): IParagraphStyleOptions {
  return {
    id: s.id,
    name: s.name ?? s.id,
    basedOn: s.basedOn ?? 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { ...(s.bold ? { bold: true } : {}), ...(s.size ? { size: s.size } : {}) },
    ...(s.list ? { paragraph: { numbering: { reference: s.list.ref, level: s.list.level ?? 0 } } } : {}),
  };
}

/** numbering.xml and styles.xml as Word writes them (see {@link DocxSpec.quirks}). */
function wordNumbering(
  numbering: string,
  styles: string,
  spec: DocxSpec,
): { numbering: string; styles: string } {
  // A list that is never restarted has one w:num, without overrides: it just counts from the levels'
  // start. (Restarted lists keep the docx package's overrides on every w:num, whose meaning is clear.)
  const nums = [...numbering.matchAll(/<w:num w:numId="\d+"><w:abstractNumId w:val="(\d+)"\/>/g)];
  const count = new Map<string, number>();
  for (const m of nums) count.set(m[1]!, (count.get(m[1]!) ?? 0) + 1);
  numbering = numbering.replace(
    /<w:num w:numId="(\d+)"><w:abstractNumId w:val="(\d+)"\/>(.*?)<\/w:num>/g,
    (whole, numId: string, abstractId: string) =>
      count.get(abstractId) === 1
        ? `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/></w:num>`
        : whole,
  );
  // A style linked to level 0 carries only the numId; the list's level names the style.
  const numIdOf = new Map<string, string>();
  for (const s of spec.styles ?? []) {
    if (!s.list) continue;
    const level = s.list.level ?? 0;
    const re = new RegExp(
      `(<w:style w:type="paragraph" w:styleId="${s.id}">.*?<w:numPr>)<w:ilvl w:val="${level}"/><w:numId w:val="(\\d+)"/>`,
    );
    styles = styles.replace(re, (_whole, head: string, numId: string) => {
      numIdOf.set(s.id, numId);
      return level === 0
        ? `${head}<w:numId w:val="${numId}"/>`
        : `${head}<w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/>`;
    });
  }
  for (const s of spec.styles ?? []) {
    const numId = numIdOf.get(s.id);
    if (!s.list || !numId) continue;
    const abstractId = new RegExp(`<w:num w:numId="${numId}"><w:abstractNumId w:val="(\\d+)"/>`).exec(
      numbering,
    )?.[1];
    if (!abstractId) continue;
    const level = s.list.level ?? 0;
    numbering = numbering.replace(
      new RegExp(
        `(<w:abstractNum w:abstractNumId="${abstractId}"[^>]*>.*?<w:lvl w:ilvl="${level}"[^>]*>.*?<w:numFmt [^>]*/>)`,
      ),
      `$1<w:pStyle w:val="${s.id}"/>`,
    );
  }
  return { numbering, styles };
}

/** The .docx a spec describes. */
export async function buildDocx(spec: DocxSpec): Promise<Buffer> {
  const config = Object.entries(spec.lists ?? {}).map(([reference, list]) => ({
    reference,
    levels: levelsOf(list),
  }));
  const doc = new Document({
    creator: '支部年度计划 tests',
    title: '',
    numbering: { config },
    styles: {
      default: {
        document: { run: { font: { eastAsia: '仿宋_GB2312', ascii: 'Times New Roman' }, size: 32 } },
      },
      paragraphStyles: (spec.styles ?? []).map(styleOf),
    },
    sections: [
      {
        ...(spec.footer !== undefined
          ? {
              footers: {
                default: new Footer({ children: [paragraph({ text: spec.footer, align: 'center' })] }),
              },
            }
          : {}),
        children: spec.body.map(block),
      },
    ],
  });
  const buf = await Packer.toBuffer(doc);
  const { wordNumbering: numberingQuirk, wordMerge } = spec.quirks ?? {};
  if (!numberingQuirk && !wordMerge) return buf;
  const zip = await JSZip.loadAsync(buf);
  if (numberingQuirk) {
    const fixed = wordNumbering(
      await zip.file('word/numbering.xml')!.async('string'),
      await zip.file('word/styles.xml')!.async('string'),
      spec,
    );
    zip.file('word/numbering.xml', fixed.numbering);
    zip.file('word/styles.xml', fixed.styles);
  }
  if (wordMerge) {
    const xml = await zip.file('word/document.xml')!.async('string');
    zip.file('word/document.xml', xml.replace(/<w:vMerge w:val="continue"\/>/g, '<w:vMerge/>'));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
