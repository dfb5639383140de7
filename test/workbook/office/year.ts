/** Specs of a realistic generated year, and the same year with ten times the rows. */
import { generateYear } from '../../../src/plan/generate';
import { seedTemplate } from '../../helpers/seed';
import { layoutYear } from '../../../src/sheets/layout';
import type { SheetSpec } from '../../../src/sheets/spec';

export function yearSpecs(year = 2027): SheetSpec[] {
  return layoutYear(generateYear(seedTemplate(), { year, branch: 'XX党支部' }).model).specs;
}

export function tenfold(specs: SheetSpec[]): SheetSpec[] {
  return specs.map((s) => ({
    ...s,
    table: { ...s.table, rows: Array.from({ length: 10 }, () => s.table.rows.map((r) => [...r])).flat() },
  }));
}

export function spec(specs: SheetSpec[], suffix: string): SheetSpec {
  const found = specs.find((s) => s.name.endsWith(suffix));
  if (!found) throw new Error(`no spec ${suffix}`);
  return found;
}
