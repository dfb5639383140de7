/**
 * What the task pane's buttons do, over any WorkbookPort: generate a year's sheets, validate, format,
 * share. Pure orchestration of the core; the UI only shows the results. Problems users can cause come
 * back as issues or as a question to confirm, never as exceptions.
 *
 * Each action reads everything it needs in one call, whatever the number of years, so its round trips
 * to Excel are a fixed number (bench/budgets.json): validate lists the sheets and reads every year at
 * once; generate, roll-over and format read and write in one `updateSheets`.
 */
import { generateYear, type GenerateResult } from '../plan/generate';
import { mergeYear, type MergeNote } from '../plan/merge';
import { MERGE3 } from '../plan/merge3';
import { eraMentions, staleMentions } from '../plan/era';
import { rolloverYear } from '../plan/rollover';
import { importDocuments, importPlanText, type ImportDocument } from '../plan/import';
import { completeFromTemplate } from '../plan/import/complete';
import { hasErrors, type Issue } from '../plan/issue';
import { codedIssue, defineMessages } from '../plan/messages';
import type { YearPlan } from '../plan/model';
import { builtInTemplate, DEFAULT_TEMPLATE, type TemplateId } from '../plan/templates/builtIn';
import { COLUMNS, sheetName, SHEET_KINDS, type SheetKind } from '../sheets/columns';
import { KINDS } from '../sheets/kinds';
import type { FontProfile } from '../sheets/fonts';
import type { ColumnHeaders } from '../sheets/read';
import { layoutYear, specsOf } from '../sheets/layout';
import { cellOf, textCell, type SheetMap, type YearMaps } from '../sheets/map';
import { cellRef } from '../sheets/spec';
import { validateYear } from '../validate';
import type { ValidationSettings } from '../validate/settings';
import { textCells } from '../validate/text';
import type { ProtectRequest, UpdatePlan, WorkbookPort } from '../workbook/port';
import { BASE_SHEET, baseOf, baseSheet, readBases, type Bases } from '../workbook/bases';
import type { SheetGrid, SheetSpec } from '../sheets/spec';
import { lossesOf, rowPlan, sameShape } from '../workbook/inPlace';
import {
  listYears,
  readYearFrom,
  readYearsFrom,
  yearSheetNames,
  yearsFromGrids,
  type YearRead,
} from '../workbook/years';

const ACTION_MESSAGES = {
  review: defineMessages('rollover-review', {
    era: {
      zh: '请核对“{{phrases}}”在{{year}}年是否仍然适用（此类表述无法自动更新）',
      en: 'Check whether "{{phrasesEn}}" still applies in {{year}}; such phrases cannot be updated automatically.',
    },
  }),
  loses: defineMessages('rebuild-loses', {
    note: {
      zh: '重建此表时不会保留单元格批注（{{count}} 处：{{cells}}）',
      en: 'Rebuilding this sheet does not keep cell notes ({{count}}: {{cells}}).',
    },
    link: {
      zh: '重建此表时不会保留超链接（{{count}} 处：{{cells}}），只保留显示的文字',
      en: 'Rebuilding this sheet does not keep links ({{count}}: {{cells}}), only their text.',
    },
    fill: {
      zh: '重建此表时不会保留手动设置的填充色（{{count}} 处：{{cells}}）',
      en: 'Rebuilding this sheet does not keep hand-set fills ({{count}}: {{cells}}).',
    },
    merge: {
      zh: '重建此表时不会保留合并单元格（{{count}} 处：{{cells}}），合并区的内容留在左上角',
      en: 'Rebuilding this sheet does not keep merged cells ({{count}}: {{cells}}); their content stays in the top-left cell.',
    },
    formula: {
      zh: '重建此表时公式不会保留（{{count}} 处：{{cells}}），只写入当前的计算结果',
      en: 'Rebuilding this sheet does not keep formulas ({{count}}: {{cells}}), only their current results.',
    },
    image: {
      zh: '重建此表时不会保留表上的图片（{{count}} 张）',
      en: 'Rebuilding this sheet does not keep its images ({{count}}).',
    },
    unknown: {
      zh: '此表需要重建：表上的单元格批注、超链接、手动设置的格式、合并单元格和图片不会保留（在 Excel 中无法逐一列出），其他工作表中指向此表的公式会显示 #REF!；填写的内容都会保留',
      en: 'This sheet must be rebuilt: its cell notes, links, hand-set formats, merged cells and images are not kept (inside Excel they cannot be listed one by one), and formulas on other sheets that point into it show #REF!; everything typed is kept.',
    },
    password: {
      zh: '此表设有密码保护，重建后将不再有密码（保护可在共享时重新加上）',
      en: 'This sheet is protected with a password; rebuilt, it has none (sharing protects it again).',
    },
  }),
  renamed: defineMessages('renamed-sheet', {
    twin: {
      zh: '“{{found}}”像是 {{year}} 年的{{label}}改过名：请把它改回“{{name}}”再操作（否则会另建一张新的{{label}}，其中没有您填写的内容），未做任何改动',
      en: '"{{found}}" looks like the {{labelEn}} of {{year}} renamed: rename it back to "{{name}}" and try again (otherwise a new sheet would be made without what you filled in); nothing was changed.',
    },
  }),
  noSheets: defineMessages('no-plan-sheets', {
    none: {
      zh: '工作簿中还没有年度计划工作表，请先生成',
      en: 'The workbook has no plan sheets yet; generate them first.',
    },
  }),
};

