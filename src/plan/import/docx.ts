/**
 * A Word document (.docx) to blocks: body paragraphs in order with their automatic numbering put back
 * in front of their text, and tables row by row (a vertically merged cell gives its text to every row
 * it spans). JSZip opens the container; the body is read from word/document.xml directly, because
 * the numbers Word shows must be recovered from numbering.xml — a converter such as mammoth turns
 * lists into HTML lists and drops the very `一、` / `（一）` / `1.` labels the plan's structure is in.
 *
 * Parts are inflated through a stream with a byte limit, so a zip bomb stops at the limit instead of
 * filling memory.
 */
import JSZip from 'jszip';
import { PartTooLarge, readZipText } from './zipPart';
import { NumberingCounter, parseNumbering } from './numbering';
import type { Block, ImportDocument, LineBlock, TableBlock } from './types';
import { xmlEvents } from './xml';

/** The most bytes one part may inflate to: 20 MB of XML is far beyond a 100-page plan. */
export const PART_LIMIT = 20 * 1024 * 1024;

export class DocxError extends Error {}

async function readPart(zip: JSZip, name: string, limit = PART_LIMIT): Promise<string | null> {
  try {
    return await readZipText(zip, name, limit);
  } catch (e) {
    throw new DocxError(e instanceof PartTooLarge ? 'too-large' : (e as Error).message);
  }
}

interface Cell {
  text: string[];
  span: number;
  merge: 'restart' | 'continue' | null;
}

