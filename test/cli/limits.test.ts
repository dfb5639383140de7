/**
 * Inputs with no end and outputs that close: an input is refused past its size before it is read, a
 * workbook whose parts inflate too far or whose sheet has too many rows before ExcelJS parses it, an
 * output that is no file before anything runs; an existing output is merged into or refused, never
 * replaced; a reader that stops early ends the command quietly.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { ensureCli } from '../../scripts/build-cli';
import { XLSX_LIMITS } from '../../src/workbook/xlsx/limits';
import { cli } from '../helpers/cli';
import { SEED_PATH } from '../helpers/seed';

const dir = mkdtempSync(path.join(tmpdir(), 'plan-cli-limits-'));
const out = (name: string) => path.join(dir, name);

let plan: string;
beforeAll(async () => {
  plan = out('plan.xlsx');
  expect((await cli('generate', '--year', '2027', '--out', plan)).code).toBe(0);
});

/** The generated workbook with one of its parts replaced. */
async function withPart(name: string, edit: (xml: string) => string, file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(plan));
  zip.file(name, edit((await zip.file(name)?.async('string')) ?? ''));
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return file;
}

function oneLine(r: { code: number; stderr: string }) {
  expect(r.code).toBe(2);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('inputs with no end', () => {
  it('refuses a device that never ends, reading no further than the limit', async () => {
    const r = await cli('validate', '/dev/zero');
    oneLine(r);
    expect(r.stderr).toContain('/dev/zero');
    expect(r.stderr).toContain(`超过 ${XLSX_LIMITS.bytes / 1024 / 1024} MB`);
  });

  it('refuses a sheet of more rows than a plan ever has, before parsing it', async () => {
    const bomb = await withPart(
      'xl/worksheets/sheet1.xml',
      (xml) =>
        xml.replace(
          '</sheetData>',
          Array.from({ length: XLSX_LIMITS.rows + 1 }, (_, i) => `<row r="${1000 + i}"/>`).join('') +
            '</sheetData>',
        ),
      out('rows.xlsx'),
    );
    expect(statSync(bomb).size).toBeLessThan(2 * 1024 * 1024);
    const r = await cli('validate', bomb);
    oneLine(r);
    expect(r.stderr).toContain(`超过 ${XLSX_LIMITS.rows} 行`);
  });

  it('refuses a part that inflates past its limit (a zip bomb), before parsing it', async () => {
    const bomb = await withPart(
      'xl/sharedStrings.xml',
      (xml) => xml.replace('</sst>', `<!--${' '.repeat(XLSX_LIMITS.part + 1)}--></sst>`),
      out('bomb.xlsx'),
    );
    expect(statSync(bomb).size).toBeLessThan(1024 * 1024);
    const r = await cli('rollover', bomb, '--out', out('never.xlsx'));
    oneLine(r);
    expect(r.stderr).toContain('解压后超过');
  });
});

describe('outputs', () => {
  it('refuses an output that is no file, before reading it', async () => {
    oneLine(await cli('generate', '--year', '2027', '--out', '/dev/stdout'));
    oneLine(await cli('generate', '--year', '2027', '--out', dir));
  });

  it('never replaces an existing workbook with a roll-over or an import: refused, the file untouched', async () => {
    const other = out('other.xlsx');
    writeFileSync(other, readFileSync(plan));
    const before = readFileSync(other);
    const rolled = await cli('rollover', plan, '--out', other);
    oneLine(rolled);
    expect(rolled.stderr).toContain('已存在，未覆盖');
    const imported = await cli('import', SEED_PATH, '--year', '2020', '--out', other);
    oneLine(imported);
    expect(imported.stderr).toContain('generate --year 2020 --from');
    expect(readFileSync(other).equals(before)).toBe(true);
  });

  it('rolls over into the input workbook itself, keeping its year', async () => {
    const same = out('same.xlsx');
    writeFileSync(same, readFileSync(plan));
    const r = await cli('rollover', same, '--out', same);
    expect(r.code).toBe(0);
    const v = await cli('validate', same, '--json');
    const sheets = new Set(
      (JSON.parse(v.stdout) as { issues: { sheet: string }[] }).issues.map((i) => i.sheet),
    );
    expect([...sheets].every((s) => /^202[78]年/.test(s))).toBe(true);
    expect(r.stdout).toContain('2028年');
  });

  it('refuses to rewrite a workbook holding what a rewrite would drop (a chart), and says so on a new copy', async () => {
    const charted = out('charted.xlsx');
    const zip = await JSZip.loadAsync(readFileSync(plan));
    zip.file(
      'xl/charts/chart1.xml',
      '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>',
    );
    writeFileSync(charted, await zip.generateAsync({ type: 'nodebuffer' }));
    const before = readFileSync(charted);
    for (const r of [
      await cli('rollover', charted, '--out', charted),
      await cli('generate', '--year', '2027', '--rule', '每月20日', '--out', charted),
    ]) {
      oneLine(r);
      expect(r.stderr).toContain('含有图表');
    }
    expect(readFileSync(charted).equals(before)).toBe(true);
    const copy = await cli('rollover', charted, '--out', out('charted-2028.xlsx'));
    expect(copy.code).toBe(0);
    expect(copy.stderr).toContain('charted-2028.xlsx 中不会有它们');
    expect((await cli('validate', charted)).code).toBe(0);
  });

  it('writes .xlsx only: an .xlsm name would not open without its macros', async () => {
    const r = await cli('generate', '--year', '2027', '--out', out('plan.xlsm'));
    oneLine(r);
    expect(r.stderr).toContain('应为 .xlsx 文件');
  });

  it('ends quietly when the reader of its output stops early (validate … | head)', async () => {
    const bundle = await ensureCli();
    const seeded = out('seeded.xlsx');
    await cli('generate', '--year', '2027', '--from', SEED_PATH, '--out', seeded);
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [bundle, 'validate', seeded], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += String(d)));
      // Read one chunk, then close the pipe as `head -1` does.
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(result.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect([0, 1]).toContain(result.code);
  }, 60_000);
});
