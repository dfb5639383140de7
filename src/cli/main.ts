/**
 * Command line: generate, import and validate a branch's annual plan workbook.
 *   generate --year 2027 --branch "XX党支部" [--from plan.txt | --from last.xlsx] --out plan-2027.xlsx
 *   import plan.txt --year 2020 --out plan.xlsx
 *   validate plan.xlsx [--json]        exit 0 no errors, 1 errors found, 2 unreadable input
 *   rollover plan-2027.xlsx --out plan-2028.xlsx
 */
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { importDocuments, type ImportDocument } from '../plan/import';
import { completeFromTemplate, KIND_LABEL } from '../plan/import/complete';
import { isWordZip, readImportFile } from '../plan/import/files';
import { DOC_KINDS, type DocKind } from '../plan/import/types';
import { sheetName, SHEET_KINDS, type SheetKind } from '../sheets/columns';
import { hasErrors, type Issue } from '../plan/issue';
import type { YearPlan } from '../plan/model';
import { changeYear } from '../plan/yearChange';
import {
  builtInTemplate,
  DEFAULT_TEMPLATE,
  findTemplate,
  TEMPLATE_IDS,
  TEMPLATES,
  type TemplateId,
} from '../plan/templates/builtIn';
import { layoutYear, specsOf } from '../sheets/layout';
import { validateYear } from '../validate';
import { DEFAULT_SETTINGS, parseValidationSettings, type ValidationSettings } from '../validate/settings';
import { generateSheets, rolloverSheets, type ActionResult } from '../app/actions';
import path from 'node:path';
import { baseOf, baseSheet } from '../workbook/bases';
import { XlsxWorkbook } from '../workbook/xlsx/adapter';
import { listYears, readYearFrom } from '../workbook/years';
import { CliError } from './errors';
import {
  checkOutputName,
  decodeText,
  looksLikeZip,
  openForRewrite,
  openWithContent,
  openWorkbook,
  outputExists,
  readInput,
  writeOutput,
} from './files';
import type { FontProfile } from '../sheets/fonts';

function parseYear(value: string): number {
  const y = Number(value);
  if (!/^\d{4}$/.test(value) || y < 1921 || y > 2100)
    throw new InvalidArgumentError('应为 1921–2100 之间的四位年份');
  return y;
}

function parseTemplate(value: string): TemplateId {
  const t = findTemplate(value);
  if (!t)
    throw new InvalidArgumentError(`应为 ${TEMPLATE_IDS.map((id) => TEMPLATES[id].name).join('、')} 之一`);
  return t.id;
}

function parseFonts(value: string): FontProfile {
  if (value !== 'common' && value !== 'official') throw new InvalidArgumentError('应为 common 或 official');
  return value;
}

function formatIssue(i: Issue): string {
  const level = i.severity === 'error' ? '错误' : '警告';
  return `${level}  ${i.sheet}!${i.cell}  ${i.message}  [${i.rule}]`;
}

function report(issues: readonly Issue[]): void {
  for (const i of issues) process.stderr.write(formatIssue(i) + '\n');
}

/** A plan document (.docx, .txt) read for import; a file that is none is one line, exit 2. */
async function readDocument(buf: Uint8Array, file: string): Promise<ImportDocument> {
  const read = await readImportFile(buf, file);
  if (!read.ok) throw new CliError(read.message);
  return read.document;
}

async function readDocuments(files: readonly string[]): Promise<ImportDocument[]> {
  const docs: ImportDocument[] = [];
  for (const file of files) docs.push(await readDocument(await readInput(file), file));
  return docs;
}

/**
 * The model of a template source: plan documents (.docx, .txt), the latest year of a workbook, or the
 * built-in template (also what fills the sheets the documents or the workbook do not hold).
 */
async function loadTemplate(
  file: string | undefined,
  builtIn: () => YearPlan,
): Promise<{ model: YearPlan; issues: Issue[] }> {
  if (!file) return { model: builtIn(), issues: [] };
  const buf = await readInput(file);
  if (looksLikeZip(buf) && !isWordZip(buf)) {
    const wb = await openWorkbook(file);
    const years = await listYears(wb);
    const last = years[years.length - 1];
    if (last === undefined) throw new CliError(`${file}：工作簿中没有年度计划工作表（如“2026年工作计划”）`);
    const read = await readYearFrom(wb, last);
    if (hasErrors(read.issues)) {
      report(read.issues);
      throw new CliError(`${file}：${last}年的工作表有无法读取的内容，未生成`, 1);
    }
    const { model, issues } = completeFromTemplate(read.model, read.kinds, builtIn(), file);
    return { model, issues: [...read.issues, ...issues] };
  }
  const imported = importDocuments([await readDocument(buf, file)]);
  if (hasErrors(imported.issues)) {
    report(imported.issues);
    throw new CliError(`${file}：无法作为模板导入，未生成`, 1);
  }
  const { model, issues } = completeFromTemplate(imported.model, imported.kinds, builtIn(), file);
  return { model, issues: [...imported.issues, ...issues] };
}