/** Walks document.xml: paragraphs outside tables and tables, in order. */
function bodyBlocks(xml: string, counter: NumberingCounter): { blocks: Block[]; images: number } {
  const blocks: Block[] = [];
  let paragraphNo = 0;
  let tableNo = 0;
  let images = 0;

  // The paragraph being read (a stack: a text box holds paragraphs inside a paragraph).
  interface Para {
    runs: string;
    bold: string;
    boldOpen: boolean;
    pictures: number;
    outline?: number;
    style?: string;
    numId?: string;
    ilvl?: number;
  }
  const paras: Para[] = [];
  // Tables being read (nested tables flatten into their cell).
  interface Table {
    rows: Cell[][];
    row: Cell[] | null;
    cell: Cell | null;
    depth: number;
  }
  const tables: Table[] = [];
  let inRun = false;
  let runBold = false;
  let inRPr = false;
  let skip = 0; // inside deleted text, field instructions, a fallback copy
  let inText = false;

  // Deleted or moved-away text, field codes, fallbacks, the former formatting of tracked changes, and
  // ruby (pronunciation) text are not the document's text.
  const skipped = new Set([
    'w:del',
    'w:instrText',
    'w:delText',
    'w:moveFrom',
    'mc:Fallback',
    'w:footnoteReference',
    'w:pPrChange',
    'w:rPrChange',
    'w:numberingChange',
    'w:tblPrChange',
    'w:trPrChange',
    'w:tcPrChange',
    'w:sectPrChange',
    'w:rt',
  ]);
  /** Content controls being read: whether each shows its placeholder (`单击此处输入文字`), not text. */
  const controls: { placeholder: boolean; inContent: boolean }[] = [];
  let runHidden = false;

  const finishParagraph = (p: Para) => {
    const text = p.runs.replace(/\u00a0/g, ' ');
    // An empty paragraph (or one whose text was all deleted) shows no number and takes none.
    const label = text.trim() === '' ? '' : counter.label(p.style, p.numId, p.ilvl);
    const table = tables[tables.length - 1];
    if (table?.cell) {
      const full = (label ? label : '') + text;
      table.cell.text.push(full);
      return;
    }
    paragraphNo++;
    const at = `第${paragraphNo}段`;
    if (text.trim() === '' && p.pictures > 0) {
      blocks.push({ kind: 'line', text: '（图片或嵌入对象）', at, picture: true });
      return;
    }
    const lines = text.split('\n');
    lines.forEach((line, k) => {
      const t = (k === 0 && label ? label : '') + line;
      if (t.trim() === '') return;
      const block: LineBlock = { kind: 'line', text: t.trim(), at };
      if (k === 0 && label) {
        block.numbered = true;
        block.label = label.trim();
      }
      if (/^(?:toc|目录)\s*\d/i.test(counter.styleName(p.style)) || /^TOC\d/i.test(p.style ?? ''))
        block.generated = true;
      const outline = p.outline ?? counter.outlineOf(p.style);
      if (k === 0 && outline !== undefined && outline < 9) block.outline = outline;
      const bold = p.bold.trim();
      if (k === 0 && bold && bold.length <= 40 && line.trimStart().startsWith(bold)) block.boldLead = bold;
      blocks.push(block);
    });
  };

  for (const e of xmlEvents(xml)) {
    if (e.type === 'open') {
      if (skipped.has(e.name)) {
        if (!e.selfClosing) skip++;
        continue;
      }
      if (skip > 0) continue;
      const a = e.attrs;
      const p = paras[paras.length - 1];
      switch (e.name) {
        case 'w:p':
          paras.push({ runs: '', bold: '', boldOpen: true, pictures: 0 });
          break;
        case 'w:pStyle':
          if (p && !inRun) p.style = a['w:val'];
          break;
        case 'w:numId':
          if (p && !inRun) p.numId = a['w:val'];
          break;
        case 'w:outlineLvl':
          if (p && !inRun) p.outline = Number(a['w:val']);
          break;
        case 'w:ilvl':
          if (p && !inRun) p.ilvl = Number(a['w:val'] ?? 0);
          break;
        case 'w:r':
          inRun = true;
          runBold = false;
          runHidden = false;
          break;
        case 'w:rPr':
          inRPr = true;
          break;
        case 'w:b':
          if (inRun && inRPr) runBold = !['0', 'false', 'off'].includes(a['w:val'] ?? 'true');
          break;
        case 'w:t':
          inText = !e.selfClosing;
          break;
        case 'w:tab':
          if (p && inRun) p.runs += '\t';
          break;
        case 'w:br':
        case 'w:cr':
          if (p && inRun && a['w:type'] !== 'page' && a['w:type'] !== 'column') p.runs += '\n';
          break;
        case 'w:noBreakHyphen':
          if (p) p.runs += '-';
          break;
        case 'w:drawing':
        case 'w:pict':
        case 'w:object':
          images++;
          if (p) p.pictures++;
          break;
        case 'w:vanish':
        case 'w:webHidden':
          if (inRun && inRPr) runHidden = !['0', 'false', 'off'].includes(a['w:val'] ?? 'true');
          break;
        case 'w:sdt':
          controls.push({ placeholder: false, inContent: false });
          break;
        case 'w:showingPlcHdr': {
          const c = controls[controls.length - 1];
          if (c) c.placeholder = true;
          break;
        }
        case 'w:sdtContent': {
          const c = controls[controls.length - 1];
          if (c) c.inContent = true;
          break;
        }
        case 'w:tbl':
          if (tables.length > 0 && tables[tables.length - 1]!.cell) tables[tables.length - 1]!.depth++;
          else tables.push({ rows: [], row: null, cell: null, depth: 0 });
          break;
        case 'w:tr': {
          const t = tables[tables.length - 1];
          if (t && t.depth === 0) t.row = [];
          break;
        }
        case 'w:tc': {
          const t = tables[tables.length - 1];
          if (t && t.depth === 0) t.cell = { text: [], span: 1, merge: null };
          break;
        }
        case 'w:gridSpan': {
          const t = tables[tables.length - 1];
          if (t?.cell && t.depth === 0) t.cell.span = Math.max(1, Number(a['w:val']) || 1);
          break;
        }
        case 'w:vMerge': {
          const t = tables[tables.length - 1];
          if (t?.cell && t.depth === 0) t.cell.merge = a['w:val'] === 'restart' ? 'restart' : 'continue';
          break;
        }
      }
    } else if (e.type === 'close') {
      if (skipped.has(e.name)) {
        skip = Math.max(0, skip - 1);
        continue;
      }
      if (skip > 0) continue;
      switch (e.name) {
        case 'w:t':
          inText = false;
          break;
        case 'w:sdt':
          controls.pop();
          break;
        case 'w:rPr':
          inRPr = false;
          break;
        case 'w:r':
          inRun = false;
          break;
        case 'w:p': {
          const p = paras.pop();
          if (p) finishParagraph(p);
          break;
        }
        case 'w:tc': {
          const t = tables[tables.length - 1];
          if (t && t.depth === 0 && t.cell && t.row) {
            t.row.push(t.cell);
            t.cell = null;
          }
          break;
        }
        case 'w:tr': {
          const t = tables[tables.length - 1];
          if (t && t.depth === 0 && t.row) {
            t.rows.push(t.row);
            t.row = null;
          }
          break;
        }
        case 'w:tbl': {
          const t = tables[tables.length - 1];
          if (!t) break;
          if (t.depth > 0) {
            t.depth--;
            break;
          }
          tables.pop();
          tableNo++;
          blocks.push(tableBlock(t.rows, tableNo));
          break;
        }
      }
    } else if (inText && skip === 0 && !runHidden && !controls.some((c) => c.placeholder && c.inContent)) {
      const p = paras[paras.length - 1];
      if (p) {
        p.runs += e.text;
        if (p.boldOpen) {
          if (runBold) p.bold += e.text;
          else if (e.text.trim() !== '') p.boldOpen = false;
        }
      }
    }
  }
  return { blocks, images };
}

