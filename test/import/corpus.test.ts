/**
 * The import corpus (test/fixtures/import): plan documents of the shapes branches write, texts in
 * several encodings and Word files made here with the `docx` package, each with the structure a
 * careful reader expects. For every entry the files are read as the CLI and the task pane read them
 * (`readImportFile`), imported together, and compared with the expectation; and every line of every
 * document is found again, in a cell or in the report of lines not placed.
 */
import { importDocuments } from '../../src/plan/import';
import { readImportFile } from '../../src/plan/import/files';
import { labelledParts, monthEntry, simplify } from '../../src/plan/import/markers';
import { tableHeader } from '../../src/plan/import/monthPart';
import type { ImportDocument, ImportResult } from '../../src/plan/import/types';
import { parseEntryDate, ruleInProse } from '../../src/plan/import/values';
import type { YearPlan } from '../../src/plan/model';
import { encodeGb18030 } from '../../scripts/make-corpus';
import { buildDocx, type DocxSpec } from '../helpers/docx';
import type { CorpusEntry, CorpusFile, ExpectedMonth, TextEncoding } from '../fixtures/import/corpusTypes';
import { DOCX_CORPUS } from '../fixtures/import/docxCorpus';
import { TEXT_CORPUS } from '../fixtures/import/textCorpus';

function encode(text: string, encoding: TextEncoding = 'utf8'): Buffer {
  switch (encoding) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf8bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf16be': {
      const le = Buffer.from(text, 'utf16le');
      for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
      return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
    }
    case 'gb18030':
      return encodeGb18030(text);
  }
}

async function bytesOf(file: CorpusFile): Promise<Buffer> {
  return 'docx' in file ? buildDocx(file.docx as DocxSpec) : encode(file.text, file.encoding);
}

interface Imported {
  docs: ImportDocument[];
  result: ImportResult;
}

async function run(entry: CorpusEntry): Promise<Imported> {
  const docs: ImportDocument[] = [];
  for (const f of entry.files) {
    const read = await readImportFile(await bytesOf(f), f.name);
    if (!read.ok) throw new Error(read.message);
    docs.push(read.document);
  }
  return { docs, result: importDocuments(docs, { year: entry.year }) };
}

function pick(m: object, expected: ExpectedMonth, contentKey = 'content'): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const src = m as Record<string, unknown>;
  for (const k of Object.keys(expected)) {
    if (k === 'contentStart') out[k] = String(src[contentKey] ?? '').slice(0, expected.contentStart!.length);
    else if (k === 'plannedDate' || k === 'date') out[k] = src.plannedDate ?? src.date;
    else out[k] = src[k];
  }
  return out;
}

/** Every text the model holds, without spaces and punctuation, to look lines up in. */
function haystack(model: YearPlan, result: ImportResult): string {
  const parts: string[] = [
    model.plan.title,
    ...model.plan.preamble,
    model.study.title,
    model.themeDays.title,
  ];
  for (const s of model.plan.sections) {
    parts.push(s.title);
    for (const i of s.items) parts.push(i.title + i.content, i.owner, i.deadline, i.note);
  }
  parts.push(...model.study.requirements, ...(model.themeDays.notes ?? []));
  for (const m of model.study.months) parts.push(m.theme, m.content, m.form, m.owner);
  for (const a of model.themeDays.activities)
    parts.push(a.theme, a.content, a.form, a.place, a.attendees, a.owner, a.note);
  parts.push(...result.summary.unplaced.map((u) => u.text));
  return norm(parts.join('|'));
}

const norm = (s: string) => s.replace(/[^\u4e00-\u9fff\u3400-\u4dbfA-Za-z0-9]+/g, '');

/** Lines that are structure only: subheadings, attachment heads, the fixed day in prose. */
const STRUCTURE =
  /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])?\s*(?:学习|活动|具体|时间|月度|每月|主题党日|党日|全年)?(?:要求|任务|内容|安排|计划|时间表)+(?:如下)?[:：]?$/;

/** A heading that names the part it starts: `二、主题党日活动计划`. */
const PART_HEADING =
  /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])\s*(?:每月|党员)?(?:学习|主题党日)(?:活动)?(?:计划|安排)$/;