async function writeWorkbook(
  out: string,
  model: YearPlan,
  kinds: readonly SheetKind[],
  fonts?: FontProfile,
): Promise<Issue[]> {
  const layout = layoutYear(model, { fonts });
  const wb = XlsxWorkbook.create();
  // The base of later merges: what was written, as written (src/workbook/bases.ts).
  await wb.writeSheets(
    specsOf(layout.specs, model.year, kinds),
    baseSheet(new Map(), new Map([[model.year, baseOf(model, kinds)]])),
  );
  await writeOutput(out, await wb.toBuffer());
  return validateYear(model, layout.maps, DEFAULT_SETTINGS, kinds);
}

/** A workbook whose new copy leaves out what it cannot keep: said on stderr (the original is untouched). */
async function openNotKeptSaid(file: string, out: string): Promise<XlsxWorkbook> {
  const { workbook, notKept } = await openWithContent(file);
  if (notKept.length > 0)
    process.stderr.write(
      `提示  ${file} 含有${notKept.map((k) => k.name).join('、')}，${out} 中不会有它们（${file} 未改动）\n`,
    );
  return workbook;
}

/** Validation settings from a JSON file; a bad file is one line naming the key and what was expected. */
async function loadSettings(file: string | undefined): Promise<ValidationSettings> {
  if (!file) return DEFAULT_SETTINGS;
  const parsed = parseValidationSettings(decodeText(await readInput(file), file));
  if ('error' in parsed) throw new CliError(`${file}：${parsed.error}`);
  return parsed.settings;
}

/** Notes of generating that are not validation findings: merges kept or updated, phrases to review. */
const NOTE_RULES = new Set([
  'import-unplaced',
  'import-title',
  'import-no-year',
  'import-year',
  'import-template-kinds',
  'theme-day-defaults',
  'regenerate-merge',
  'rollover-review',
]);

/** Write the workbook of a done action, or report why nothing was written. */
async function finish(r: ActionResult, port: XlsxWorkbook, out: string, year: number, blockedCode: number) {
  if (r.status === 'confirm') {
    report(r.issues);
    throw new CliError(
      `未写入 ${out}：工作表需要重建，上面列出的内容不会保留；确认无妨后加 --rebuild 再运行`,
      blockedCode,
    );
  }
  if (r.status !== 'done') {
    report(r.issues);
    const errors = r.issues.filter((i) => i.severity === 'error').length;
    throw new CliError(
      errors > 0
        ? `未写入 ${out}：有 ${errors} 个错误需要先修正`
        : `未写入 ${out}：表格之外还有内容（见上），重写会丢失它们；请先移入表格或删除`,
      blockedCode,
    );
  }
  report(r.issues.filter((i) => NOTE_RULES.has(i.rule)));
  await writeOutput(out, await port.toBuffer());
  const found = r.issues.filter((i) => !NOTE_RULES.has(i.rule));
  const merged =
    r.written?.how === 'merged' ? `（并入已有的工作表，保留了 ${r.written.kept} 处填写的内容）` : '';
  process.stdout.write(summary(out, year, found, r.sheets, undefined, merged) + '\n');
  if (hasErrors(r.issues)) process.exitCode = 1;
}

/** The kinds of sheet a set of documents did not hold, to say so. */
function missingKinds(kinds: readonly DocKind[]): string {
  return DOC_KINDS.filter((k) => !kinds.includes(k))
    .map((k) => KIND_LABEL[k][0])
    .join('、');
}

/**
 * `sheets`: the sheets written when not all three (a roll-over of a year that has only some, an
 * import of documents that hold only some); `missing` names what the documents did not hold; `how`
 * says a merge into sheets that were there.
 */
