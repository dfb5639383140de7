/**
 * The pane as users meet it at Excel's task-pane widths and on a wide page: at 350, 500 and 1280 px,
 * and at 320 px in dark mode, the whole flow (generate from a pasted plan, validate, an issue shown,
 * the settings drawer, the format question, roll-over) never scrolls the page sideways, axe-core finds no violation in any state, no request leaves the
 * page's origin and the Content-Security-Policy is never broken. Then the flow by keyboard alone, the
 * en-US pane with no Chinese outside the sheets' own content, and the start before office.js settles.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SEED_PATH } from '../test/helpers/seed';
import { launch } from './chromium';
import { serve } from './serve';

const dist = path.resolve(__dirname, '../dist');
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const SEED = readFileSync(SEED_PATH, 'utf8');
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(path.join(dist, 'taskpane.html')))
    throw new Error('dist/ is missing: run `npm run build` first');
  server = await serve(dist);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Watch {
  page: Page;
  context: BrowserContext;
  /** Requests to any other origin than the page's. */
  offOrigin: string[];
  errors: string[];
}

/** A page at a width, recording every request, page error and CSP violation. */
async function open(
  width: number,
  query = '',
  locale = 'zh-CN',
  colorScheme: 'light' | 'dark' = 'light',
): Promise<Watch> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, locale, colorScheme });
  const page = await context.newPage();
  const origin = new URL(server.url).origin;
  const watch: Watch = { page, context, offOrigin: [], errors: [] };
  context.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'blob:' && url.protocol !== 'data:' && url.origin !== origin)
      watch.offOrigin.push(r.url());
  });
  page.on('pageerror', (e) => watch.errors.push(e.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { __csp?: string[] };
      (w.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(`${server.url}/taskpane.html${query}`);
  await page.getByTestId('mode').waitFor();
  return watch;
}

/** What must hold in every state: no sideways scroll, no axe violation, no CSP violation. */
async function checkState(w: Watch, state: string): Promise<void> {
  const { page } = w;
  // Settled: the action finished, and no hover colours half-way through their transitions.
  await page.getByRole('progressbar').waitFor({ state: 'detached' });
  await page.mouse.move(1, 1);
  await page.waitForTimeout(400);
  const overflow = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect({ state, ...overflow, fits: overflow.scroll <= overflow.client }).toEqual({
    state,
    ...overflow,
    fits: true,
  });
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(o?: object): Promise<{ violations: unknown[] }> } }).axe;
    const r = await axe.run({ resultTypes: ['violations'] });
    return (r.violations as { id: string; nodes: { target: string[] }[] }[]).map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
  expect({ state, violations }).toEqual({ state, violations: [] });
  const csp = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
  expect({ state, csp }).toEqual({ state, csp: [] });
}

async function done(w: Watch): Promise<void> {
  expect(w.offOrigin).toEqual([]);
  expect(w.errors).toEqual([]);
  await w.context.close();
}

