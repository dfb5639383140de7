/**
 * Screenshot of the task pane for the README: the built standalone page in headless Chromium, after
 * generating 2027 from the built-in template and validating. Run `npm run build` first, then `npx tsx scripts/screenshot-taskpane.ts`.
 */
import path from 'node:path';
import { launch } from '../e2e/chromium';
import { serve } from '../e2e/serve';

async function main() {
  const server = await serve(path.resolve(__dirname, '../dist'));
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 420, height: 1100 }, locale: 'zh-CN' });
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByPlaceholder('如：机关第一党支部').fill('机关第一党支部');
    await page.getByRole('spinbutton', { name: '年度' }).fill('2027');
    await page.getByRole('button', { name: '生成年度表格' }).click();
    await page.getByTestId('preview').waitFor();
    await page.getByRole('button', { name: '校验', exact: true }).click();
    await page.getByText(/校验(完成|通过)/).waitFor();
    const out = path.resolve(__dirname, '../docs/taskpane.png');
    await page.screenshot({ path: out, clip: { x: 0, y: 0, width: 420, height: 1100 } });
    console.log(out);
  } finally {
    await browser.close();
    await server.close();
  }
}

void main();
