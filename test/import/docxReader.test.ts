/**
 * The Word reader on what real Word writes and the `docx` package does not: tracked changes (the
 * former formatting of a paragraph, text moved away), hidden and ruby text, an unfilled content
 * control, a table of contents, an instance that redefines a list level whole, an item whose text
 * begins with a digit, and a picture alone in a paragraph. Parts are written here as raw OOXML
 * (ECMA-376 Part 1, §17.13 revisions, §17.5.2 content controls, §17.9 numbering).
 */
import JSZip from 'jszip';
import { importDocuments } from '../../src/plan/import';
import { readDocx } from '../../src/plan/import/docx';
import type { ImportDocument } from '../../src/plan/import/types';
import { buildDocx, type DocxSpec } from '../helpers/docx';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A paragraph: text runs, optionally numbered (numId, ilvl) or styled. */
function p(text: string, o: { num?: [number, number]; style?: string; extra?: string; runs?: string } = {}) {
  const pPr = [
    o.style ? `<w:pStyle w:val="${o.style}"/>` : '',
    o.num ? `<w:numPr><w:ilvl w:val="${o.num[1]}"/><w:numId w:val="${o.num[0]}"/></w:numPr>` : '',
    o.extra ?? '',
  ].join('');
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${o.runs ?? `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`}</w:p>`;
}

function lvl(ilvl: number, format: string, text: string, start = 1): string {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
}

/** Sections 一、 (level 0) and items 1. (level 1) in list 1. */
const NUMBERING = `<w:numbering ${W}>
  <w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'decimal', '%2.')}</w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="0"/>
    <w:lvlOverride w:ilvl="1">${lvl(1, 'decimalEnclosedCircle', '%2')}</w:lvlOverride></w:num>
</w:numbering>`;

const STYLES = `<w:styles ${W}>
  <w:style w:type="paragraph" w:styleId="10"><w:name w:val="toc 1"/></w:style>
