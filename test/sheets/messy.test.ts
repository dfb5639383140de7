/**
 * Hand-edited workbooks (test/fixtures/messy.ts, files in test/fixtures/messy/): each reads with
 * exactly its expected read issues at their cells; formatting refuses when reading found an error and
 * leaves the workbook as it was; otherwise formatting keeps every value read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { formatSheets } from '../../src/app/actions';
import { hasErrors, type Issue } from '../../src/plan/issue';
import type { YearPlan } from '../../src/plan/model';
import { validateYear } from '../../src/validate';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { readYearFrom } from '../../src/workbook/years';
import { MESSY_CASES, TYPED, YEAR, makeMessy, type ExpectedIssue } from '../fixtures/messy';

const DIR = path.resolve(__dirname, '../fixtures/messy');

function file(name: string): Buffer {
  return readFileSync(path.join(DIR, `${name}.xlsx`));
}

const load = (name: string) => XlsxWorkbook.fromBuffer(file(name));
const key = (i: Issue | ExpectedIssue) => `${i.rule} ${i.sheet}!${i.cell}`;
const isRead = (i: { rule: string }) => i.rule.startsWith('read-');

/** Everything a reader could see of a workbook: its sheets' names, values and tables. */
async function snapshot(port: XlsxWorkbook) {
  return port.readSheets(await port.listSheets());
}

let clean: YearPlan;
beforeAll(async () => {
  clean = (await readYearFrom(await load('clean'), YEAR)).model;
});

it('has at least 20 cases, one committed file each and no other', () => {
  expect(MESSY_CASES.length).toBeGreaterThanOrEqual(20);
  const names = MESSY_CASES.map((c) => `${c.name}.xlsx`);
  expect(new Set(names).size).toBe(names.length);
  expect(readdirSync(DIR).sort()).toEqual([...names].sort());
});

describe.each(MESSY_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  it('reads with exactly the expected read issues, each at its cell in both languages', async () => {
    const read = await readYearFrom(await load(c.name), YEAR);
    expect(read.issues.filter(isRead).map(key).sort()).toEqual(
      c.expect.issues.filter(isRead).map(key).sort(),
    );
    for (const i of read.issues) {
      expect(i.cell).toMatch(/^[A-Z]+\d+$/);
      expect(i.message).toMatch(/[\u4e00-\u9fff]/);
      expect(i.messageEn).toMatch(/[A-Za-z]{3}/);
    }
    const validation = validateYear(read.model, read.maps, undefined, read.kinds).map(key);
    for (const e of c.expect.issues.filter((i) => !isRead(i))) expect(validation).toContain(key(e));
    if (c.expect.sameModel) expect(read.model).toEqual(clean);
    c.expect.model?.(read.model, read.maps);
  });

  it('formats only a workbook it can rewrite without loss, keeping every value read', async () => {
    const port = await load(c.name);
    const read = await readYearFrom(port, YEAR);
    const before = await snapshot(port);
    const r = await formatSheets(port, YEAR);
    // Content outside the table (read-extra-*) would be dropped by a rewrite: it blocks like an error.
    if (hasErrors(read.issues) || read.issues.some((i) => i.rule.startsWith('read-extra'))) {
      expect(r.status).toBe('blocked');
      expect(r.issues).toEqual(read.issues);
      expect(await snapshot(port)).toEqual(before);
      return;
    }
    // Merged cells users made (and a sum left without its table) are not kept by a rebuild: said
    // first, nothing written until accepted.
    if (r.status === 'confirm') {
      expect(r.reason).toBe('rebuild');
      for (const i of r.issues) expect(['rebuild-loses/merge', 'rebuild-loses/formula']).toContain(i.code);
      expect(await snapshot(port)).toEqual(before);
      const accepted = await formatSheets(port, YEAR, undefined, { acceptLosses: true });
      expect(accepted.status).toBe('done');
    } else expect(r.status).toBe('done');
    const again = await readYearFrom(port, YEAR);
    // Formatting lays out the sheets the year has and adds none: a sheet it lacks is still named.
    expect(again.kinds).toEqual(read.kinds);
    expect(again.issues).toEqual(read.issues.filter((i) => i.rule === 'read-kinds-missing'));
    expect(again.model).toEqual(read.model);
    // The values users typed into the base workbook are still there (unless the case's edit removed them).
    const after = await snapshot(port);
    for (const [sheet, cells] of Object.entries(TYPED)) {
      const shown = (grids: typeof before) =>
        new Set(
          grids
            .find((g) => g.name === sheet)
            ?.values.flat()
            .map((v) => JSON.stringify(v)),
        );
      const had = shown(before);
      const has = shown(after);
      for (const v of Object.values(cells)) {
        const value = JSON.stringify(v instanceof Date ? { date: v.toISOString().slice(0, 10) } : v);
        if (had.has(value)) expect([sheet, has.has(value)]).toEqual([sheet, true]);
      }
    }
  });
});

it('the committed files are what the cases make (npx tsx scripts/make-messy-fixtures.ts)', async () => {
  for (const c of MESSY_CASES)
    expect([c.name, Buffer.from(await makeMessy(c)).equals(file(c.name))]).toEqual([c.name, true]);
}, 120_000);
