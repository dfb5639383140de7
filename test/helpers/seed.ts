import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importPlanText } from '../../src/plan/import';
import type { YearPlan } from '../../src/plan/model';
import { builtInTemplate } from '../../src/plan/templates/builtIn';

/** The real 2020 plan users bring (a copy of shared/seeds/000_1d1dcf2e03023e6a.txt), byte for byte. */
export const SEED_PATH = path.resolve(__dirname, '../fixtures/seed-2020.txt');

export function seedText(): string {
  return readFileSync(SEED_PATH, 'utf8');
}

/**
 * The seed as a template with every sheet filled, for tests about where things land (its 6 sections
 * and 14 items, the 3 → 5 gap, its long preamble): its study months given a form, 3 学时 and an owner,
 * and the built-in theme days in place of its empty attachment 2.
 */
export function seedTemplate(): YearPlan {
  const { model } = importPlanText(seedText(), { year: 2020 });
  const builtIn = builtInTemplate('office', { year: 2020 });
  return {
    ...model,
    study: {
      ...model.study,
      months: model.study.months.map((m, i) => ({
        ...m,
        form: m.form || builtIn.study.months[i]!.form,
        hours: m.hours ?? 3,
        owner: m.owner || '宣传委员',
      })),
    },
    themeDays: { ...model.themeDays, activities: builtIn.themeDays.activities },
  };
}