export type TemplateSource =
  /** The built-in template of the request's `template`. */
  | { kind: 'default' }
  | { kind: 'text'; text: string }
  /** Plan documents the user chose or dropped (.docx, .txt), already read (`readImportFile`). */
  | { kind: 'documents'; documents: ImportDocument[] }
  | { kind: 'year'; year: number }
  /** A template the caller loaded itself (the CLI's --from file). */
  | { kind: 'model'; model: YearPlan };

export interface GenerateRequest {
  year: number;
  branch: string;
  rule: string;
  source: TemplateSource;
  /**
   * The kind of branch whose built-in template to start from (机关 when not given): the source when it
   * is `default`, and the sheets imported documents do not hold.
   */
  template?: TemplateId;
  fonts?: FontProfile;
  /** The branch's settings (validation, and the study focus the built-in templates name); the defaults when not given. */
  settings?: ValidationSettings;
  /** Rebuild sheets that must be although they hold what a rebuild does not keep (see `rebuildLosses`). */
  acceptLosses?: boolean;
}

/** The outcome of an action: done, blocked by errors, or waiting for the user to confirm something. */
export type ActionResult =
  | { status: 'done'; issues: Issue[]; sheets: string[]; written?: Written }
  | { status: 'blocked'; issues: Issue[] }
  /**
   * Waiting for the user: to share despite warnings, or to let sheets be rebuilt although what the
   * issues list will not be kept (`acceptLosses` to go ahead).
   */
  | { status: 'confirm'; reason: 'warnings' | 'rebuild'; issues: Issue[] };

/** What generating or rolling over did to the year's sheets. */
export interface Written {
  /** `created`: the year had no sheets; `merged`: its sheets were there and were merged into. */
  how: 'created' | 'merged';
  /** Cells users had filled in that were kept over what the template would write (see mergeYear). */
  kept: number;
}

export interface ShareResult {
  status: 'done';
  issues: Issue[];
  /** Each kind of file, or null when the host cannot make it or making it failed (`exportErrors`). */
  xlsx: Uint8Array | null;
  pdf: Uint8Array | null;
  /** A kind whose export failed: the other kind is still made. */
  exportErrors: { kind: 'xlsx' | 'pdf'; message: string }[];
}

/**
 * Read issues that make rewriting a sheet unsafe: a cell that cannot be read, or content outside the
 * table (notes below it, a filled extra column) that a rewrite would drop. Errors and warnings alike
 * block a rewrite; they come back with the sheet untouched.
 */