function summary(
  out: string,
  year: number,
  issues: readonly Issue[],
  sheets?: readonly string[],
  missing?: string,
  how = '',
): string {
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  const names = sheets ?? SHEET_KINDS.map((k) => sheetName(k, year));
  const written = `${names.join('、')}${names.length === SHEET_KINDS.length ? '三张' : ''}工作表`;
  const notWritten = missing ? `（文件中没有${missing}，未写入）` : '';
  return `已写入 ${out}：${written}${notWritten}${how}；校验发现 ${errors} 个错误、${warnings} 个警告（用 validate 查看）`;
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('cli')
    .description('支部年度计划：生成、导入和校验年度工作计划工作簿')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program
    .command('generate')
    .description('按模板生成某一年的三张工作表')
    .requiredOption('--year <year>', '计划年度', parseYear)
    .option('--branch <name>', '支部名称（默认沿用模板）')
    .option('--from <file>', '模板：计划文档 (.docx、.txt) 或上一年的工作簿 (.xlsx)；默认内置模板')
    .option(
      '--template <kind>',
      `内置模板的支部类型：${TEMPLATE_IDS.map((id) => TEMPLATES[id].name).join('、')}（默认${TEMPLATES[DEFAULT_TEMPLATE].name}；也用于补齐 --from 中没有的工作表）`,
      parseTemplate,
    )
    .option(
      '--focus <text>',
      '当前的学习重点，内置模板中用到它的地方都按此填写（默认按已召开的党代会和全会确定）',
    )
    .option('--rule <rule>', '主题党日固定活动日，如“每月第一个星期五”“每月20日”')
    .option(
      '--fonts <profile>',
      '字体：common（宋体/黑体/仿宋）或 official（方正小标宋/仿宋_GB2312）',
      parseFonts,
    )
    .requiredOption('--out <file>', '输出的 .xlsx 文件')
    .option('--settings <file>', '校验设置 (JSON)，如 {"themeDayMonths": 11, "off": ["empty-owner"]}')
    .option('--rebuild', '工作表需要重建时，即使批注、超链接、填充色等不会保留也写入')
    .action(
      async (o: {
        rebuild?: boolean;
        year: number;
        branch?: string;
        from?: string;
        template?: TemplateId;
        focus?: string;
        rule?: string;
        fonts?: FontProfile;
        out: string;
        settings?: string;
      }) => {
        const loaded = await loadSettings(o.settings);
        const settings = o.focus === undefined ? loaded : { ...loaded, studyFocus: o.focus };
        const builtIn = () =>
          builtInTemplate(o.template ?? DEFAULT_TEMPLATE, { year: o.year, focus: settings.studyFocus });
        const template = await loadTemplate(o.from, builtIn);
        report(template.issues);
        // An existing output workbook is regenerated in place: its other sheets and every user cell are kept.
        checkOutputName(o.out);
        const port = (await outputExists(o.out)) ? await openForRewrite(o.out) : XlsxWorkbook.create();
        const r = await generateSheets(port, {
          year: o.year,
          branch: o.branch ?? '',
          rule: o.rule ?? '',
          source: { kind: 'model', model: template.model },
          fonts: o.fonts,
          settings,
          acceptLosses: o.rebuild === true,
        });
        await finish(r, port, o.out, o.year, r.issues.some((i) => i.rule === 'theme-day-rule') ? 2 : 1);
      },
    );

  program
    .command('rollover')
    .description('由某一年的工作表生成下一年的工作表（内容和负责人沿用，状态清空，日期重算）')
    .argument('<file>', '工作簿 (.xlsx)')
    .option('--year <year>', '从哪一年滚动（默认工作簿中最后一年）', parseYear)
    .requiredOption('--out <file>', '输出的 .xlsx 文件（含原有工作表和新一年的工作表）')
    .option('--settings <file>', '校验设置 (JSON)，如 {"themeDayMonths": 11, "off": ["empty-owner"]}')
    .option('--rebuild', '新一年已有的工作表需要重建时，即使批注、超链接、填充色等不会保留也写入')
    .action(async (file: string, o: { year?: number; out: string; settings?: string; rebuild?: boolean }) => {
      checkOutputName(o.out);
      const inPlace = path.resolve(o.out) === path.resolve(file);
      if ((await outputExists(o.out)) && !inPlace)
        throw new CliError(
          `${o.out} 已存在，未覆盖：请写入新文件，或写回输入的工作簿（--out ${file}），新一年并入其中`,
        );
      const settings = await loadSettings(o.settings);
      const port = inPlace ? await openForRewrite(file) : await openNotKeptSaid(file, o.out);
      const years = await listYears(port);
      const from = o.year ?? years[years.length - 1];
      if (from === undefined) throw new CliError(`${file}：工作簿中没有年度计划工作表（如“2027年工作计划”）`);
      if (!years.includes(from))
        throw new CliError(`${file}：工作簿中没有 ${from} 年的工作表（有：${years.join('、')}）`);
      const r = await rolloverSheets(port, from, settings, { acceptLosses: o.rebuild === true });
      await finish(r, port, o.out, from + 1, 1);
    });

  program
    .command('import')
    .description('把计划文档（Word .docx 或文本 .txt，可多份）导入为格式化的工作簿')
    .argument('<files...>', '计划文档：.docx 或 .txt（UTF-8、UTF-16、GBK/GB18030）；几份文件合为一年')
    .requiredOption('--year <year>', '计划年度', parseYear)
    .option('--fonts <profile>', '字体：common 或 official', parseFonts)
    .requiredOption('--out <file>', '输出的 .xlsx 文件')
    .action(async (files: string[], o: { year: number; fonts?: FontProfile; out: string }) => {
      checkOutputName(o.out);
      if (await outputExists(o.out))
        throw new CliError(
          `${o.out} 已存在，未覆盖：请写入新文件；要把文件中的计划并入这个工作簿，请用 generate --year ${o.year} --from ${files[0]} --out ${o.out}`,
        );
      const imported = importDocuments(await readDocuments(files), { year: o.year });
      report(imported.issues);
      if (hasErrors(imported.issues)) throw new CliError(`${files.join('、')}：导入失败，未写入文件`, 1);
      let model = imported.model;
      if (model.year !== o.year) {
        process.stderr.write(`提示  文本是 ${model.year} 年的计划，已按 ${o.year} 年改写年份\n`);
        model = changeYear(model, o.year);
      }
      const issues = await writeWorkbook(o.out, model, imported.kinds, o.fonts);
      const s = imported.summary;
      process.stderr.write(
        `识别  ${s.sections} 个部分、${s.items} 项；学习计划 ${s.studyMonths.length} 个月；主题党日 ${s.themeDayMonths.length} 次；未导入 ${s.unplaced.length} 行\n`,
      );
      const written = imported.kinds.map((k) => sheetName(k, model.year));
      process.stdout.write(summary(o.out, model.year, issues, written, missingKinds(imported.kinds)) + '\n');
      if (hasErrors(issues)) process.exitCode = 1;
    });

  program
    .command('validate')
    .description('校验工作簿中每一年的三张工作表')
    .argument('<file>', '工作簿 (.xlsx)')
    .option('--json', '以 JSON 输出问题列表')
    .option('--settings <file>', '校验设置 (JSON)，如 {"themeDayMonths": 11, "off": ["empty-owner"]}')
    .action(async (file: string, o: { json?: boolean; settings?: string }) => {
      const settings = await loadSettings(o.settings);
      const wb = await openWorkbook(file);
      const years = await listYears(wb);
      if (years.length === 0) throw new CliError(`${file}：工作簿中没有年度计划工作表（如“2027年工作计划”）`);
      const issues: Issue[] = [];
      for (const year of years) {
        const read = await readYearFrom(wb, year);
        issues.push(...read.issues, ...validateYear(read.model, read.maps, settings, read.kinds));
      }
      if (o.json) {
        const out = issues.map(({ rule, severity, sheet, cell, message, code, data }) => ({
          rule,
          severity,
          sheet,
          cell,
          message,
          // What exactly was found, and its values: the catalogue's code (src/plan/messages.ts).
          code,
          data,
        }));
        process.stdout.write(JSON.stringify({ issues: out }) + '\n');
      } else {
        for (const i of issues) process.stdout.write(formatIssue(i) + '\n');
        const errors = issues.filter((i) => i.severity === 'error').length;
        process.stdout.write(`${years.join('、')}年：${errors} 个错误，${issues.length - errors} 个警告\n`);
      }
      process.exitCode = hasErrors(issues) ? 1 : 0;
    });

  return program;
}

export async function run(argv: string[]): Promise<number> {
  process.exitCode = 0;
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
    return Number(process.exitCode ?? 0);
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.exitCode === 0)
        return 0;
      return 2;
    }
    if (e instanceof CliError) {
      process.stderr.write(e.message + '\n');
      return e.exitCode;
    }
    process.stderr.write(`内部错误：${(e as Error).message}\n`);
    if (process.env.DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
    return 2;
  }
}
