/**
 * The bases of three-way merges, kept in the workbook itself: for each year and sheet kind, what the
 * product last wrote there from the template (the generated year, before any user cell was merged in).
 * On the next regenerate or roll-over a cell that still holds its base value is the template's to
 * change; one that differs is the user's. They live on a very hidden sheet (Excel's
 * `SheetVisibility.veryHidden`, ExcelJS's `state: 'veryHidden'`): it travels with the file, in Excel
 * and in every tool that keeps sheets, and no user can unhide or edit it by accident.
 *
 * One row per year and kind: A the year, B the kind, C… the JSON of the kind's part of the model, cut
 * into pieces below Excel's 32,767 characters a cell (Excel specifications and limits,
 * support.microsoft.com "Excel specifications and limits"). Each piece starts with `b:` so no piece can
 * be taken for a number or a formula.
 */
import type { KindParts, YearBase } from '../plan/merge3';
import type { YearPlan } from '../plan/model';
import type { SheetKind } from '../sheets/kinds';
import { SHEET_KINDS } from '../sheets/kinds';
import type { SheetGrid } from '../sheets/spec';
import type { StoreSheet } from './port';

export const BASE_SHEET = '~plan-base';

/** Bases by year. */
export type Bases = Map<number, YearBase>;

/** Well below a cell's 32,767 characters. */
const PIECE = 30_000;
const MARK = 'b:';

/** Cut text into pieces of at most PIECE code units, never between the halves of a surrogate pair. */
function pieces(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length;) {
    let end = Math.min(text.length, i + PIECE);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    out.push(MARK + text.slice(i, end));
    i = end;
  }
  return out.length > 0 ? out : [MARK];
}

/** The kind's part of a year. */
export function partOf<K extends SheetKind>(model: YearPlan, kind: K): KindParts[K] {
  return model[kind] as KindParts[K];
}

/** The base a written year leaves: its generated model, for the kinds written. */
export function baseOf(model: YearPlan, kinds: readonly SheetKind[]): YearBase {
  const base: YearBase = {};
  for (const k of kinds)
    (base as Record<SheetKind, unknown>)[k] = JSON.parse(JSON.stringify(partOf(model, k)));
  return base;
}

function isPart(kind: SheetKind, v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  if (typeof o.title !== 'string') return false;
  if (kind === 'plan') return Array.isArray(o.preamble) && Array.isArray(o.sections);
  if (kind === 'study') return Array.isArray(o.requirements) && Array.isArray(o.months);
  return typeof o.rule === 'string' && Array.isArray(o.activities);
}

/**
 * The bases the base sheet holds. A row that cannot be read (cut short, edited by another tool) is
 * left out: that year and kind merge as a workbook from before bases did.
 */
export function readBases(grid: SheetGrid | undefined): Bases {
  const bases: Bases = new Map();
  for (const row of grid?.values ?? []) {
    const year = Number(row[0]);
    const kind = String(row[1] ?? '') as SheetKind;
    if (!Number.isInteger(year) || !SHEET_KINDS.includes(kind)) continue;
    const texts = row.slice(2).filter((v): v is string => typeof v === 'string' && v.startsWith(MARK));
    try {
      const part: unknown = JSON.parse(texts.map((t) => t.slice(MARK.length)).join(''));
      if (!isPart(kind, part)) continue;
      const base = bases.get(year) ?? {};
      (base as Record<SheetKind, unknown>)[kind] = part;
      bases.set(year, base);
    } catch {
      continue;
    }
  }
  return bases;
}

/** The base sheet holding `bases` with `updates` laid over them, kind by kind. */
export function baseSheet(bases: Bases, updates: ReadonlyMap<number, YearBase>): StoreSheet {
  const all: Bases = new Map([...bases].map(([y, b]) => [y, { ...b }]));
  for (const [year, base] of updates) all.set(year, { ...all.get(year), ...base });
  const rows = [...all.keys()]
    .sort((a, b) => a - b)
    .flatMap((year) =>
      SHEET_KINDS.filter((k) => all.get(year)![k] !== undefined).map((k) => [
        String(year),
        k,
        ...pieces(JSON.stringify(all.get(year)![k])),
      ]),
    );
  return { name: BASE_SHEET, rows };
}