</w:styles>`;

async function docx(body: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  );
  zip.file('word/document.xml', `<w:document ${W}><w:body>${body}</w:body></w:document>`);
  zip.file('word/numbering.xml', NUMBERING);
  zip.file('word/styles.xml', STYLES);
  return zip.generateAsync({ type: 'uint8array' });
}

async function read(body: string): Promise<ImportDocument> {
  const r = await readDocx(await docx(body), 'plan.docx');
  if (!r.ok) throw new Error(r.reason);
  return r.document;
}

const TITLE = p('机关第一党支部2026年工作计划');

async function importSpec(spec: DocxSpec) {
  const r = await readDocx(await buildDocx(spec), 'plan.docx');
  if (!r.ok) throw new Error(r.reason);
  return importDocuments([r.document]);
}

describe('the Word reader', () => {
  it('keeps a list number apart from a text that begins with a digit', async () => {
    const doc = await read(
      TITLE +
        p('组织建设', { num: [1, 0] }) +
        p('12月底前完成民主评议。', { num: [1, 1] }) +
        p('3月召开组织生活会。', { num: [1, 1] }),
    );
    const { model } = importDocuments([doc]);
    expect(model.plan.sections[0]!.items.map((i) => [i.number, i.title])).toEqual([
      ['1', '12月底前完成民主评议'],
      ['2', '3月召开组织生活会'],
    ]);
  });

  it('reads tracked changes as accepted: former numbering, deleted and moved-away text left out', async () => {
    const removedNumber =
      '<w:pPrChange w:id="1" w:author="a"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange>';
    const doc = await read(
      TITLE +
        p('政治建设', { num: [1, 0] }) +
        p('坚持学习。每月一次。', { num: [1, 1] }) +
        p('这一段曾是一个部分。', { extra: removedNumber }) +
        `<w:moveFrom w:id="2" w:author="a">${p('挪走的一项。', { num: [1, 1] })}</w:moveFrom>` +
        p('', {
          runs: '<w:del w:id="3" w:author="a"><w:r><w:delText>删掉的字</w:delText></w:r></w:del><w:r><w:t>留下的一项。</w:t></w:r>',
          num: [1, 1],
        }),
    );
    const { model } = importDocuments([doc]);
    expect(model.plan.sections).toHaveLength(1);
    expect(model.plan.sections[0]!.items.map((i) => i.number + i.title)).toEqual([
      '1坚持学习',
      '2留下的一项',
    ]);
    expect(model.plan.sections[0]!.items[0]!.content).toBe('每月一次。\n这一段曾是一个部分。');
  });

  it('leaves out hidden text, ruby text and an unfilled content control', async () => {
    const doc = await read(
      TITLE +
        p('', {
          runs:
            '<w:r><w:t>学习</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>（内部备注）</w:t></w:r>' +
            '<w:r><w:ruby><w:rt><w:r><w:t>jiàn</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>践</w:t></w:r></w:rubyBase></w:ruby></w:r>' +
            '<w:r><w:t>行党章。</w:t></w:r>',
        }) +
        `<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>${p('单击或点击此处输入文字。')}</w:sdtContent></w:sdt>` +
        `<w:sdt><w:sdtPr/><w:sdtContent>${p('填写了的内容控件。')}</w:sdtContent></w:sdt>`,
    );
    expect(doc.blocks.map((b) => (b.kind === 'line' ? b.text : ''))).toEqual([
      '机关第一党支部2026年工作计划',
      '学习践行党章。',
      '填写了的内容控件。',
    ]);
  });

  it('reports a table of contents and a picture, and counts a redefined level on its own', async () => {
    const doc = await read(
      TITLE +
        p('一、政治建设\t1', { style: '10' }) +
        '<w:p><w:r><w:drawing/></w:r></w:p>' +
        p('政治建设', { num: [1, 0] }) +
        p('坚持学习。每月一次。', { num: [1, 1] }) +
        p('组织建设', { num: [1, 0] }) +
        p('规范三会一课。', { num: [2, 1] }) +
        p('做好党员发展。', { num: [2, 1] }),
    );
    const r = importDocuments([doc]);
    expect(r.summary.unplaced.map((u) => [u.at, u.why])).toEqual([
      ['第2段', 'contents'],
      ['第3段', 'picture'],
    ]);
    expect(r.model.plan.sections.map((s) => [s.numeral, s.items.map((i) => i.number)])).toEqual([
      ['一', ['1']],
      ['二', ['1', '2']],
    ]);
  });
});

describe('tables as offices lay plans out', () => {
  it('reads a plan framed in a one-cell table as its paragraphs', async () => {
    const r = await importSpec({
      body: [
        {
          table: {
            header: false,
            rows: [
              [
                {
                  paragraphs: [
                    '机关第二党支部2026年工作计划',
                    '一、政治建设',
                    '1.坚持学习。每月一次。',
                    '2.专题研讨。每季度一次。',
                  ],
                },
              ],
            ],
          },
        },
      ],
    });
    expect(r.model.plan.title).toBe('机关第二党支部2026年工作计划');
    expect(r.model.plan.sections.map((s) => [s.title, s.items.map((i) => i.title)])).toEqual([
      ['政治建设', ['坚持学习', '专题研讨']],
    ]);
    expect(r.summary.unplaced).toEqual([]);
  });

  it('joins a group header to the header row under it, and reads a headerless continuation table', async () => {
    const r = await importSpec({
      body: [
        '机关第二党支部2026年主题党日活动计划',
        {
          table: {
            rows: [
              ['月份', { text: '活动安排', colSpan: 3 }, '负责人'],
              ['', '主题', '内容', '形式', ''],
              ['1月', '重温入党誓词', '组织党员重温入党誓词', '主题党日', '王强'],
              ['2月', '走访慰问', '走访困难党员', '志愿服务', '刘洋'],
            ],
          },
        },
        { table: { header: false, rows: [['3月', '学雷锋', '到社区开展志愿服务', '志愿服务', '李华']] } },
      ],
    });
    expect(r.model.themeDays.activities.map((a) => [a.month, a.theme, a.content, a.form, a.owner])).toEqual([
      [1, '重温入党誓词', '组织党员重温入党誓词', '主题党日', '王强'],
      [2, '走访慰问', '走访困难党员', '志愿服务', '刘洋'],
      [3, '学雷锋', '到社区开展志愿服务', '志愿服务', '李华'],
    ]);
    expect(r.summary.unplaced).toEqual([]);
  });

  it('keeps two activities of one month (月份 merged over both rows) in that month row', async () => {
    const r = await importSpec({
      body: [
        '机关第二党支部2026年主题党日活动计划',
        {
          table: {
            rows: [
              ['月份', '活动主题', '活动内容', '负责人'],
              [{ text: '1月', rowSpan: 2 }, '重温入党誓词', '组织党员重温入党誓词', '王强'],
              ['交纳党费', '按时足额交纳党费', '刘洋'],
              ['2月', '学雷锋', '到社区开展志愿服务', '李华'],
            ],
          },
        },
      ],
    });
    expect(r.model.themeDays.activities.map((a) => [a.month, a.theme, a.content, a.owner])).toEqual([
      [1, '重温入党誓词；交纳党费', '组织党员重温入党誓词\n按时足额交纳党费', '王强、刘洋'],
      [2, '学雷锋', '到社区开展志愿服务', '李华'],
    ]);
  });

  it('reads a plan laid out as one task table: title row, section rows, items', async () => {
    const r = await importSpec({
      body: [
        {
          table: {
            rows: [
              [{ text: '机关第二党支部2026年党建工作计划', colSpan: 4 }],
              ['序号', '工作任务', '责任人', '完成时限'],
              [{ text: '一、思想建设', colSpan: 4 }],
              ['1', '落实第一议题制度', '王强', '每月'],
              [{ text: '二、组织建设', colSpan: 4 }],
              ['1', '规范三会一课', '刘洋', '全年'],
            ],
          },
        },
      ],
    });
    expect(r.model.plan.title).toBe('机关第二党支部2026年党建工作计划');
    expect(r.model.year).toBe(2026);
    expect(
      r.model.plan.sections.map((s) => [
        s.numeral,
        s.title,
        s.items.map((i) => [i.number, i.title, i.owner, i.deadline]),
      ]),
    ).toEqual([
      ['一', '思想建设', [['1', '落实第一议题制度', '王强', '每月']]],
      ['二', '组织建设', [['1', '规范三会一课', '刘洋', '全年']]],
    ]);
    expect(r.issues.filter((i) => i.rule === 'import-title')).toEqual([]);
  });
});

describe('headings and duties', () => {
  it('takes Word headings (标题 1) without numbers as sections, numbered in order', async () => {
    const styles = `<w:styles ${W}><w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style></w:styles>`;
    const zip = new JSZip();
    zip.file(
      'word/document.xml',
      `<w:document ${W}><w:body>${TITLE + p('政治建设', { style: '1' }) + p('坚持学习。每月一次。') + p('组织建设', { style: '1' }) + p('规范三会一课。按期召开。')}</w:body></w:document>`,
    );
    zip.file('word/styles.xml', styles);
    const r = await readDocx(await zip.generateAsync({ type: 'uint8array' }), 'plan.docx');
    if (!r.ok) throw new Error(r.reason);
    const { model } = importDocuments([r.document]);
    expect(model.plan.sections.map((s) => [s.numeral, s.title, s.items.map((i) => i.title)])).toEqual([
      ['一', '政治建设', ['坚持学习']],
      ['二', '组织建设', ['规范三会一课']],
    ]);
  });

  it('moves the owner and deadline an item states into 责任人 and 完成时限', async () => {
    const r = await importSpec({
      body: [
        '机关第二党支部2026年工作计划',
        '一、政治建设',
        '1.坚持学习。每月一次。（责任人：王强；完成时限：全年）',
        '2.专题研讨。每季度一次。',
        '牵头领导：李华',
      ],
    });
    expect(r.model.plan.sections[0]!.items.map((i) => [i.title, i.content, i.owner, i.deadline])).toEqual([
      ['坚持学习', '每月一次。', '王强', '全年'],
      ['专题研讨', '每季度一次。', '李华', ''],
    ]);
  });
});
