/**
 * A plan text to lines, cleaned up the way pasted and exported texts need: a paragraph hard-wrapped
 * over several lines joined back, spaces between Chinese characters (a PDF's copy) removed, and a
 * document that arrived on one line split at its inline markers. Each line keeps the number of the
 * line it starts on.
 */
import { labelled, markerOf, monthEntry, titleKind } from './markers';
import type { ImportDocument, LineBlock } from './types';

const HAN = '\\u4e00-\\u9fff';
const CJK_PUNCT = '，。、；：！？“”‘’（）《》【】—…';
const SPACE = '[ \\t\\u3000\\u00a0]';

/** Spaces between two Chinese characters; in a spaced-out line, around Chinese punctuation too. */
export function removeCjkSpaces(line: string): string {
  const between = new RegExp(`(?<=[${HAN}])${SPACE}+(?=[${HAN}])`, 'g');
  const han = (line.match(new RegExp(`[${HAN}]`, 'g')) ?? []).length;
  const spaced = (line.match(new RegExp(`[${HAN}]${SPACE}(?=[${HAN}])`, 'g')) ?? []).length;
  if (han >= 6 && spaced >= han * 0.5) {
    const any = new RegExp(`(?<=[${HAN}${CJK_PUNCT}0-9０-９])${SPACE}+(?=[${HAN}${CJK_PUNCT}0-9０-９])`, 'g');
    return line.replace(any, '');
  }
  return line.replace(between, '');
}

/** A line that starts something of its own: a list marker, a month, a label, an attachment. */
export function startsOwnLine(line: string): boolean {
  return (
    markerOf(line) !== null ||
    monthEntry(line) !== null ||
    labelled(line) !== null ||
    /^附件/.test(line) ||
    titleKind(line) !== null
  );
}

/** A heading: a marker and a short text without a stop or comma, or a short line alone. */
function isHeading(line: string): boolean {
  const m = markerOf(line);
  if (!m) return line.length <= 15;
  return m.rest.length <= 20 && !/[。；;！？，,]/.test(m.rest);
}

const ENDS_PARAGRAPH = /[。！？；;：:…”’）)》】!?]$/;

/** Whether `next` continues `line`, a paragraph hard-wrapped at `width` characters. */
function continues(line: string, next: string, width: number | null): boolean {
  if (width === null || ENDS_PARAGRAPH.test(line) || startsOwnLine(next) || isHeading(line)) return false;
  if (titleKind(line) !== null) return false;
  return line.length >= width - 2;
}

/**
 * The width a text was hard-wrapped at: the commonest length of the lines that stop mid-sentence,
 * when at least three of them share it (±1); null when the text was not wrapped.
 */
function wrapWidth(lines: readonly string[]): number | null {
  const counts = new Map<number, number>();
  for (const l of lines)
    if (l.length >= 16 && !ENDS_PARAGRAPH.test(l)) counts.set(l.length, (counts.get(l.length) ?? 0) + 1);
  let best: number | null = null;
  let bestCount = 0;
  for (const len of counts.keys()) {
    const near = (counts.get(len - 1) ?? 0) + counts.get(len)! + (counts.get(len + 1) ?? 0);
    if (near > bestCount || (near === bestCount && best !== null && len > best)) {
      best = len;
      bestCount = near;
    }
  }
  return bestCount >= 3 ? best : null;
}

const INLINE_MARKER = new RegExp(
  '(?<=[。；;！？!?\\s])\\s*(?=' +
    [
      '[一二三四五六七八九十]{1,3}[、]',
      '[（(][一二三四五六七八九十]{1,3}[)）]',
      '[0-9０-９]{1,2}[.．、](?![0-9０-９])',
      '附件[0-9一二三]?',
      '(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])月份?[:：]',
    ].join('|') +
    ')',
  'g',
);

/** A document on one line: split before each marker that follows a stop or a space, and after the title. */
function splitInline(line: string): string[] {
  const title =
    /^(\S{4,60}?(?:工作计划|工作要点|活动计划表?|活动安排|活动方案|学习计划|学习安排|计划安排))\s+/.exec(
      line,
    );
  const head = title ? [title[1]!] : [];
  const body = title ? line.slice(title[0].length) : line;
  return [
    ...head,
    ...body
      .split(INLINE_MARKER)
      .map((s) => s.trim())
      .filter(Boolean),
  ];
}

/**
 * A heading run into the text after it, as web copies and converters leave them: `**一、指导思想**以…`
 * (a bold heading) or `二、工作目标1.提高…` (a heading and its first item): two lines.
 */
function headingRunIn(line: string): string[] {
  const bold = /^(\s*)\*\*([^*]{1,40})\*\*\s*(\S.*)$/.exec(line);
  if (bold && markerOf(bold[2]!.trim()) && !/[。；]/.test(bold[2]!)) return [bold[2]!, bold[3]!];
  const item =
    /^((?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])[\u4e00-\u9fff]{2,20}?)\s*([0-9０-９]{1,2}[.．、]\s*[\u4e00-\u9fff].*)$/.exec(
      line.trim(),
    );
  if (item) return [item[1]!, item[2]!];
  return [line];
}

/** Markdown a web copy brings: `### 标题`, `**加粗**`, `> 引用`. */
function unmark(line: string): string {
  return line
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/^\s*>\s+/, '')
    .replace(/\*\*(.+?)\*\*|__(.+?)__/g, (_, a: string | undefined, b: string | undefined) => a ?? b ?? '');
}

export function textDocument(text: string, name: string, encoding?: string): ImportDocument {
  const raw = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let lines: { text: string; line: number; afterBlank: boolean }[] = [];
  let blank = false;
  raw.forEach((l, i) => {
    for (const piece of headingRunIn(l.replace(/[\u200b\ufeff]/g, ''))) {
      const t = removeCjkSpaces(unmark(piece)).replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, '');
      if (t === '') blank = true;
      else {
        lines.push({ text: t, line: i + 1, afterBlank: blank });
        blank = false;
      }
    }
  });
  const total = lines.reduce((n, l) => n + l.text.length, 0);
  if (lines.length <= 2 && total > 150)
    lines = lines.flatMap((l) =>
      splitInline(l.text).map((t) => ({ text: t, line: l.line, afterBlank: false })),
    );

  const width = wrapWidth(lines.map((l) => l.text));
  const blocks: LineBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    let { text: t } = lines[i]!;
    const start = lines[i]!.line;
    while (
      i + 1 < lines.length &&
      !lines[i + 1]!.afterBlank &&
      continues(lines[i]!.text, lines[i + 1]!.text, width)
    ) {
      i++;
      t += lines[i]!.text;
    }
    blocks.push({ kind: 'line', text: t, at: `第${start}行` });
  }
  return { name, blocks, encoding };
}
