/**
 * Wall times, reported and never asserted (they depend on the machine): the CLI's generate in one
 * process and as a whole process, validation of a 10-year workbook in the core, and the standalone
 * page from load to an interactive task pane in headless Chromium.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { validateWorkbook } from '../src/app/actions';
import { run } from '../src/cli/main';
import { layoutYear } from '../src/sheets/layout';
import type { SheetGrid } from '../src/sheets/spec';
import type { WorkbookPort } from '../src/workbook/port';
import { XlsxWorkbook } from '../src/workbook/xlsx/adapter';
import { ensureCli } from '../scripts/build-cli';
import { launch } from '../e2e/chromium';
import { serve } from '../e2e/serve';
import { ROOT } from './bundle';
import { benchYear, FIRST_YEAR } from './syncs';

export interface Timing {
  medianMs: number;
  samplesMs: number[];
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function timing(samples: number[]): Timing {
  const round = (n: number) => Math.round(n * 10) / 10;
  return { medianMs: round(median(samples)), samplesMs: samples.map(round) };
}

const GENERATE = ['generate', '--year', '2027', '--out'];

/** `generate --year 2027` of the default workbook through the CLI's run(), in this process. */
export async function cliInProcess(runs = 5): Promise<Timing> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhibu-bench-'));
  const out = path.join(dir, 'plan-2027.xlsx');
  const writes = { out: process.stdout.write, err: process.stderr.write };
  const samples: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      fs.rmSync(out, { force: true }); // an existing output would be regenerated (merged) instead
      process.stdout.write = process.stderr.write = (() => true) as typeof process.stdout.write;
      const start = performance.now();
      const code = await run([...GENERATE, out]);
      samples.push(performance.now() - start);
      process.stdout.write = writes.out;
      process.stderr.write = writes.err;
      if (code > 1 || !fs.existsSync(out)) throw new Error(`cli generate failed (exit ${code})`);
    }
  } finally {
    process.stdout.write = writes.out;
    process.stderr.write = writes.err;
    process.exitCode = undefined;
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return timing(samples);
}

/**
 * A CLI command as a whole process, as `npm run cli` starts it (npm's own start-up aside): node on
 * scripts/cli.js, which checks that the bundle is fresh and runs dist-cli/cli.cjs. The bundle is built
 * beforehand when stale, so no run includes a build. `args` gets the output file and a scratch folder
 * (where `prepare` may write inputs first).
 */
export async function wholeProcess(
  args: (out: string, dir: string) => string[],
  runs = 5,
  prepare: (dir: string) => void = () => {},
): Promise<Timing> {
  await ensureCli();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhibu-bench-'));
  const out = path.join(dir, 'out.xlsx');
  const launcher = path.join(ROOT, 'scripts', 'cli.js');
  const samples: number[] = [];
  try {
    prepare(dir);
    for (let i = 0; i < runs; i++) {
      fs.rmSync(out, { force: true });
      const start = performance.now();
      const r = spawnSync(process.execPath, [launcher, ...args(out, dir)], { cwd: ROOT, encoding: 'utf8' });
      samples.push(performance.now() - start);
      if ((r.status ?? 2) > 1 || !fs.existsSync(out))
        throw new Error(`cli ${args(out, dir)[0]} failed (exit ${r.status}): ${r.stderr}`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return timing(samples);
}

/** `generate --year 2027` as a whole process. */
export function cliWholeProcess(runs = 5): Promise<Timing> {
  return wholeProcess((out) => [...GENERATE, out], runs);
}

/** A port over grids already read: what is left is the core's reading and validating. */
function gridPort(grids: readonly SheetGrid[]): WorkbookPort {
  const unsupported = () => Promise.reject(new Error('read-only'));
  return {
    listSheets: async () => grids.map((g) => g.name),
    readSheets: async (names) => grids.filter((g) => names.includes(g.name)),
    writeSheets: unsupported,
    updateSheets: unsupported,
    protectSheets: unsupported,
    selectCell: unsupported,
    exportFile: unsupported,
  };
}

/** validateWorkbook over 10 years (30 sheets) read beforehand from an .xlsx made by the ExcelJS adapter. */
export async function validateTenYears(runs = 20): Promise<Timing> {
  const xlsx = XlsxWorkbook.create();
  const years = Array.from({ length: 10 }, (_, i) => FIRST_YEAR + i);
  await xlsx.writeSheets(years.flatMap((y) => layoutYear(benchYear(y)).specs));
  const reopened = await XlsxWorkbook.fromBuffer(await xlsx.toBuffer());
  const port = gridPort(await reopened.readSheets(await reopened.listSheets()));
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const r = await validateWorkbook(port);
    samples.push(performance.now() - start);
    if (r.status !== 'done' || !('sheets' in r) || r.sheets.length !== 30) throw new Error('validate failed');
  }
  return timing(samples);
}

const CDN = 'https://appsforoffice.microsoft.com/**';
const GENERATE_BUTTON = '生成年度表格';

/**
 * The built standalone page in `dir`, each run in a fresh browser context (nothing cached): from the
 * navigation's start to the task pane's generate button shown and enabled. Offline, as the page is
 * here (the CDN refused); a plain browser page loads no office.js anyway (src/taskpane/boot.ts).
 */
export async function standaloneInteractive(dir: string, runs = 5): Promise<Timing> {
  const server = await serve(dir);
  const browser = await launch();
  const samples: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ locale: 'zh-CN' });
      await context.route(CDN, (route) => route.abort('internetdisconnected'));
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${server.url}/taskpane.html`, { waitUntil: 'commit' });
      const ready = await page.waitForFunction(
        (name) => {
          const button = [...document.querySelectorAll('button')].find((b) => b.textContent === name);
          return button && !button.disabled ? performance.now() : false;
        },
        GENERATE_BUTTON,
        { timeout: 30_000 },
      );
      samples.push((await ready.jsonValue()) as number);
      await context.close();
      if (errors.length) throw new Error(`standalone page: ${errors.join('; ')}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return timing(samples);
}
