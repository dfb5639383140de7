/**
 * Speed (issue 13, item 8): how soon the task pane offers its first control, side by side with a
 * minimal React 18 + Fluent UI v9 page — one primary <Button> in a FluentProvider — that this file
 * writes and builds itself (esbuild: one minified IIFE, production React, the pane's ES2021 target,
 * loaded by a `<script defer>`, as the pane's chunks are).
 *
 * "First control": from the navigation's start (performance.now()'s origin) to the first animation
 * frame in which an enabled interactive control (button, input, textarea, select, link, or an element
 * with a control's role) is in the DOM and visible in the viewport. An init script watches the DOM with
 * a MutationObserver, checks on the next requestAnimationFrame (just before that frame is painted) and
 * keeps the time on window; it is read back after the load event.
 *
 * Each sample is a fresh browser context (nothing cached), task-pane sized, offline like the
 * standalone page (office.js's CDN refused); pane and minimal page alternate, and the medians are
 * compared. A second pass may slow the CPU down through CDP (Emulation.setCPUThrottlingRate).
 * Reported, never asserted (a wall time): the target is a ratio in budgets.json "speed".
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { launch } from '../e2e/chromium';
import { serve } from '../e2e/serve';
import { ROOT } from './bundle';
import { median, type Timing } from './timings';

const ENTRY = `import { Button, FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('container')!).render(
  <FluentProvider theme={webLightTheme}>
    <Button appearance="primary">OK</Button>
  </FluentProvider>,
);
`;

const HTML = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>minimal</title>
    <script defer src="minimal.js"></script>
  </head>
  <body>
    <div id="container"></div>
  </body>
</html>
`;

export interface MinimalPage {
  /** The page: minimal.html. */
  dir: string;
  rawBytes: number;
  /** zlib's default level, as bench/bundle.ts measureInitial gzips the pane's scripts. */
  gzipBytes: number;
}

/** Writes the minimal page's entry and HTML into `dir` and builds its script next to them. */
export async function buildMinimal(dir: string): Promise<MinimalPage> {
  const entry = path.join(dir, 'minimal.tsx');
  const outfile = path.join(dir, 'minimal.js');
  fs.writeFileSync(entry, ENTRY);
  fs.writeFileSync(path.join(dir, 'minimal.html'), HTML);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2021', // tsconfig.json's, which the pane's ts-loader compiles to
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    nodePaths: [path.join(ROOT, 'node_modules')], // the repo's React and Fluent UI, from a temp dir
    logLevel: 'error',
  });
  const code = fs.readFileSync(outfile);
  return { dir, rawBytes: code.length, gzipBytes: zlib.gzipSync(code).length };
}

declare global {
  interface Window {
    __firstControl?: { ms: number; control: string };
  }
}

/** Runs in the page before its own scripts: keeps on window when the first control is shown. */
function watchFirstControl() {
  const CONTROLS = [
    'button',
    'input:not([type=hidden])',
    'textarea',
    'select',
    'a[href]',
    ...['button', 'link', 'checkbox', 'radio', 'switch', 'combobox', 'textbox', 'searchbox', 'slider']
      .concat(['spinbutton', 'tab', 'menuitem', 'option'])
      .map((role) => `[role=${role}]`),
  ].join(',');
  const shown = (el: Element) => {
    if ((el as HTMLButtonElement).disabled || el.closest('[aria-disabled=true],[inert],[aria-hidden=true]'))
      return false;
    const r = el.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0 || r.bottom <= 0 || r.right <= 0) return false;
    if (r.top >= innerHeight || r.left >= innerWidth) return false;
    // Opacity on the ancestors only: Fluent's radios and checkboxes are transparent native inputs.
    return (
      el.checkVisibility({ visibilityProperty: true }) &&
      (el.parentElement?.checkVisibility({ opacityProperty: true }) ?? true)
    );
  };
  let pending = false;
  const check = () => {
    pending = false;
    const candidates = document.querySelectorAll(CONTROLS);
    const first = [...candidates].find(shown);
    if (first) {
      const type = first.getAttribute('type') ?? first.getAttribute('role');
      const name =
        first.getAttribute('aria-label') ?? (first.textContent || first.getAttribute('placeholder'));
      window.__firstControl = {
        ms: performance.now(),
        control: `${first.tagName.toLowerCase()}${type ? `[${type}]` : ''} "${(name ?? '').trim().slice(0, 30)}"`,
      };
      observer.disconnect();
    } else if (candidates.length) schedule(); // there but not shown yet (styles, a fade): every frame
  };
  const schedule = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(check);
  };
  const observer = new MutationObserver(schedule);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

/** tsx (esbuild's keepNames) wraps the function's inner functions in __name(), which the page lacks. */
export const INIT_SCRIPT = `(() => { const __name = (f) => f; (${watchFirstControl.toString()})(); })();`;

const CDN = 'https://appsforoffice.microsoft.com/**';

/** One load of `url` in a fresh context: the first control's time and what it was. */
async function sample(browser: Browser, url: string, cpuSlowdown: number) {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 360, height: 720 } });
  try {
    await context.route(CDN, (route) => route.abort('internetdisconnected'));
    await context.addInitScript({ content: INIT_SCRIPT });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    if (cpuSlowdown > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    await page.goto(url, { waitUntil: 'load' });
    const found = await page.waitForFunction(() => window.__firstControl, null, { timeout: 60_000 });
    if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
    return (await found.jsonValue()) as NonNullable<Window['__firstControl']>;
  } finally {
    await context.close();
  }
}

export interface FirstControl {
  pane: Timing;
  minimal: Timing;
  /** The pane's median over the minimal page's. */
  ratio: number;
  /** What each page showed first (the last sample's). */
  controls: { pane: string; minimal: string };
}

const round = (n: number, to = 10) => Math.round(n * to) / to;

/**
 * The pane's built taskpane.html in `paneDir` and the minimal page built into `minimalDir`, `runs`
 * loads each, alternating, with the CPU `cpuSlowdown` times slower (1: as it is).
 */
export async function firstControl(
  paneDir: string,
  minimalDir: string,
  runs = 7,
  cpuSlowdown = 1,
): Promise<FirstControl> {
  const servers = [await serve(paneDir), await serve(minimalDir)];
  const browser = await launch();
  const times = { pane: [] as number[], minimal: [] as number[] };
  const controls = { pane: '', minimal: '' };
  try {
    await sample(browser, `${servers[1]!.url}/minimal.html`, 1); // warm the browser process up, not kept
    for (let i = 0; i < runs; i++) {
      for (const which of ['pane', 'minimal'] as const) {
        const url = which === 'pane' ? `${servers[0]!.url}/taskpane.html` : `${servers[1]!.url}/minimal.html`;
        const r = await sample(browser, url, cpuSlowdown);
        times[which].push(round(r.ms));
        controls[which] = r.control;
      }
    }
  } finally {
    await browser.close();
    for (const s of servers) await s.close();
  }
  const timing = (samples: number[]): Timing => ({ medianMs: round(median(samples)), samplesMs: samples });
  const pane = timing(times.pane);
  const minimal = timing(times.minimal);
  return { pane, minimal, ratio: round(pane.medianMs / minimal.medianMs, 100), controls };
}
