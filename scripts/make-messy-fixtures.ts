/**
 * Write the messy workbooks of test/fixtures/messy.ts to test/fixtures/messy/<case>.xlsx, replacing
 * what is there. Run from the repo root after changing the cases or the generator:
 *
 *   npx tsx scripts/make-messy-fixtures.ts
 *
 * The files are reproducible (fixed dates inside), and test/sheets/messy.test.ts checks that each
 * committed file is the one its case makes. Files of cases no longer in the table are deleted.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MESSY_CASES, makeMessy } from '../test/fixtures/messy';

async function main() {
  const dir = path.resolve(__dirname, '../test/fixtures/messy');
  mkdirSync(dir, { recursive: true });
  const names = new Set(MESSY_CASES.map((c) => `${c.name}.xlsx`));
  for (const file of readdirSync(dir))
    if (file.endsWith('.xlsx') && !names.has(file)) rmSync(path.join(dir, file));
  for (const c of MESSY_CASES) {
    const data = await makeMessy(c);
    writeFileSync(path.join(dir, `${c.name}.xlsx`), data);
    console.log(`${c.name}.xlsx  ${data.length} bytes`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
