/**
 * Importing large documents through the CLI as a whole process (`node scripts/cli.js import …`), as
 * users start it: a Word plan of about 50 pages (sections and items in automatic numbering, a study
 * table and a theme-day table) and a plan text of 5,000 lines. Reported, never asserted.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildDocx, type BlockSpec } from '../test/helpers/docx';
import { wholeProcess, type Timing } from './timings';

const SENTENCE =
  '坚持以党的创新理论武装头脑，把学习教育同推动本单位中心工作结合起来，做到学思用贯通、知信行统一。';
const NUMERALS = '一二三四五六七八九十';

/** About 50 pages: 12 sections of 30 items of two long sentences, and two month tables. */
export async function bigDocx(): Promise<Buffer> {
  const body: BlockSpec[] = [{ text: '机关第一党支部2026年工作计划', strong: true, align: 'center' }];
  body.push('2026年，党支部坚持围绕中心、建设队伍、服务群众，推动党建工作和业务工作深度融合。');
  for (let s = 0; s < 12; s++) {
    body.push({ list: { ref: 'plan', level: 0 }, text: `第${s + 1}方面重点工作` });
    for (let i = 0; i < 30; i++)
      body.push({ list: { ref: 'plan', level: 2 }, bold: `重点任务${i + 1}。`, text: SENTENCE + SENTENCE });
  }
  body.push('附件1', '党员2026年度每月学习计划');
  body.push({
    table: {
      rows: [
        ['月份', '学习主题', '学习内容', '学习形式', '学时', '负责人'],
        ...Array.from({ length: 12 }, (_, m) => [
          `${m + 1}月`,
          `第${m + 1}月学习专题`,
          SENTENCE,
          '集中学习',
          '3',
          '宣传委员',
        ]),
      ],
    },
  });
  body.push('附件2', '2026年度主题党日活动计划表', '每月第一个星期五为固定主题党日。');
  body.push({
    table: {
      rows: [
        ['月份', '活动主题', '活动内容', '活动形式', '活动地点', '参加人员', '负责人'],
        ...Array.from({ length: 12 }, (_, m) => [
          `${m + 1}月`,
          `第${m + 1}月主题党日`,
          SENTENCE,
          '主题党日',
          '党员活动室',
          '全体党员',
          '支部书记',
        ]),
      ],
    },
  });
  return buildDocx({ lists: { plan: 'plan' }, body });
}

/** 5,000 lines: sections of items, each item followed by continuation paragraphs. */
export function bigText(): string {
  const lines = ['机关第一党支部2026年工作计划', '2026年，党支部坚持围绕中心、建设队伍、服务群众。'];
  let s = 0;
  while (lines.length < 5000) {
    lines.push(`${NUMERALS[s % 10]}、第${s + 1}方面重点工作`);
    for (let i = 1; i <= 20 && lines.length < 5000; i++)
      lines.push(`${i}.重点任务${i}。${SENTENCE}`, SENTENCE);
    s++;
  }
  return lines.join('\n') + '\n';
}

/** Median wall time of `import FILE --year 2026 --out …` as a whole process. */
export function cliImport(file: Buffer | string, name: string, runs = 5): Promise<Timing> {
  return wholeProcess(
    (out, dir) => ['import', path.join(dir, name), '--year', '2026', '--out', out],
    runs,
    (dir) => fs.writeFileSync(path.join(dir, name), file),
  );
}