export function blocksRewrite(issue: Issue): boolean {
  return (issue.severity === 'error' && issue.rule !== 'read-sheet') || OUTSIDE_TABLE.has(issue.rule);
}

/** Read issues about content outside the table: a rewrite would drop it. */
const OUTSIDE_TABLE = new Set(['read-extra-row', 'read-extra-column', 'read-outside']);

function sheetsOf(year: number, kinds: readonly SheetKind[] = SHEET_KINDS): string[] {
  return kinds.map((k) => sheetName(k, year));
}

/** The template's model; a year of the workbook comes already read (`fromWorkbook`). */
function loadTemplate(
  source: TemplateSource,
  fromWorkbook: YearRead | undefined,
  builtIn: () => YearPlan,
  year: number,
): { model?: YearPlan; issues: Issue[] } {
  if (source.kind === 'default') return { model: builtIn(), issues: [] };
  if (source.kind === 'model') return { model: source.model, issues: [] };
  if (source.kind === 'text' || source.kind === 'documents') {
    const r =
      source.kind === 'text'
        ? importPlanText(source.text, { source: '粘贴的计划文本', year })
        : importDocuments(source.documents, { year });
    if (hasErrors(r.issues)) return { issues: r.issues };
    // The sheets the documents do not hold come from the built-in template.
    const name = source.kind === 'text' ? '粘贴的计划文本' : (source.documents[0]?.name ?? '');
    const done = completeFromTemplate(r.model, r.kinds, builtIn(), name);
    return { model: done.model, issues: [...r.issues, ...done.issues] };
  }
  const r = fromWorkbook!;
  return hasErrors(r.issues) ? { issues: r.issues } : { model: r.model, issues: r.issues };
}

/** Notes of a merge as issues at the merged sheets' cells. */
function locateNotes(notes: readonly MergeNote[], maps: YearMaps): Issue[] {
  return notes.map((n) => {
    const map = maps[n.kind];
    const cell =
      n.place === 'title'
        ? cellRef(map.titleRow, 1)
        : n.place
          ? textCell(map, n.place.text)
          : cellOf(map, n.index, n.field);
    return codedIssue('regenerate-merge', n.code, 'warning', { sheet: map.sheet, cell }, n.data);
  });
}

/**
 * What rebuilding the year's sheets would not keep, one warning per kind of thing and sheet: for each
 * sheet that exists and is rebuilt — all of them when formatting, otherwise those whose layout
 * changes (a sheet that keeps its layout is written in place, src/workbook/inPlace.ts).
 */
export function rebuildLosses(
  grids: readonly SheetGrid[],
  specs: readonly SheetSpec[],
  rebuild: boolean,
): Issue[] {
  return specs.flatMap((spec) => {
    const grid = grids.find((g) => g.name.toLowerCase() === spec.name.toLowerCase());
    if (!grid || (!rebuild && (sameShape(grid, spec) || rowPlan(grid, spec)))) return [];
    return lossesOf(grid).map((l) =>
      codedIssue(
        'rebuild-loses',
        ACTION_MESSAGES.loses[l.what],
        'warning',
        { sheet: grid.name, cell: l.at[0]?.split(':')[0] ?? 'A1' },
        { count: l.count, cells: l.at.slice(0, 5).join('、') + (l.at.length > 5 ? '…' : '') },
      ),
    );
  });
}

/**
 * Sheets of the year that users renamed (`2027年工作计划(定稿)`): the year's sheet of that kind is not
 * found under its name, and writing would make a second, empty one beside it. One error each.
 */
export function renamedSheets(
  year: number,
  kinds: readonly SheetKind[],
  have: readonly SheetKind[],
  sheets: readonly string[],
): Issue[] {
  return kinds
    .filter((k) => !have.includes(k))
    .flatMap((k) => {
      const name = sheetName(k, year);
      const found = sheets.find((s) => s !== name && s.includes(String(year)) && s.includes(KINDS[k].suffix));
      return found
        ? [
            codedIssue(
              'renamed-sheet',
              ACTION_MESSAGES.renamed.twin,
              'error',
              { sheet: found, cell: 'A1' },
              {
                found,
                year,
                name,
                label: KINDS[k].label,
                labelEn: KINDS[k].labelEn,
              },
            ),
          ]
        : [];
    });
}

