/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
/**
 * 从文件导入 in the task pane: files chosen or dropped are read (a bad one says why in one line, the
 * others still import), what they hold is shown before anything is written, and 生成年度表格 generates
 * the year from them, the sheets they lack from the built-in template.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { TextDecoder, TextEncoder } from 'node:util';
import { renderPane } from '../helpers/pane';
import { initI18n } from '../../src/taskpane/i18n';
import type { CellValue } from '../../src/sheets/spec';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { buildDocx } from '../helpers/docx';
import { fillInJsdom } from '../helpers/jsdom';

/** Last year's plan with its study plan; no theme-day plan; a line above the title. */
const PLAN = [
  '本文系作者原创投稿，仅供学习参考',
  '机关党支部2026年工作计划',
  '一、政治建设',
  '1.加强理论学习。坚持集中学和自学相结合。',
  '2.严肃组织生活。落实三会一课。',
  '二、组织建设',
  '3.规范党员发展。严格程序。',
  '附件1：',
  '党员2026年度每月学习计划安排',
  '一、学习要求',
  '坚持集中学习与个人自学相结合。',
  '二、学习任务',
  '1月：学习党章，理解条文。',
  '2月：学习准则，对照检查。',
  '3月：学习条例，明确纪律。',
].join('\n');

/** A theme-day plan of its own, with its fixed day and a line that has no place. */
const THEME_DAYS = [
  '机关党支部2026年主题党日活动计划表',
  '固定活动日：每月最后一个星期五',
  '这一行不是月份',
  '3月：学雷锋，志愿服务。',
  '7月：重温入党誓词。',
].join('\n');

function textFile(text: string, name: string): File {
  return new File([text], name, { type: 'text/plain' });
}

async function renderApp(port = XlsxWorkbook.create(), lang: 'zh-CN' | 'en-US' = 'zh-CN') {
  const i18n = await initI18n(lang);
  await renderPane(i18n, { port, mode: 'standalone', initialYear: 2027 });
  return port;
}

/** Reading loads the reader and the core (compiled on a first run): more than waitFor's default 1 s. */
const SLOW = { timeout: 10_000 };

/** Choose 从文件导入 and wait for its panel. */
async function importFiles(name = '从文件导入') {
  fireEvent.click(screen.getByRole('radio', { name }));
  return screen.findByTestId('drop-zone', {}, SLOW);
}

function choose(...files: File[]) {
  fireEvent.change(screen.getByLabelText('选择文件'), { target: { files } });
}

async function summary(text: string) {
  await waitFor(() => expect(screen.getByTestId('import-summary').textContent).toContain(text), SLOW);
  return screen.getByTestId('import-summary');
}

function kindLine(kind: string) {
  return screen.getByTestId('import-summary').querySelector(`li[data-kind="${kind}"]`)!.textContent;
}

function fileItems() {
  return screen.queryAllByTestId('import-file').map((li) => li.textContent);
}

async function sheetRows(port: XlsxWorkbook, name: string): Promise<CellValue[][]> {
  const [grid] = await port.readSheets([name]);
  return grid!.values;
}

beforeAll(() => {
  fillInJsdom();
  // jsdom lacks these, which browsers have: the reader decodes with TextDecoder, the pane reads Blobs.
  Object.assign(globalThis, { TextDecoder, TextEncoder });
  Blob.prototype.arrayBuffer ??= function (this: Blob) {
    return new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  };
});

