/**
 * The standalone page as a user meets it with no Excel and no internet: office.js falls back to the
 * local copy and reports no host, the task pane generates 2027 from a pasted plan, previews the
 * three sheets, validates with the issues listed and highlighted, and the .xlsx it downloads reads back.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { SEED_PATH } from '../test/helpers/seed';
import { launch } from './chromium';
import { serve } from './serve';

const dist = path.resolve(__dirname, '../dist');
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(path.join(dist, 'taskpane.html')))
    throw new Error('dist/ is missing: run `npm run build` first');
  server = await serve(dist);
  browser = await launch();
  page = await browser.newPage({ acceptDownloads: true, locale: 'zh-CN' });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  await page.goto(`${server.url}/taskpane.html`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('starts in standalone mode, without office.js: a plain browser page is not inside Office', async () => {
  await page.getByTestId('mode').waitFor();
  expect(await page.getByTestId('mode').textContent()).toContain('独立页面');
  expect(await page.evaluate(() => typeof (window as { Office?: unknown }).Office)).toBe('undefined');
});

it('with ?office outside Office, office.js falls back to the local copy and reports no host', async () => {
  const other = await browser.newPage({ locale: 'zh-CN' });
  await other.goto(`${server.url}/taskpane.html?office`);
  await other.getByTestId('mode').waitFor();
  expect(await other.getByTestId('mode').textContent()).toContain('独立页面');
  expect(await other.evaluate(() => typeof Office)).toBe('object');
  expect(await other.getByTestId('notice').count()).toBe(0);
  await other.close();
});

it('generates 2027 from a pasted plan and previews the three sheets', async () => {
  await page.getByPlaceholder('如：机关第一党支部').fill('机关第一党支部');
  await page.getByRole('spinbutton').fill('2027');
  await page.getByRole('radio', { name: '粘贴计划文本' }).check();
  await page.getByRole('textbox', { name: '粘贴计划文本' }).fill(readFileSync(SEED_PATH, 'utf8'));
  await page.getByRole('button', { name: '生成年度表格' }).click();
  await page.getByTestId('preview').waitFor();
  expect(await page.getByTestId('notice').textContent()).toContain('已新建 2027 年的工作表');
  const tabs = page.getByTestId('preview').getByRole('tab');
  expect(await tabs.count()).toBe(3);
  expect(await page.locator('table[data-sheet="2027年工作计划"]').textContent()).toContain(
    '机关第一党支部2027年工作计划',
  );
  await tabs.nth(2).click();
  const themeDays = page.locator('table[data-sheet="2027年主题党日"]');
  expect(await themeDays.textContent()).toContain('2027年1月4日');
});

it('validates: the issues are listed by sheet and highlighted at their cells', async () => {
  await page.getByRole('button', { name: '校验', exact: true }).click();
  await page.getByText(/校验完成/).waitFor();
  const issues = page.getByTestId('issues');
  const gap = issues.locator('button[data-rule="item-numbering"]');
  expect(await gap.getAttribute('data-cell')).toBe('B7');
  expect(await issues.locator('[data-sheet="2027年工作计划"]').count()).toBe(1);
  await gap.click();
  const cell = page.locator('table[data-sheet="2027年工作计划"] td[data-cell="B7"]');
  expect(await cell.getAttribute('data-issue')).toBe('error');
  expect(await cell.textContent()).toBe('5');
});

it('downloads the .xlsx, which reads back with the three formatted sheets', async () => {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载 .xlsx' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('机关第一党支部2027年度计划.xlsx');
  const file = await download.path();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file!) as unknown as ExcelJS.Buffer);
  // The three sheets, and the base of later merges out of reach.
  expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
    ['2027年工作计划', 'visible'],
    ['2027年学习计划', 'visible'],
    ['2027年主题党日', 'visible'],
    ['~plan-base', 'veryHidden'],
  ]);
  const plan = wb.getWorksheet('2027年工作计划')!;
  expect(plan.getCell('A1').value).toBe('机关第一党支部2027年工作计划');
  expect(
    plan.getTables().length + Object.keys((plan as unknown as { tables: object }).tables).length,
  ).toBeGreaterThan(0);
  expect(consoleErrors).toEqual([]);
});

it('rolls over to 2028 and previews six sheets', async () => {
  await page.getByRole('button', { name: '滚动到下一年' }).click();
  await page.getByText(/已由 2027 年生成 2028 年的工作表/).waitFor();
  expect(await page.getByTestId('preview').getByRole('tab').count()).toBe(6);
  expect(await page.locator('table[data-sheet="2028年工作计划"]').textContent()).toContain(
    '机关第一党支部2028年工作计划',
  );
  expect(consoleErrors).toEqual([]);
});

it('turns a rule off in the validation settings, kept in this browser across a reload', async () => {
  await page.getByRole('button', { name: '校验设置' }).click();
  const panel = page.getByTestId('settings');
  await panel.getByRole('checkbox', { name: /item-numbering/ }).uncheck();
  await page.keyboard.press('Escape'); // the drawer closes
  await panel.waitFor({ state: 'detached' });
  await page.getByRole('button', { name: '校验', exact: true }).click();
  await page.getByText(/校验完成：0 个错误/).waitFor();
  expect(await page.getByTestId('issues').locator('button[data-rule="item-numbering"]').count()).toBe(0);

  await page.reload();
  await page.getByTestId('mode').waitFor();
  await page.getByRole('button', { name: '校验设置' }).click();
  expect(
    await page
      .getByTestId('settings')
      .getByRole('checkbox', { name: /item-numbering/ })
      .isChecked(),
  ).toBe(false);
  await page.keyboard.press('Escape');
  await page.getByTestId('settings').waitFor({ state: 'detached' });
  expect(consoleErrors).toEqual([]);
});

it('generates a year from the built-in template with no issue, and says so', async () => {
  await page.getByRole('spinbutton', { name: '年度' }).fill('2030');
  await page.getByRole('radio', { name: '内置模板' }).check();
  await page.getByRole('button', { name: '生成年度表格' }).click();
  await page.getByText(/已新建 2030 年的工作表/).waitFor();
  expect(await page.getByTestId('notice').textContent()).toContain('校验通过，没有发现问题。');
  expect(await page.getByTestId('issues').locator('button').count()).toBe(0);
  expect(consoleErrors).toEqual([]);
});
