/**
 * What the task pane's buttons do, over any WorkbookPort: generate a year's sheets, validate, format,
 * share. Pure orchestration of the core; the UI only shows the results. Problems users can cause come
 * back as issues or as a question to confirm, never as exceptions.
 */
import { generateYear } from '../plan/generate';
import { importPlanText } from '../plan/import';
import { hasErrors, type Issue } from '../plan/issue';
import type { YearPlan } from '../plan/model';
import { defaultTemplate } from '../plan/templates/default';
import { COLUMNS, sheetName, SHEET_KINDS } from '../sheets/columns';
import { layoutYear } from '../sheets/layout';
import type { SheetMap, YearMaps } from '../sheets/map';
import { cellRef } from '../sheets/spec';
import { validateYear } from '../validate';
import type { ProtectRequest, WorkbookPort } from '../workbook/port';
import { listYears, readYearFrom } from '../workbook/years';

export type TemplateSource =
  { kind: 'default' } | { kind: 'text'; text: string } | { kind: 'year'; year: number };

export interface GenerateRequest {
  year: number;
  branch: string;
  rule: string;
  source: TemplateSource;
  /** The user agreed to replace the year's existing sheets. */
  overwrite?: boolean;
}

/** The outcome of an action: done, blocked by errors, or waiting for the user to confirm something. */
export type ActionResult =
  | { status: 'done'; issues: Issue[]; sheets: string[] }
  | { status: 'blocked'; issues: Issue[] }
  | { status: 'confirm'; reason: 'overwrite' | 'warnings'; issues: Issue[] };

export interface ShareResult {
  status: 'done';
  issues: Issue[];
  xlsx: Uint8Array | null;
  pdf: Uint8Array | null;
}

function sheetsOf(year: number): string[] {
  return SHEET_KINDS.map((k) => sheetName(k, year));
}

async function loadTemplate(
  port: WorkbookPort,
  source: TemplateSource,
): Promise<{ model?: YearPlan; issues: Issue[] }> {
  if (source.kind === 'default') return { model: defaultTemplate(), issues: [] };
  if (source.kind === 'text') {
    const r = importPlanText(source.text, { source: '粘贴的计划文本' });
    return hasErrors(r.issues) ? { issues: r.issues } : r;
  }
  const r = await readYearFrom(port, source.year);
  return hasErrors(r.issues) ? { issues: r.issues } : { model: r.model, issues: r.issues };
}

export async function generateSheets(port: WorkbookPort, req: GenerateRequest): Promise<ActionResult> {
  const existing = new Set(await port.listSheets());
  const targets = sheetsOf(req.year);
  if (!req.overwrite && targets.some((n) => existing.has(n)))
    return { status: 'confirm', reason: 'overwrite', issues: [] };
  const template = await loadTemplate(port, req.source);
  if (!template.model) return { status: 'blocked', issues: template.issues };
  const generated = generateYear(template.model, { year: req.year, branch: req.branch, rule: req.rule });
  if (hasErrors(generated.issues))
    return { status: 'blocked', issues: [...template.issues, ...generated.issues] };
  const layout = layoutYear(generated.model);
  await port.writeSheets(layout.specs);
  const issues = [...template.issues, ...generated.issues, ...validateYear(generated.model, layout.maps)];
  return { status: 'done', issues, sheets: targets };
}

/** Validate one year, or every year the workbook holds. */
export async function validateWorkbook(port: WorkbookPort, year?: number): Promise<ActionResult> {
  const years = year === undefined ? await listYears(port) : [year];
  if (years.length === 0) {
    return {
      status: 'blocked',
      issues: [
        {
          rule: 'no-plan-sheets',
          severity: 'error',
          sheet: '',
          cell: 'A1',
          message: '工作簿中还没有年度计划工作表，请先生成',
          messageEn: 'The workbook has no plan sheets yet; generate them first.',
        },
      ],
    };
  }
  const issues: Issue[] = [];
  for (const y of years) {
    const read = await readYearFrom(port, y);
    issues.push(...read.issues, ...validateYear(read.model, read.maps));
  }
  return { status: 'done', issues, sheets: years.flatMap(sheetsOf) };
}

/** Lay a year's sheets out again as generated, keeping every value users typed. */
export async function formatSheets(port: WorkbookPort, year: number): Promise<ActionResult> {
  const read = await readYearFrom(port, year);
  if (hasErrors(read.issues)) return { status: 'blocked', issues: read.issues };
  const layout = layoutYear(read.model);
  await port.writeSheets(layout.specs);
  return { status: 'done', issues: validateYear(read.model, layout.maps), sheets: sheetsOf(year) };
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

function protectRequests(maps: YearMaps): ProtectRequest[] {
  return [maps.plan, maps.study, maps.themeDays].map((m) => ({
    sheet: m.sheet,
    editable: editableRanges(m),
  }));
}

/** Validate (errors block, warnings ask), protect the sheets leaving user columns editable, export. */
export async function shareYear(
  port: WorkbookPort,
  year: number,
  options: { acceptWarnings?: boolean } = {},
): Promise<ActionResult | ShareResult> {
  const read = await readYearFrom(port, year);
  const issues = [...read.issues, ...validateYear(read.model, read.maps)];
  if (hasErrors(issues)) return { status: 'blocked', issues };
  if (issues.length > 0 && !options.acceptWarnings) return { status: 'confirm', reason: 'warnings', issues };
  await port.protectSheets(protectRequests(read.maps));
  const xlsx = await port.exportFile('xlsx');
  const pdf = await port.exportFile('pdf');
  return { status: 'done', issues, xlsx, pdf };
}