describe('importing files in the task pane', () => {
  it('shows what a chosen .txt holds, then what a dropped one adds; a file can be removed', async () => {
    await renderApp();
    const zone = await importFiles();
    expect(zone.getAttribute('role')).toBe('group');
    expect(within(zone).getByRole('button', { name: '选择文件' })).toBeTruthy();
    const input = screen.getByLabelText('选择文件') as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(input.accept).toBe('.docx,.txt');
    expect(input.multiple).toBe(true);
    // Nothing to generate from yet.
    expect(screen.getByRole('button', { name: '生成年度表格' }).hasAttribute('disabled')).toBe(true);

    choose(textFile(PLAN, 'plan-2026.txt'));
    await summary('工作计划：2 个部分、3 项');
    expect(kindLine('study')).toBe('学习计划：3 个月（缺 4月、5月、6月、7月、8月、9月、10月、11月、12月）');
    expect(kindLine('themeDays')).toBe('主题党日：文件中没有，将按内置模板生成');
    expect(screen.getByTestId('import-from-files').textContent).toBe('由文件填写：工作计划、学习计划');
    expect(screen.getByTestId('import-from-template').textContent).toBe('按内置模板生成：主题党日');
    expect(screen.queryByTestId('import-rule')).toBeNull();
    expect(fileItems()).toEqual(['plan-2026.txt移除']);

    // The lines not placed: folded, then listed with file, place and text.
    const more = screen.getByRole('button', { name: '未导入的内容：1 处' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByTestId('import-unplaced')).toBeNull();
    fireEvent.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    const unplaced = screen.getByTestId('import-unplaced');
    expect([...unplaced.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'plan-2026.txt 第1行本文系作者原创投稿，仅供学习参考 — 在标题之前（来源、作者、发布时间等）',
    ]);

    // A second file dropped on the zone fills the theme days, with its fixed day.
    fireEvent.drop(zone, {
      dataTransfer: { files: [textFile(THEME_DAYS, 'theme-2026.txt')], types: ['Files'] },
    });
    await summary('主题党日：2 次');
    expect(kindLine('themeDays')).toBe(
      '主题党日：2 次（缺 1月、2月、4月、5月、6月、8月、9月、10月、11月、12月）',
    );
    expect(screen.getByTestId('import-from-files').textContent).toBe(
      '由文件填写：工作计划、学习计划、主题党日',
    );
    expect(screen.queryByTestId('import-from-template')).toBeNull();
    expect(fileItems()).toEqual(['plan-2026.txt移除', 'theme-2026.txt移除']);
    const rule = screen.getByTestId('import-rule');
    expect(rule.textContent).toContain('固定活动日：每月最后一个星期五');
    // The files' fixed day is taken into the form as soon as it is found.
    await waitFor(() =>
      expect((screen.getByRole('combobox', { name: '主题党日固定活动日' }) as HTMLInputElement).value).toBe(
        '每月最后一个星期五',
      ),
    );
    expect(rule.textContent).not.toContain('生成时按上方');
    expect(
      [...screen.getByTestId('import-unplaced').querySelectorAll('li')].map((li) => li.dataset.at),
    ).toEqual(['第1行']);
    // The theme-day file's paragraph before its months is kept in that sheet, not reported.
    expect(screen.getByTestId('import-unplaced').textContent).not.toContain('这一行不是月份');

    // Another rule chosen in the form: the summary says so and offers the files' rule back.
    fireEvent.change(screen.getByRole('combobox', { name: '主题党日固定活动日' }), {
      target: { value: '每月20日' },
    });
    await waitFor(() =>
      expect(screen.getByTestId('import-rule').textContent).toContain('生成时按上方设置的“每月20日”排期'),
    );
    fireEvent.click(within(screen.getByTestId('import-rule')).getByRole('button', { name: '改用此规则' }));
    expect((screen.getByRole('combobox', { name: '主题党日固定活动日' }) as HTMLInputElement).value).toBe(
      '每月最后一个星期五',
    );

    // Removing the theme-day file brings the template back for that sheet.
    fireEvent.click(screen.getByRole('button', { name: '移除 theme-2026.txt' }));
    await waitFor(() => expect(kindLine('themeDays')).toBe('主题党日：文件中没有，将按内置模板生成'));
    expect(fileItems()).toEqual(['plan-2026.txt移除']);
    fireEvent.click(screen.getByRole('button', { name: '移除 plan-2026.txt' }));
    await waitFor(() => expect(screen.queryByTestId('import-summary')).toBeNull());
    expect(screen.getByRole('button', { name: '生成年度表格' }).hasAttribute('disabled')).toBe(true);
  });

  it('a bad file says why in one line; the others still import', async () => {
    await renderApp();
    await importFiles();
    const pdf = new File([new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n')], '2026年计划.pdf');
    choose(pdf, textFile(PLAN, 'plan-2026.txt'));
    await summary('工作计划：2 个部分、3 项');
    const bad = screen.getAllByTestId('import-file').find((li) => li.dataset.status === 'failed')!;
    expect(within(bad).getByTestId('import-file-message').textContent).toBe(
      '2026年计划.pdf：这是 PDF，无法读取其中的段落；请在 Word 或 WPS 中打开，另存为 .docx 后再导入，或复制文字后粘贴导入',
    );
    expect(screen.getAllByTestId('import-file').map((li) => li.dataset.status)).toEqual(['failed', 'read']);
    expect(screen.getByRole('button', { name: '生成年度表格' }).hasAttribute('disabled')).toBe(false);
  });

  it('reads a .docx: its table rows are placed, and a row without a month is reported at 表1第4行', async () => {
    await renderApp();
    await importFiles();
    const docx = await buildDocx({
      body: [
        { text: '机关党支部2026年主题党日活动计划表', align: 'center', strong: true },
        '固定活动日：每月第二个星期五',
        {
          table: {
            rows: [
              ['月份', '活动主题', '活动内容'],
              ['1月', '新年新起点', '谋划年度工作'],
              ['2月', '廉洁过节', '观看警示教育片'],
              ['', '说明', '遇节假日顺延'],
            ],
          },
        },
      ],
    });
    choose(new File([new Uint8Array(docx)], '主题党日.docx'));
    await summary('主题党日：2 次');
    expect(screen.getByTestId('import-from-template').textContent).toBe('按内置模板生成：工作计划、学习计划');
    expect(screen.getByTestId('import-rule').textContent).toContain('固定活动日：每月第二个星期五');
    fireEvent.click(screen.getByRole('button', { name: '未导入的内容：1 处' }));
    expect(screen.getByTestId('import-unplaced').textContent).toBe(
      '主题党日.docx 表1第4行说明 | 遇节假日顺延 — 没有月份，无法归入某个月',
    );
  });

  it('generates the year from the files, the sheets they lack from the template', async () => {
    const port = await renderApp();
    await importFiles();
    choose(textFile(PLAN, 'plan-2026.txt'), textFile(THEME_DAYS, 'theme-2026.txt'));
    await summary('主题党日：2 次');
    await waitFor(() =>
      expect((screen.getByRole('combobox', { name: '主题党日固定活动日' }) as HTMLInputElement).value).toBe(
        '每月最后一个星期五',
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: '生成年度表格' }));
    await waitFor(
      () => expect(screen.getByTestId('notice').textContent).toContain('已新建 2027 年的工作表'),
      SLOW,
    );
    expect(await port.listSheets()).toEqual(['2027年工作计划', '2027年学习计划', '2027年主题党日']);

    // The form's year, the files' sections, items and months.
    const plan = await sheetRows(port, '2027年工作计划');
    expect(plan[0]![0]).toBe('机关党支部2027年工作计划');
    expect(plan.slice(2).map((r) => r.slice(0, 4))).toEqual([
      ['一、政治建设', '1', '加强理论学习', '坚持集中学和自学相结合。'],
      ['一、政治建设', '2', '严肃组织生活', '落实三会一课。'],
      ['二、组织建设', '3', '规范党员发展', '严格程序。'],
    ]);
    const study = await sheetRows(port, '2027年学习计划');
    expect(study.filter((r) => typeof r[0] === 'number').map((r) => [r[0], r[1]])).toEqual([
      [1, '学习党章'],
      [2, '学习准则'],
      [3, '学习条例'],
    ]);
    // The theme days on the file's rule, now the form's: the last Fridays of March and July 2027.
    const themeDays = await sheetRows(port, '2027年主题党日');
    expect(themeDays[1]![0]).toMatch(/^固定活动日：每月最后一个星期五/);
    const dated = themeDays.filter((r) => typeof r[0] === 'number').map((r) => r.slice(0, 3));
    expect(dated).toEqual([
      [3, { date: '2027-03-26' }, '学雷锋'],
      [7, { date: '2027-07-30' }, '重温入党誓词'],
    ]);
    // What was not placed is reported with the validation issues.
    const issues = screen.getByTestId('issues');
    expect(issues.querySelectorAll('button[data-rule="import-unplaced"]')).toHaveLength(1);
  });

  it('fills the sheets the files lack from the built-in template, and says so', async () => {
    const port = await renderApp();
    await importFiles();
    choose(textFile(PLAN, 'plan-2026.txt'));
    await summary('按内置模板生成：主题党日');
    fireEvent.click(screen.getByRole('button', { name: '生成年度表格' }));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('已新建 2027 年'), SLOW);
    const themeDays = await sheetRows(port, '2027年主题党日');
    expect(themeDays.filter((r) => typeof r[0] === 'number')).toHaveLength(12);
    expect(
      screen.getByTestId('issues').querySelector('button[data-rule="import-template-kinds"]')!.textContent,
    ).toContain('导入的文件中没有主题党日活动计划');
  });

  it('speaks English', async () => {
    await renderApp(XlsxWorkbook.create(), 'en-US');
    await importFiles('Import files');
    fireEvent.change(screen.getByLabelText('Choose files'), {
      target: { files: [textFile(PLAN, 'plan-2026.txt')] },
    });
    await summary('Work plan: 2 sections, 3 items');
    expect(kindLine('study')).toBe('Study plan: 3 months (months 4, 5, 6, 7, 8, 9, 10, 11, 12 missing)');
    expect(kindLine('themeDays')).toBe('No theme days in the files: generated from the built-in template');
    expect(screen.getByRole('button', { name: '1 passage was not imported' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remove plan-2026.txt' })).toBeTruthy();
  });
});
