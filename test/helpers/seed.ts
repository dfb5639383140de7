import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The real 2020 plan users bring (a copy of shared/seeds/000_1d1dcf2e03023e6a.txt), byte for byte. */
export const SEED_PATH = path.resolve(__dirname, '../fixtures/seed-2020.txt');

export function seedText(): string {
  return readFileSync(SEED_PATH, 'utf8');
}
