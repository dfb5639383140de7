/**
 * The bundled command line (dist-cli/cli.cjs, what `npm run cli` starts) as a real process: it must
 * write what the sources write in process, and fail as they fail. Built first when missing or stale.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { ensureCli } from '../../scripts/build-cli';
import { cli } from '../helpers/cli';
import { SEED_PATH } from '../helpers/seed';

const dir = mkdtempSync(path.join(tmpdir(), 'plan-cli-bundle-'));
const out = (name: string) => path.join(dir, name);
let bundle: string;

/** `node dist-cli/cli.cjs …`: exit code, stdout and stderr. */
function runBundle(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bundle, ...args], { encoding: 'utf8' }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

async function sheets(file: string): Promise<{ name: string; values: unknown }[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
  return wb.worksheets
    .filter((ws) => ws.state !== 'veryHidden')
    .map((ws) => ({ name: ws.name, values: ws.getSheetValues() }));
}

beforeAll(async () => {
  bundle = await ensureCli();
}, 60_000);

describe('the bundled CLI', () => {
  it('generates the default 2027 workbook: three sheets, the same as the sources write', async () => {
    const r = await runBundle('generate', '--year', '2027', '--out', out('bundle.xlsx'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(out('bundle.xlsx'));

    const written = await sheets(out('bundle.xlsx'));
    expect(written.map((s) => s.name)).toEqual(['2027年工作计划', '2027年学习计划', '2027年主题党日']);
    // Theme-day dates come from chinese-days' holiday data, which the bundle carries inside it.
    expect((await cli('generate', '--year', '2027', '--out', out('in-process.xlsx'))).code).toBe(0);
    expect(written).toEqual(await sheets(out('in-process.xlsx')));
  });

  it('reads back what it wrote: validate --json exits 1 on the seed numbering gap', async () => {
    expect(
      (await runBundle('generate', '--year', '2027', '--from', SEED_PATH, '--out', out('again.xlsx'))).code,
    ).toBe(1);
    const r = await runBundle('validate', out('again.xlsx'), '--json');
    expect(r.code).toBe(1);
    const issues = (JSON.parse(r.stdout) as { issues: { severity: string; rule: string }[] }).issues;
    expect(issues.filter((i) => i.severity === 'error').map((i) => i.rule)).toEqual(['item-numbering']);
  });

  it('exits 2 with one line naming the file when the input is not a workbook', async () => {
    writeFileSync(out('notes.xlsx'), '2027年工作计划\n');
    const r = await runBundle('validate', out('notes.xlsx'));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringContaining(`${out('notes.xlsx')}：`)]);
    expect(r.stderr).toContain('.xlsx');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 naming the option when an argument is bad', async () => {
    const r = await runBundle('generate', '--year', '27', '--out', out('x.xlsx'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--year');
    expect(r.stderr).toContain('四位年份');
  });
});