// Excel's task pane is 320–500 px wide; the narrowest in dark mode (the pane follows the system's
// colours on the standalone page, Office's theme inside Excel), where axe checks the dark contrasts.
describe.each([
  [350, 'light'],
  [500, 'light'],
  [1280, 'light'],
  [320, 'dark'],
] as const)('at %i px, %s', (width, scheme) => {
  it('the whole flow fits, is axe clean, stays on its origin and within its CSP', async () => {
    const w = await open(width, '', 'zh-CN', scheme);
    const { page } = w;
    const background = await page
      .locator('.fui-FluentProvider')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    const [r = 0, g = 0, b = 0] = (background.match(/\d+/g) ?? []).map(Number);
    expect({ background, dark: r + g + b < 3 * 128 }).toEqual({ background, dark: scheme === 'dark' });
    await checkState(w, 'opened');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    // The standalone page loads no office.js at all.
    expect(await page.evaluate(() => typeof (window as { Office?: unknown }).Office)).toBe('undefined');

    await page.getByPlaceholder('如：机关第一党支部').fill('机关第一党支部');
    await page.getByRole('spinbutton').fill('2027');
    await page.getByRole('radio', { name: '粘贴计划文本' }).check();
    await page.getByRole('textbox', { name: '粘贴计划文本' }).fill(SEED);
    await checkState(w, 'text pasted');
    await page.getByRole('button', { name: '生成年度表格' }).click();
    await page.getByTestId('preview').waitFor();
    await page.getByTestId('notice').waitFor();
    await checkState(w, 'generated');
    const view = await page.getByTestId('preview').getByRole('region').getAttribute('data-view');
    expect(view).toBe(width >= 1000 ? 'table' : 'cards');

    await page.getByRole('button', { name: '校验', exact: true }).click();
    await page.getByText(/校验完成/).waitFor();
    const gap = page.getByTestId('issues').locator('button[data-rule="item-numbering"]');
    await gap.click();
    // The cell is shown with its row and the column's name.
    const cell = page.locator('[data-testid="preview"] [data-cell="B7"]');
    expect(await cell.getAttribute('data-issue')).toBe('error');
    expect(await cell.isVisible()).toBe(true);
    if (width < 1000) {
      const card = page.locator('article', { has: page.locator('[data-cell="B7"]') });
      expect(await card.textContent()).toContain('第 7 行');
      expect(await card.locator('dt').allTextContents()).toContain('序号');
    }
    await checkState(w, 'validated, issue shown');

    await page.getByRole('button', { name: '校验设置' }).click();
    await page.getByTestId('settings').waitFor();
    await checkState(w, 'settings open');
    await page.keyboard.press('Escape');
    await page.getByTestId('settings').waitFor({ state: 'detached' });

    await page.getByRole('button', { name: '一键格式化' }).click();
    await page.getByRole('dialog', { name: '按标准版式重建工作表？' }).waitFor();
    await checkState(w, 'asked before formatting');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });

    await page.getByRole('button', { name: '滚动到下一年' }).click();
    await page.getByText(/已由 2027 年生成 2028 年的工作表/).waitFor();
    const tabs = page.getByTestId('preview').getByRole('tab');
    expect(await tabs.count()).toBe(6);
    // The selected tab (the new year's first sheet) is in view: the tabs wrap.
    const selected = page.getByTestId('preview').getByRole('tab', { selected: true });
    expect(await selected.textContent()).toBe('2028年工作计划');
    const box = (await selected.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    await checkState(w, 'rolled over');
    await done(w);
  });
});

/** Press Tab until the focused element's accessible text matches; fails after 80 presses. */
async function tabTo(page: Page, name: RegExp): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      // The page itself, or a focus manager's stand-in on the way to the next control.
      if (!el || el === document.body || el.hasAttribute('data-tabster-dummy')) return '';
      const label = el.getAttribute('aria-label') ?? '';
      const labelled = el.id ? (document.querySelector(`label[for="${el.id}"]`)?.textContent ?? '') : '';
      return `${label} ${labelled} ${el.textContent ?? ''} ${el.getAttribute('placeholder') ?? ''}`;
    });
    if (name.test(focused)) return;
  }
  throw new Error(`nothing matching ${name} is reached by Tab`);
}

/** The value `get` gives once `ok` holds, or the last one after `ms`. */
async function eventually<T>(get: () => Promise<T>, ok: (v: T) => boolean, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  let v = await get();
  while (!ok(v) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    v = await get();
  }
  return v;
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

it('the whole flow by keyboard alone, focus back on the pressed button after each action', async () => {
  const w = await open(350);
  const { page } = w;
  await tabTo(page, /支部名称|机关第一党支部/);
  await page.keyboard.type('机关第二党支部');
  await tabTo(page, /年度/);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2027');
  await tabTo(page, /生成年度表格/);
  await page.keyboard.press('Enter');
  await page.getByTestId('preview').waitFor();
  await page.getByText(/已新建 2027 年的工作表/).waitFor();
  expect(
    await eventually(
      () => focusedText(page),
      (t) => t === '生成年度表格',
    ),
  ).toBe('生成年度表格');

  await tabTo(page, /^\s*校验\s*$/);
  await page.keyboard.press('Space');
  await page.getByText(/校验/).first().waitFor();
  expect(
    await eventually(
      () => focusedText(page),
      (t) => t === '校验',
    ),
  ).toBe('校验');

  await tabTo(page, /校验设置/);
  await page.keyboard.press('Enter');
  await page.getByTestId('settings').waitFor();
  await page.keyboard.press('Escape');
  await page.getByTestId('settings').waitFor({ state: 'detached' });
  expect(
    await eventually(
      () => focusedText(page),
      (t) => t === '校验设置',
    ),
  ).toBe('校验设置');

  await tabTo(page, /下载 \.xlsx/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toBe('机关第二党支部2027年度计划.xlsx');
  await done(w);
});

it('announces each notice through a live region', async () => {
  const w = await open(500);
  const { page } = w;
  await page.getByRole('spinbutton').fill('2031');
  await page.getByRole('button', { name: '生成年度表格' }).click();
  await page
    .getByText(/已新建 2031 年的工作表/)
    .first()
    .waitFor();
  const live = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('[aria-live]')].map((e) => e.textContent ?? '').join(' '),
    );
  expect(await eventually(live, (t) => t.includes('已新建 2031 年的工作表'))).toContain(
    '已新建 2031 年的工作表',
  );
  await done(w);
});

