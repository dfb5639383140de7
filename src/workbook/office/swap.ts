/**
 * The staging plan of a write: every spec is built on a new sheet under a staging name, with its
 * table under a staging name, then swapped in for the old sheet. Pure: it only looks at names.
 */
import type { SheetSpec } from '../../sheets/spec';

export interface ExistingSheet {
  name: string;
  position: number;
}

export interface ExistingTable {
  name: string;
  sheet: string;
}

export interface StagedSheet {
  spec: SheetSpec;
  stagingSheet: string;
  stagingTable: string;
  /** The sheet replaced, by its name as the workbook spells it, and where it stands. */
  old?: ExistingSheet;
}

export interface SwapPlan {
  staged: StagedSheet[];
  /** Tables on sheets not replaced that hold a name being written: renamed out of the way. */
  tableRenames: { from: string; to: string }[];
}

/** Excel's longest sheet name. */
export const MAX_SHEET_NAME = 31;
/** The start of every staging sheet's name (safeWrite.ts finds those a crash left by it). */
export const STAGING_PREFIX = '~new';

const key = (name: string) => name.toLowerCase();

/** Excel's rules, checked before anything is written so that a bad name changes nothing. */
export function checkNames(spec: SheetSpec) {
  const { name } = spec;
  if (name.length < 1 || name.length > MAX_SHEET_NAME || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) {
    throw new Error(`Excel does not allow the sheet name "${name}"`);
  }
  const table = spec.table.name;
  if (
    !/^[\p{L}_\\][\p{L}\p{N}_.]{0,254}$/u.test(table) ||
    /^([A-Za-z]{1,3}\d+|[RrCc]|[Rr]\d*[Cc]\d*)$/.test(table)
  ) {
    throw new Error(`Excel does not allow the table name "${table}"`);
  }
}

function unique(taken: Set<string>, candidates: (i: number) => string): string {
  for (let i = 1; ; i++) {
    const name = candidates(i);
    if (!taken.has(key(name))) {
      taken.add(key(name));
      return name;
    }
  }
}

export function planSwap(
  specs: readonly SheetSpec[],
  sheets: readonly ExistingSheet[],
  tables: readonly ExistingTable[],
): SwapPlan {
  const seen = new Set<string>();
  const seenTables = new Set<string>();
  for (const spec of specs) {
    checkNames(spec);
    if (seen.has(key(spec.name))) throw new Error(`Sheet ${spec.name} written twice in one call`);
    if (seenTables.has(key(spec.table.name))) throw new Error(`Table ${spec.table.name} written twice`);
    seen.add(key(spec.name));
    seenTables.add(key(spec.table.name));
  }
  const sheetNames = new Set(sheets.map((s) => key(s.name)));
  const tableNames = new Set([...tables.map((t) => key(t.name)), ...seenTables]);

  const staged = specs.map((spec): StagedSheet => {
    const old = sheets.find((s) => key(s.name) === key(spec.name));
    const stagingSheet = unique(sheetNames, (i) =>
      `${STAGING_PREFIX}${i > 1 ? i : ''}~${spec.name}`.slice(0, MAX_SHEET_NAME),
    );
    const stagingTable = unique(tableNames, (i) => `${spec.table.name}_new${i > 1 ? i : ''}`);
    return { spec, stagingSheet, stagingTable, ...(old ? { old } : {}) };
  });

  const replaced = new Set(staged.flatMap((s) => (s.old ? [key(s.old.name)] : [])));
  const tableRenames = specs.flatMap((spec) => {
    const holder = tables.find((t) => key(t.name) === key(spec.table.name) && !replaced.has(key(t.sheet)));
    if (!holder) return [];
    return [{ from: holder.name, to: unique(tableNames, (i) => `${spec.table.name}_${i + 1}`) }];
  });
  return { staged, tableRenames };
}
