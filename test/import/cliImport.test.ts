/**
 * Importing documents through the CLI as users run it: a Word plan, a plan and a theme-day table
 * together, a theme-day table alone (only that sheet written, the others named as not in the files),
 * and `generate --from` a theme-day table (the other sheets from the built-in template). The workbooks
 * are read back and validated.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildDocx, type DocxSpec } from '../helpers/docx';
import { cli } from '../helpers/cli';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { readYearFrom } from '../../src/workbook/years';

const dir = mkdtempSync(path.join(tmpdir(), 'plan-cli-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PLAN: DocxSpec = {
  lists: { plan: 'plan' },
  body: [
    { text: '城关第二党支部2025年工作计划', strong: true },
    '2025年，支部围绕中心工作抓党建，以党建促业务。',
    { list: { ref: 'plan', level: 0 }, text: '强化政治理论学习' },
    { list: { ref: 'plan', level: 2 }, text: '坚持集中学习。每月组织一次集中学习。' },
    { list: { ref: 'plan', level: 2 }, text: '抓好个人自学。党员每季度交一篇体会。' },
    { list: { ref: 'plan', level: 0 }, text: '严格组织生活' },
    { list: { ref: 'plan', level: 2 }, text: '落实三会一课。按期召开支部党员大会和支委会。' },
  ],
};

const THEME_TABLE: DocxSpec = {
  body: [
    { text: '2025年主题党日活动安排', strong: true },
    '支部每月第二个星期四开展主题党日活动。',
    {
      table: {
        rows: [
          ['月份', '活动主题', '活动内容', '地点', '负责人'],
          ['1月', '新年学习', '学习新年贺词，谈新年打算', '党员活动室', { text: '支部书记', rowSpan: 2 }],
          ['2月', '走访慰问', '走访困难党员', '党员家中'],
          ['3月', '志愿服务', '到社区开展志愿服务', '城关社区', '组织委员'],
        ],
      },
    },
  ],
};

async function write(name: string, spec: DocxSpec): Promise<string> {
  const file = path.join(dir, name);
  writeFileSync(file, await buildDocx(spec));
  return file;
}

async function sheetsOf(file: string): Promise<string[]> {
  const wb = await XlsxWorkbook.fromBuffer(readFileSync(file));
  return wb.listSheets();
}

describe('CLI import of Word documents', () => {
  it('imports a Word plan: its automatic numbering gives the sections and items', async () => {
    const out = path.join(dir, 'plan.xlsx');
    const r = await cli('import', await write('plan.docx', PLAN), '--year', '2025', '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2025年工作计划');
    expect(r.stdout).toContain('文件中没有每月学习计划、主题党日活动计划');
    expect(await sheetsOf(out)).toEqual(['2025年工作计划']);
    const read = await readYearFrom(await XlsxWorkbook.fromBuffer(readFileSync(out)), 2025);
    expect(
      read.model.plan.sections.map((s) => [s.numeral, s.title, s.items.map((i) => [i.number, i.title])]),
    ).toEqual([
      [
        '一',
        '强化政治理论学习',
        [
          ['1', '坚持集中学习'],
          ['2', '抓好个人自学'],
        ],
      ],
      ['二', '严格组织生活', [['1', '落实三会一课']]],
    ]);
  });

  it('imports a plan and a theme-day table together into one year', async () => {
    const out = path.join(dir, 'both.xlsx');
    const r = await cli(
      'import',
      await write('plan2.docx', PLAN),
      await write('table.docx', THEME_TABLE),
      '--year',
      '2025',
      '--out',
      out,
    );
    // Written; exit 1 for what validation finds in it (a theme-day table of a few months).
    expect(r.stdout).toMatch(/^已写入 /);
    expect(r.code).toBe(1);
    expect(await sheetsOf(out)).toEqual(['2025年工作计划', '2025年主题党日']);
    const read = await readYearFrom(await XlsxWorkbook.fromBuffer(readFileSync(out)), 2025);
    expect(read.model.themeDays.rule).toBe('每月第二个星期四');
    expect(read.model.themeDays.activities.map((a) => [a.month, a.theme, a.place, a.owner])).toEqual([
      [1, '新年学习', '党员活动室', '支部书记'],
      [2, '走访慰问', '党员家中', '支部书记'],
      [3, '志愿服务', '城关社区', '组织委员'],
    ]);
    const v = await cli('validate', out, '--json');
    const rules = (JSON.parse(v.stdout) as { issues: { rule: string }[] }).issues.map((i) => i.rule);
    expect(rules).toContain('read-kinds-missing');
    expect(rules).not.toContain('read-sheet');
  });

  it('generates a year from a theme-day table, the other sheets from the built-in template', async () => {
    const out = path.join(dir, 'gen.xlsx');
    const r = await cli(
      'generate',
      '--year',
      '2026',
      '--from',
      await write('t.docx', THEME_TABLE),
      '--out',
      out,
    );
    expect(r.code).toBeLessThanOrEqual(1);
    expect(r.stderr).toContain('import-template-kinds');
    expect(await sheetsOf(out)).toEqual(['2026年工作计划', '2026年学习计划', '2026年主题党日']);
    const read = await readYearFrom(await XlsxWorkbook.fromBuffer(readFileSync(out)), 2026);
    expect(read.model.themeDays.activities.map((a) => a.theme)).toEqual(['新年学习', '走访慰问', '志愿服务']);
    expect(read.model.study.months).toHaveLength(12);
  });

  it('refuses a workbook given to import, in one line', async () => {
    const xlsx = path.join(dir, 'plan.xlsx');
    const r = await cli('import', xlsx, '--year', '2025', '--out', path.join(dir, 'x.xlsx'));
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('Excel 工作簿');
  });
});