/** An update that writes nothing. */
function nothing(result: ActionResult): UpdatePlan<ActionResult> {
  return { specs: [], result };
}

/**
 * What writing a generated year takes: merged into the year's sheets when the workbook has them (user
 * cells kept), new sheets otherwise. Nothing is written when the existing sheets cannot be read.
 * `existing` is the generated year as the workbook has it; `review` adds issues about the merged year.
 */
function planGenerated(
  generated: GenerateResult,
  before: Issue[],
  existing: YearRead,
  bases: Bases,
  options: {
    fonts?: FontProfile;
    settings?: ValidationSettings;
    review?: (model: YearPlan, maps: YearMaps) => Issue[];
    /** The kinds to write and validate (a roll-over of a year that has only some): all when not told. */
    kinds?: readonly SheetKind[];
    /** The sheets as read, to tell what a rebuild would not keep; and whether the user accepts that. */
    grids?: readonly SheetGrid[];
    /** Every sheet's name, to find the year's sheets users renamed. */
    sheetNames?: readonly string[];
    /** The headers a new year's sheets take (a roll-over: the year before's). */
    headers?: ColumnHeaders;
    acceptLosses?: boolean;
  } = {},
): UpdatePlan<ActionResult> {
  if (hasErrors(generated.issues))
    return nothing({ status: 'blocked', issues: [...before, ...generated.issues] });
  let model = generated.model;
  let notes: MergeNote[] = [];
  let written: Written = { how: 'created', kept: 0 };
  const kinds = options.kinds ?? SHEET_KINDS;
  const year = generated.model.year;
  const renamed = renamedSheets(year, kinds, existing.kinds, options.sheetNames ?? []);
  if (renamed.length > 0) return nothing({ status: 'blocked', issues: renamed });
  const base = bases.get(year) ?? {};
  let baseless: SheetKind[] = [];
  if (existing.sheetsFound > 0) {
    const unsafe = existing.issues.filter(blocksRewrite);
    if (unsafe.length > 0) return nothing({ status: 'blocked', issues: unsafe });
    const merged = mergeYear(existing.model, model, base);
    ({ model, notes } = merged);
    written = { how: 'merged', kept: merged.kept };
    // Sheets made before bases were kept: merged as they always were, and said so.
    baseless = existing.kinds.filter((k) => kinds.includes(k) && !base[k]);
  }
  // The profile asked for, else the one the year's sheets were set in; the headers users gave them.
  const layout = layoutYear(model, {
    fonts: options.fonts ?? existing.fonts,
    headers: existing.sheetsFound > 0 ? existing.headers : options.headers,
  });
  const sheets = new Set(sheetsOf(model.year, kinds));
  const issues = [
    ...(options.review?.(model, layout.maps) ?? []).filter((i) => sheets.has(i.sheet)),
    ...before,
    ...generated.issues,
    ...baseless.map((k) =>
      codedIssue('regenerate-merge', MERGE3.noBase, 'warning', {
        sheet: layout.maps[k].sheet,
        cell: cellRef(layout.maps[k].titleRow, 1),
      }),
    ),
    ...locateNotes(
      notes.filter((n) => kinds.includes(n.kind)),
      layout.maps,
    ),
    ...validateYear(model, layout.maps, options.settings, kinds),
  ];
  const specs = specsOf(layout.specs, model.year, kinds);
  const losses = rebuildLosses(options.grids ?? [], specs, false);
  if (losses.length > 0 && !options.acceptLosses)
    return nothing({ status: 'confirm', reason: 'rebuild', issues: losses });
  return {
    specs,
    // The next merge's base: what the template gave, before any user cell was merged in.
    store: baseSheet(bases, new Map([[year, baseOf(generated.model, kinds)]])),
    result: { status: 'done', issues: [...losses, ...issues], sheets: [...sheets], written },
  };
}