/** The pieces of a line that must be found again: runs of three or more characters. */
function pieces(line: string): string[] {
  let text = line.trim();
  const entry = monthEntry(text);
  if (entry) text = entry.rest;
  const parts = labelledParts(text);
  const values = parts ? parts.map((p) => p.value) : [text];
  return values
    .flatMap((v) =>
      v.replace(/[（(]\s*[0-9０-９.]+\s*(?:学时|课时|學時)\s*[)）]/g, '').split(/[^\u4e00-\u9fff]+/),
    )
    .filter((p) => p.length >= 3);
}

/** The lines of a document and the cells of its tables, less a table's header row and dates in cells. */
function linesOf(doc: ImportDocument, year: number): { at: string; text: string }[] {
  return doc.blocks.flatMap((b) => {
    if (b.kind === 'line') return [{ at: b.at, text: b.text }];
    const header = tableHeader(b)?.row ?? -1;
    return b.rows
      .filter((_, r) => r !== header)
      .flatMap((r) => r.cells.filter((c) => !parseEntryDate(c, year)).map((c) => ({ at: r.at, text: c })));
  });
}

const ENTRIES: CorpusEntry[] = [...TEXT_CORPUS, ...DOCX_CORPUS];

describe('import corpus', () => {
  it('has at least 24 documents, text and Word', () => {
    expect(ENTRIES.length).toBeGreaterThanOrEqual(24);
    expect(TEXT_CORPUS.length).toBeGreaterThan(0);
    expect(DOCX_CORPUS.length).toBeGreaterThan(0);
  });

  describe.each(ENTRIES.map((e) => [e.name, e] as const))('%s', (_name, entry) => {
    let imported: Imported;
    beforeAll(async () => {
      imported = await run(entry);
    });
    const x = entry.expect;

    it('fills the sheets its documents hold, for the right year', () => {
      const { result } = imported;
      expect(result.kinds).toEqual(x.kinds);
      expect(result.model.year).toBe(x.year);
      if (x.branch !== undefined) expect(result.model.branch).toBe(x.branch);
      if (x.title !== undefined) {
        const titles = [result.model.plan.title, result.model.study.title, result.model.themeDays.title];
        expect(titles).toContain(x.title);
      }
      expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
      for (const code of x.codes ?? []) expect(result.issues.map((i) => i.rule)).toContain(code);
    });

    it('reads the work plan', () => {
      const { model } = imported.result;
      if (x.preamble !== undefined) expect(model.plan.preamble).toHaveLength(x.preamble);
      if (!x.sections) return;
      const got = model.plan.sections.map((s, k) => ({
        numeral: s.numeral,
        title: s.title,
        items: s.items.map((i, j) => {
          const e = x.sections![k]?.items[j];
          const item: Record<string, string> = { number: i.number, title: i.title };
          if (e?.contentStart !== undefined) item.contentStart = i.content.slice(0, e.contentStart.length);
          return item;
        }),
      }));
      expect(got).toEqual(x.sections);
    });

    it('reads the study months and the theme days', () => {
      const { model, summary } = imported.result;
      if (x.requirements !== undefined) expect(model.study.requirements).toHaveLength(x.requirements);
      if (x.studyMonths)
        expect(model.study.months.map((m, i) => pick(m, x.studyMonths![i] ?? { month: 0 }))).toEqual(
          x.studyMonths,
        );
      if (x.themeDays)
        expect(model.themeDays.activities.map((a, i) => pick(a, x.themeDays![i] ?? { month: 0 }))).toEqual(
          x.themeDays,
        );
      if (x.rule !== undefined) expect(summary.rule).toBe(x.rule);
    });

    it('reports exactly the lines it could not place', () => {
      if (!x.unplaced) return;
      const got = imported.result.summary.unplaced.map((u) => ({ file: u.source, at: u.at }));
      expect(got).toEqual(x.unplaced);
    });

    it('keeps every line: each is found in a cell or in the report', () => {
      const hay = haystack(imported.result.model, imported.result);
      const lost: string[] = [];
      for (const doc of imported.docs)
        for (const { at, text } of linesOf(doc, imported.result.model.year)) {
          const t = simplify(text.trim());
          if (STRUCTURE.test(t) || PART_HEADING.test(t) || /^附件/.test(t) || ruleInProse(text)) continue;
          for (const p of pieces(text)) if (!hay.includes(p)) lost.push(`${doc.name} ${at}: ${p}`);
        }
      expect(lost).toEqual([]);
    });
  });
});
