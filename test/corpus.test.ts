/**
 * The bad-input corpus: every entry of test/fixtures/corpus.json run through the CLI in this process.
 *
 * An entry is `{ file, command, exitCode, issues: [{ rule, cell, sheet? }], absentRules?, stderr?,
 * generatedByTest? }`, `file` relative to test/fixtures. `import` entries run
 * `import FILE --year 2027 --out …`; their issues are the ones import prints on stderr and, when a
 * workbook was written, the ones `validate --json` then finds in it. `validate` entries run
 * `validate FILE --json`. For each entry:
 * - the exit code is the expected one;
 * - stdout of validate is one line of JSON (exit 0/1) or empty (exit 2); stdout of import is the one
 *   summary line when it wrote a workbook, else empty (and no workbook is written);
 * - stderr never holds a stack trace, and is one line for exit 2 (containing `stderr` if given);
 * - every expected issue is reported at its cell, and no issue of an `absentRules` rule is.
 * Binary and generated inputs come from scripts/make-corpus.ts (checked below to be what it makes).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cli } from './helpers/cli';
import { corpusFiles, FIXTURES, tooLongText } from '../scripts/make-corpus';
import corpus from './fixtures/corpus.json';

interface Expected {
  rule: string;
  cell: string;
  sheet?: string;
}

interface Entry {
  file: string;
  command: 'import' | 'validate';
  exitCode: number;
  issues: Expected[];
  absentRules?: string[];
  stderr?: string;
  generatedByTest?: boolean;
}

const entries = corpus as Entry[];
const dir = mkdtempSync(path.join(tmpdir(), 'plan-corpus-'));

/** Inputs the test writes itself rather than committing (a text longer than a cell holds). */
const GENERATED: Record<string, () => string | Buffer> = { 'texts/too-long.txt': tooLongText };

function inputPath(entry: Entry): string {
  if (!entry.generatedByTest) return path.join(FIXTURES, entry.file);
  const make = GENERATED[entry.file];
  if (!make) throw new Error(`No generator for ${entry.file}`);
  const file = path.join(dir, path.basename(entry.file));
  writeFileSync(file, make());
  return file;
}

interface Found {
  rule: string;
  sheet: string;
  cell: string;
}

/** Issues as the CLI prints them on stderr: `错误  sheet!cell  message  [rule]`. */
function stderrIssues(stderr: string): Found[] {
  return stderr.split('\n').flatMap((line) => {
    const m = /^(?:错误|警告) {2}(.*)!(\S+) {2}.* {2}\[([a-z0-9-]+)\]$/.exec(line);
    return m ? [{ sheet: m[1]!, cell: m[2]!, rule: m[3]! }] : [];
  });
}

function validateJson(stdout: string): Found[] {
  expect(stdout.endsWith('\n')).toBe(true);
  expect(stdout.trimEnd()).not.toContain('\n');
  const parsed = JSON.parse(stdout) as { issues: Found[] };
  expect(Array.isArray(parsed.issues)).toBe(true);
  return parsed.issues;
}

function expectCleanStderr(r: { code: number; stderr: string }, entry: Entry) {
  expect(r.stderr).not.toMatch(/\n\s+at /);
  if (r.code === 2) {
    expect(r.stderr.endsWith('\n')).toBe(true);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  }
  if (entry.stderr !== undefined) expect(r.stderr).toContain(entry.stderr);
}

async function runEntry(entry: Entry): Promise<Found[]> {
  const input = inputPath(entry);
  if (entry.command === 'validate') {
    const r = await cli('validate', input, '--json');
    expect(r.code).toBe(entry.exitCode);
    expectCleanStderr(r, entry);
    if (r.code === 2) {
      expect(r.stdout).toBe('');
      return [];
    }
    return validateJson(r.stdout);
  }
  const out = path.join(dir, `${path.basename(entry.file)}.xlsx`);
  const r = await cli('import', input, '--year', '2027', '--out', out);
  expect(r.code).toBe(entry.exitCode);
  expectCleanStderr(r, entry);
  const found = stderrIssues(r.stderr);
  // Exit 1 is errors found: in the input (nothing written) or in the sheets written (said on stdout).
  if (r.code === 2 || r.stdout === '') {
    expect(r.code).not.toBe(0);
    expect(existsSync(out)).toBe(false);
    return found;
  }
  expect(r.stdout).toMatch(/^已写入 [^\n]*\n$/);
  expect(r.code).toBe(/校验发现 0 个错误/.test(r.stdout) ? 0 : 1);
  const v = await cli('validate', out, '--json');
  expect(v.code === 0 || v.code === 1).toBe(true);
  expect(v.stderr).toBe('');
  return [...found, ...validateJson(v.stdout)];
}

describe('bad-input corpus through the CLI', () => {
  it('has at least 15 entries, each of a file that exists or that the test makes', () => {
    expect(entries.length).toBeGreaterThanOrEqual(15);
    for (const e of entries) {
      expect(['import', 'validate']).toContain(e.command);
      if (e.generatedByTest) expect(GENERATED[e.file]).toBeDefined();
      else expect(existsSync(path.join(FIXTURES, e.file))).toBe(true);
    }
  });

  it.each(entries.map((e) => [e.file, e] as const))('%s', async (_file, entry) => {
    const found = await runEntry(entry);
    for (const want of entry.issues) {
      const at = found.filter(
        (f) => f.rule === want.rule && f.cell === want.cell && (!want.sheet || f.sheet === want.sheet),
      );
      expect({ want, found: at.length > 0 ? 'yes' : found }).toEqual({ want, found: 'yes' });
    }
    for (const rule of entry.absentRules ?? []) expect(found.filter((f) => f.rule === rule)).toEqual([]);
  });

  it('lists every file of test/fixtures/texts and test/fixtures/files', () => {
    const listed = new Set(entries.map((e) => e.file));
    for (const sub of ['texts', 'files'])
      for (const f of readdirSync(path.join(FIXTURES, sub))) expect(listed).toContain(`${sub}/${f}`);
  });

  it('holds the files scripts/make-corpus.ts makes, byte for byte (run it after changing them)', () => {
    for (const [file, data] of corpusFiles())
      expect({ file, same: readFileSync(path.join(FIXTURES, file)).equals(data) }).toEqual({
        file,
        same: true,
      });
  });

  it('makes a text longer than a cell holds', () => {
    expect(tooLongText().length).toBeGreaterThan(32767);
  });
});
