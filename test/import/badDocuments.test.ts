/**
 * Files that are not a readable .docx, imported through the CLI in this process:
 * `import FILE --year 2026 --out OUT.xlsx` exits 2 with one line on stderr that names the file (and,
 * for .doc/.wps/.odt/.pdf, tells the user to save it as .docx), no stack trace, nothing on stdout,
 * and writes nothing: no OUT.xlsx and no temporary file left beside it.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cli } from '../helpers/cli';
import { BAD_DOCUMENTS } from '../helpers/badDocuments';

const root = mkdtempSync(path.join(tmpdir(), 'plan-bad-docx-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('bad Word-like documents through the CLI import', () => {
  it.each(BAD_DOCUMENTS.map((d) => [d.file, d.what, d] as const))(
    '%s (%s): exit 2, one line naming the file, nothing written',
    async (file, _what, doc) => {
      const dir = mkdtempSync(path.join(root, 'case-'));
      const input = path.join(dir, file);
      writeFileSync(input, await doc.make());
      const outDir = mkdtempSync(path.join(root, 'out-'));
      const out = path.join(outDir, 'OUT.xlsx');

      const r = await cli('import', input, '--year', '2026', '--out', out);

      expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 2, stderr: expect.any(String) });
      expect(r.stdout).toBe('');
      expect(r.stderr.endsWith('\n')).toBe(true);
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      const line = lines[0]!;
      expect(line).toContain(file);
      if (doc.saveAsDocx) expect(line).toContain('另存为 .docx');
      // No stack trace, nor an internal error's text.
      expect(r.stderr).not.toMatch(/^\s+at \S/m);
      expect(r.stderr).not.toMatch(/\(\S+:\d+:\d+\)/);
      expect(line).not.toMatch(/\b(?:Error|TypeError|RangeError):/);
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(outDir)).toEqual([]);
    },
    120_000,
  );
});