/** Rows of cells laid on the table's grid: a spanned cell fills its first column, a merged one all its rows. */
function tableBlock(rows: Cell[][], tableNo: number): TableBlock {
  const grid: string[][] = [];
  const above: string[] = [];
  rows.forEach((row) => {
    const cells: string[] = [];
    for (const cell of row) {
      const col = cells.length;
      const text = cell.text.join('\n').trim();
      const value = cell.merge === 'continue' ? (above[col] ?? '') : text;
      cells.push(value);
      for (let k = 1; k < cell.span; k++) cells.push('');
      if (cell.merge !== 'continue') above[col] = text;
    }
    grid.push(cells);
  });
  return {
    kind: 'table',
    at: `表${tableNo}`,
    rows: grid.map((cells, r) => ({ cells, at: `表${tableNo}第${r + 1}行` })),
  };
}

export type DocxRead = { ok: true; document: ImportDocument } | { ok: false; reason: DocxFailure };

export type DocxFailure = 'not-docx' | 'too-large' | 'no-text' | 'images-only' | 'damaged';

export async function readDocx(bytes: Uint8Array, name: string): Promise<DocxRead> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  try {
    const main = await readPart(zip, 'word/document.xml');
    if (main === null) return { ok: false, reason: 'not-docx' };
    const numbering = parseNumbering(
      await readPart(zip, 'word/numbering.xml'),
      await readPart(zip, 'word/styles.xml'),
    );
    const { blocks, images } = bodyBlocks(main, new NumberingCounter(numbering));
    const hasText = blocks.some(
      (b) =>
        (b.kind === 'line' && !b.picture) ||
        (b.kind === 'table' && b.rows.some((r) => r.cells.some((c) => c))),
    );
    if (!hasText) return { ok: false, reason: images > 0 ? 'images-only' : 'no-text' };
    return { ok: true, document: { name, blocks, encoding: 'docx' } };
  } catch (e) {
    return {
      ok: false,
      reason: e instanceof DocxError && e.message === 'too-large' ? 'too-large' : 'damaged',
    };
  }
}