/** Text shown as UI: every text node and label, outside what the sheets and the user hold. */
function uiText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // Content: the sheets' preview and tabs, what the user typed, and Chinese marked as such (lang).
    // An issue's message quotes the cells and the terms it is about: withoutQuotes takes out the
    // quotes of the sheets' words (the era terms and headers it names are added to them below).
    const content = '[data-testid="preview"] [data-sheet], [role="tab"], input, textarea, [lang="zh-CN"]';
    const marked = '[lang="zh-CN"]';
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim();
      if (text && !n.parentElement?.closest(content)) out.push(text);
    }
    for (const el of document.querySelectorAll('[aria-label], [placeholder], [title]'))
      if (!el.closest(content) || (el.matches('input, textarea') && !el.closest(marked)))
        for (const a of ['aria-label', 'placeholder', 'title']) {
          const v = el.getAttribute(a);
          if (v) out.push(v);
        }
    return out;
  });
}

const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;
const CJK_RUNS = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]+/g;

/**
 * What is left of a UI text once the sheets' own words are taken out: every run of Chinese it quotes
 * from `content` (the pasted plan and every sheet of the preview), as messages quote the cells they
 * are about. Chinese the UI wrote itself is left.
 */
function withoutQuotes(text: string, content: string): string {
  return text.replace(CJK_RUNS, (run) => (content.includes(run) ? '' : run));
}

/** The text of every sheet in the preview, each tab chosen in turn. */
async function sheetsText(page: Page): Promise<string> {
  const tabs = page.getByTestId('preview').getByRole('tab');
  let text = '';
  for (let i = 0; i < (await tabs.count()); i++) {
    await tabs.nth(i).click();
    text += `${await tabs.nth(i).textContent()}\n${await page.getByTestId('preview').getByRole('region').textContent()}\n`;
  }
  return text;
}

it('in en-US: html lang follows, and no Chinese outside the sheets’ own content', async () => {
  const w = await open(350, '?lang=en-US', 'en-US');
  const { page } = w;
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-US');
  expect(await page.title()).not.toMatch(CJK);
  let content = SEED;
  const chinese = async (state: string) => ({
    state,
    chinese: (await uiText(page)).filter((t) => CJK.test(withoutQuotes(t, content))),
  });
  expect(await chinese('opened')).toEqual({ state: 'opened', chinese: [] });
  await page.getByRole('spinbutton').fill('2027');
  await page.getByRole('radio', { name: /Paste/ }).check();
  await page.getByRole('textbox', { name: /Paste/ }).fill(SEED);
  await page.getByRole('button', { name: /Generate/ }).click();
  await page.getByTestId('preview').waitFor();
  await page.getByRole('button', { name: /^Validate$/ }).click();
  await page.getByTestId('issues').waitFor();
  content += await sheetsText(page);
  // What messages may quote beside the cells: the study focus the sheets are to name (the focus
  // field's placeholder), the era terms the staleness rule looks for, and the sheets' headers.
  content += (await page.locator('textarea[lang="zh-CN"]').getAttribute('placeholder')) ?? '';
  content += '十九届四中全会 学时 负责人 责任人';
  expect(await chinese('validated')).toEqual({ state: 'validated', chinese: [] });
  await page.getByRole('button', { name: /Validation settings/ }).click();
  await page.getByTestId('settings').waitFor();
  expect(await chinese('settings')).toEqual({ state: 'settings', chinese: [] });
  await done(w);
});

it('shows its frame at once, and runs standalone with a note when office.js hangs', async () => {
  const context = await browser.newContext({ viewport: { width: 350, height: 800 }, locale: 'zh-CN' });
  const page = await context.newPage();
  // Inside Office (?office forces the signs) with a CDN that never answers.
  await page.route('https://appsforoffice.microsoft.com/**', () => undefined);
  // Not waiting for the load event: the script that never arrives holds it back.
  await page.goto(`${server.url}/taskpane.html?office`, { waitUntil: 'domcontentloaded' });
  await page.getByTestId('starting').waitFor();
  expect(await page.getByTestId('mode').count()).toBe(0);
  await page.getByTestId('mode').waitFor({ timeout: 15_000 });
  expect(await page.getByTestId('notice').textContent()).toContain('Office 长时间没有响应');
  // The form works as the standalone page's.
  await page.getByRole('spinbutton').fill('2032');
  await page.getByRole('button', { name: '生成年度表格' }).click();
  await page.getByText(/已新建 2032 年的工作表/).waitFor();
  await context.close();
});
