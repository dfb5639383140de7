/**
 * Screenshots for the README: the built standalone page in headless Chromium, after generating 2027
 * from the built-in template and validating — at a task pane's width (docs/taskpane.png, the preview as
 * cards) and in a wide browser window (docs/standalone-wide.png, the preview as a table beside the
 * form). Run `npm run build` first, then `npx tsx scripts/screenshot-taskpane.ts`.
 */
import path from 'node:path';
import { launch } from '../e2e/chromium';
import { serve } from '../e2e/serve';

async function main() {
  const server = await serve(path.resolve(__dirname, '../dist'));
  const browser = await launch();
  try {
    for (const [name, width, height] of [
      ['taskpane.png', 360, 1400],
      ['standalone-wide.png', 1280, 800],
    ] as const) {
      const page = await browser.newPage({ viewport: { width, height }, locale: 'zh-CN' });
      await page.goto(`${server.url}/taskpane.html`);
      await page.getByPlaceholder('如：机关第一党支部').fill('机关第一党支部');
      await page.getByRole('spinbutton', { name: '年度' }).fill('2027');
      await page.getByRole('button', { name: '生成年度表格' }).click();
      await page.getByTestId('preview').waitFor();
      await page.getByRole('button', { name: '校验', exact: true }).click();
      await page.getByText(/校验(完成|通过)/).waitFor();
      const out = path.resolve(__dirname, '../docs', name);
      await page.screenshot({ path: out });
      console.log(out);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

void main();