/** The sheets of these years and the base sheet, to read in one call. */
function namesWithBases(years: readonly number[]): string[] {
  return [...yearSheetNames(years), BASE_SHEET];
}

function basesIn(grids: readonly SheetGrid[]): Bases {
  return readBases(grids.find((g) => g.name.toLowerCase() === BASE_SHEET.toLowerCase()));
}

/**
 * Generate a year from a template; regenerating a year merges, keeping what users typed. One update
 * reads the template year (when it is one of the workbook's) and the year generated, then writes it.
 */
export async function generateSheets(port: WorkbookPort, req: GenerateRequest): Promise<ActionResult> {
  const from = req.source.kind === 'year' ? req.source.year : undefined;
  const years = from === undefined ? [req.year] : [from, req.year];
  return port.updateSheets(namesWithBases(years), (grids, sheetNames) => {
    const read = yearsFromGrids(years, grids);
    const builtIn = () =>
      builtInTemplate(req.template ?? DEFAULT_TEMPLATE, { year: req.year, focus: req.settings?.studyFocus });
    const template = loadTemplate(
      req.source,
      from === undefined ? undefined : read.get(from),
      builtIn,
      req.year,
    );
    if (!template.model) return nothing({ status: 'blocked', issues: template.issues });
    const existing = read.get(req.year)!;
    // Regenerating without a branch keeps the one the year's sheets name.
    const branch = req.branch.trim() || (existing.sheetsFound > 0 ? existing.model.branch : '');
    const generated = generateYear(template.model, { year: req.year, branch, rule: req.rule });
    return planGenerated(generated, template.issues, existing, basesIn(grids), {
      fonts: req.fonts,
      settings: req.settings,
      grids,
      sheetNames,
      acceptLosses: req.acceptLosses,
    });
  });
}

/**
 * Era phrases (党的二十大 …) in a rolled-over year that were current for the year before, for the user
 * to review: a congress or session held since may not be in src/plan/era/data.ts yet. Those already
 * out of date are `stale-era`'s.
 */
function eraIssues(model: YearPlan, maps: YearMaps): Issue[] {
  return textCells(model, maps).flatMap((c) => {
    const stale = new Set(staleMentions(c.text, model.year).map((m) => m.text));
    const found = [...new Set(eraMentions(c.text).map((m) => m.text))].filter((t) => !stale.has(t));
    return found.length === 0
      ? []
      : [
          codedIssue('rollover-review', ACTION_MESSAGES.review.era, 'warning', c, {
            phrases: found.join('、'),
            phrasesEn: found.join(', '),
            year: model.year,
          }),
        ];
  });
}

/** Make year Y+1's sheets from year Y's (merged into Y+1's sheets if they exist), in one update. */
export async function rolloverSheets(
  port: WorkbookPort,
  fromYear: number,
  settings?: ValidationSettings,
  options: { acceptLosses?: boolean } = {},
): Promise<ActionResult> {
  const years = [fromYear, fromYear + 1];
  return port.updateSheets(namesWithBases(years), (grids, sheetNames) => {
    const both = yearsFromGrids(years, grids);
    const read = both.get(fromYear)!;
    if (hasErrors(read.issues)) return nothing({ status: 'blocked', issues: read.issues });
    // A year that has only some of its sheets rolls over those: Y+1 gets no empty sheets.
    return planGenerated(rolloverYear(read.model), read.issues, both.get(fromYear + 1)!, basesIn(grids), {
      settings,
      review: eraIssues,
      kinds: read.kinds,
      // The new year is set as the old one was, its columns named as they were.
      fonts: read.fonts,
      headers: read.headers,
      grids,
      sheetNames,
      acceptLosses: options.acceptLosses,
    });
  });
}

