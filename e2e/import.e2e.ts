/**
 * Importing last year's documents on the standalone page as a user does: 从文件导入, a Word plan (its
 * numbers are Word's automatic numbering) and a theme-day text chosen together, what was recognised
 * shown before anything is written, then the year generated from them and previewed. The reader and
 * JSZip load as chunks of their own when the source is chosen.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildDocx } from '../test/helpers/docx';
import { launch } from './chromium';
import { serve } from './serve';

const dist = path.resolve(__dirname, '../dist');
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(path.join(dist, 'taskpane.html')))
    throw new Error('dist/ is missing: run `npm run build` first');
  server = await serve(dist);
  browser = await launch();
  page = await browser.newPage({ locale: 'zh-CN' });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${server.url}/taskpane.html`);
  await page.getByTestId('mode').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const THEME_DAYS = [
  '2026年主题党日活动安排',
  '支部每月第三个星期三开展主题党日。',
  '1月：重温入党誓词，交流新年打算。',
  '2月：走访慰问困难党员。',
  '3月：学雷锋志愿服务。',
].join('\n');

it('shows what the chosen files hold, then generates the year from them', async () => {
  const plan = await buildDocx({
    lists: { plan: 'plan' },
    body: [
      { text: '机关第五党支部2026年工作计划', strong: true },
      { list: { ref: 'plan', level: 0 }, text: '加强理论武装' },
      { list: { ref: 'plan', level: 2 }, text: '坚持集中学习。每月组织一次集中学习。' },
      { list: { ref: 'plan', level: 2 }, text: '抓好个人自学。每季度交流一次体会。' },
      { list: { ref: 'plan', level: 0 }, text: '严格组织生活' },
      { list: { ref: 'plan', level: 2 }, text: '落实三会一课。按期召开支委会和党员大会。' },
    ],
  });
  await page.getByRole('spinbutton').fill('2026');
  await page.getByRole('radio', { name: '从文件导入' }).check();
  await page.getByTestId('drop-zone').waitFor();
  await page.locator('input[type="file"]').setInputFiles([
    {
      name: '工作计划.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: plan,
    },
    { name: '主题党日.txt', mimeType: 'text/plain', buffer: Buffer.from(THEME_DAYS, 'utf8') },
  ]);
  const summary = page.getByTestId('import-summary');
  await summary.getByText(/2 个部分、3 项/).waitFor();
  expect(await summary.textContent()).toContain('主题党日：3 次');
  expect(await page.getByTestId('import-rule').textContent()).toContain('每月第三个星期三');

  await page.getByRole('button', { name: '生成年度表格' }).click();
  await page.getByTestId('preview').waitFor();
  const planSheet = page.locator('table[data-sheet="2026年工作计划"]');
  expect(await planSheet.textContent()).toContain('机关第五党支部2026年工作计划');
  expect(await planSheet.textContent()).toContain('落实三会一课');
  await page.getByTestId('preview').getByRole('tab').nth(2).click();
  const themeDays = page.locator('table[data-sheet="2026年主题党日"]');
  expect(await themeDays.textContent()).toContain('学雷锋志愿服务');
  // 每月第三个星期三 in January 2026: the 21st.
  expect(await themeDays.textContent()).toContain('2026年1月21日');
  expect(pageErrors).toEqual([]);
});