/** Validate one year, or every year the workbook holds. */
export async function validateWorkbook(
  port: WorkbookPort,
  year?: number,
  settings?: ValidationSettings,
): Promise<ActionResult> {
  const years = year === undefined ? await listYears(port) : [year];
  if (years.length === 0) {
    return {
      status: 'blocked',
      issues: [
        codedIssue('no-plan-sheets', ACTION_MESSAGES.noSheets.none, 'error', { sheet: '', cell: 'A1' }),
      ],
    };
  }
  const read = await readYearsFrom(port, years);
  const issues = years.flatMap((y) => {
    const r = read.get(y)!;
    return [...r.issues, ...validateYear(r.model, r.maps, settings, r.kinds)];
  });
  return { status: 'done', issues, sheets: years.flatMap((y) => sheetsOf(y, read.get(y)!.kinds)) };
}

/** Lay a year's sheets out again as generated, keeping every value users typed: one update. */
export async function formatSheets(
  port: WorkbookPort,
  year: number,
  settings?: ValidationSettings,
  options: { acceptLosses?: boolean } = {},
): Promise<ActionResult> {
  return port.updateSheets(yearSheetNames([year]), (grids) => {
    const read = yearsFromGrids([year], grids).get(year)!;
    if (read.issues.some((i) => i.severity === 'error' || blocksRewrite(i)))
      return nothing({ status: 'blocked', issues: read.issues });
    // Only the sheets the year has: formatting lays them out, it does not add the ones it lacks; in
    // the fonts they were set in.
    const layout = layoutYear(read.model, { fonts: read.fonts, headers: read.headers });
    const specs = specsOf(layout.specs, year, read.kinds);
    // Formatting is laying out again: the sheets are rebuilt, not written in place; what that does
    // not keep is said first.
    const losses = rebuildLosses(grids, specs, true);
    if (losses.length > 0 && !options.acceptLosses)
      return nothing({ status: 'confirm', reason: 'rebuild', issues: losses });
    return {
      specs,
      rebuild: true,
      result: {
        status: 'done',
        issues: [...losses, ...read.issues, ...validateYear(read.model, layout.maps, settings, read.kinds)],
        sheets: sheetsOf(year, read.kinds),
      },
    };
  });
}

/** The user columns' data cells of a sheet, as A1 ranges. */
export function editableRanges(map: SheetMap): string[] {
  const last = Math.max(map.headerRow + 1, ...map.rows, ...map.sectionRows);
  return COLUMNS[map.kind]
    .filter((c) => c.user && map.columns[c.field] !== undefined)
    .map(
      (c) => `${cellRef(map.headerRow + 1, map.columns[c.field]!)}:${cellRef(last, map.columns[c.field]!)}`,
    );
}

function protectRequests(maps: YearMaps, kinds: readonly SheetKind[]): ProtectRequest[] {
  return kinds.map((k) => ({ sheet: maps[k].sheet, editable: editableRanges(maps[k]) }));
}

/** Validate (errors block, warnings ask), protect the sheets leaving user columns editable, export. */
export async function shareYear(
  port: WorkbookPort,
  year: number,
  options: { acceptWarnings?: boolean; settings?: ValidationSettings } = {},
): Promise<ActionResult | ShareResult> {
  const read = await readYearFrom(port, year);
  const issues = [...read.issues, ...validateYear(read.model, read.maps, options.settings, read.kinds)];
  if (hasErrors(issues)) return { status: 'blocked', issues };
  if (issues.length > 0 && !options.acceptWarnings) return { status: 'confirm', reason: 'warnings', issues };
  await port.protectSheets(protectRequests(read.maps, read.kinds));
  // One kind failing never keeps the other from being made.
  const exportErrors: ShareResult['exportErrors'] = [];
  const make = async (kind: 'xlsx' | 'pdf') => {
    try {
      return await port.exportFile(kind);
    } catch (e) {
      exportErrors.push({ kind, message: (e as Error).message });
      return null;
    }
  };
  const xlsx = await make('xlsx');
  const pdf = await make('pdf');
  return { status: 'done', issues, xlsx, pdf, exportErrors };
}
