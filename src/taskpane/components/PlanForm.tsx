/**
 * The year's settings: branch, year, theme-day rule and the template to start from — the built-in
 * one of a kind of branch, a pasted text, files brought from last year (read and summarised by
 * ImportPanel, a chunk of its own) or a year of the workbook — and the study focus the built-in
 * templates name (a setting kept with the validation settings).
 */
import {
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { Suspense, useId, type Dispatch, type SetStateAction } from 'react';
import { Trans, useTranslation } from 'react-i18next';
// Types only: the reader and the importer are loaded with import() (../lazy.ts).
import type { ImportDocument } from '../../plan/import/types';
import { TEMPLATE_IDS, type TemplateId } from '../../plan/templates/types';
import { ImportPanel } from '../lazy';

export type SourceKind = 'default' | 'text' | 'files' | 'year';

/** A file the user chose or dropped: being read, read into a document, or refused with one sentence. */
export type ImportFile = { id: number; name: string } & (
  { status: 'reading' } | { status: 'read'; document: ImportDocument } | { status: 'failed'; message: string }
);

export interface PlanSettings {
  branch: string;
  year: string;
  rule: string;
  source: SourceKind;
  /** The kind of branch whose built-in template is used (also for the sheets imported files lack). */
  template: TemplateId;
  text: string;
  files: ImportFile[];
  fromYear: string;
}

/** The documents of the files read so far. */
export function importedDocuments(files: readonly ImportFile[]): ImportDocument[] {
  return files.flatMap((f) => (f.status === 'read' ? [f.document] : []));
}

/** Whether the files can be generated from: all read (or refused), at least one document. */
export function filesReady(files: readonly ImportFile[]): boolean {
  return !files.some((f) => f.status === 'reading') && files.some((f) => f.status === 'read');
}

/**
 * The rule a new plan starts with: the core's DEFAULT_RULE_TEXT (src/plan/dayRule.ts), written out so
 * that the first chunk need not hold the core; test/budgets.test.ts checks that the two agree.
 */
export const DEFAULT_RULE = '每月第一个星期五';

export const RULE_PRESETS = [
  DEFAULT_RULE,
  '每月第一个星期一',
  '每月第二个星期五',
  '每月最后一个星期五',
  '每月20日',
];

/** The rules the hint gives as examples: written in Chinese, as the sheets state them (content, not UI). */
export const RULE_EXAMPLES = ['每月第一个星期五', '每月最后一个星期三', '每月20日'];

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export function validYear(year: string): number | null {
  const y = Number(year);
  return /^\d{4}$/.test(year) && y >= 1921 && y <= 2100 ? y : null;
}

/** The study focus as the form edits it: the setting, and the default it falls back to when empty. */
export interface FocusField {
  value: string;
  /** The focus of the year's era (the core's currentFocus); undefined until the core has loaded. */
  fallback?: string;
  onChange(value: string): void;
}

export function PlanForm(props: {
  value: PlanSettings;
  years: readonly number[];
  disabled: boolean;
  focus?: FocusField;
  /** Takes an update of the latest settings: files finish reading after the render that chose them. */
  onChange: Dispatch<SetStateAction<PlanSettings>>;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const v = props.value;
  const presets = useId();
  const set = (patch: Partial<PlanSettings>) => props.onChange((s) => ({ ...s, ...patch }));
  return (
    <div className={styles.form}>
      <Field label={t('branch')}>
        <Input
          value={v.branch}
          placeholder={t('branchPlaceholder')}
          disabled={props.disabled}
          onChange={(_, d) => set({ branch: d.value })}
        />
      </Field>
      <Field label={t('year')} validationMessage={validYear(v.year) ? undefined : t('yearInvalid')}>
        <Input
          type="number"
          value={v.year}
          min={1921}
          max={2100}
          disabled={props.disabled}
          onChange={(_, d) => set({ year: d.value })}
        />
      </Field>
      <Field
        label={t('rule')}
        hint={
          // The examples are rules as typed: in Chinese whatever the pane's language, and marked so.
          <Trans
            i18nKey="ruleHint"
            values={{ examples: RULE_EXAMPLES.join(t('listSeparator')) }}
            components={[<span key="examples" lang="zh-CN" />]}
          />
        }
      >
        {/*
          A text box with the usual rules as suggestions (the browser's own list, <datalist>): any rule
          may be typed. Native controls here and below, not Fluent's Combobox and Dropdown: they need
          no positioning library before the form can show, and on touch (Excel on iPad) the system's
          own picker opens.
        */}
        <Input
          list={presets}
          value={v.rule}
          disabled={props.disabled}
          onChange={(_, d) => set({ rule: d.value })}
        />
      </Field>
      <datalist id={presets}>
        {RULE_PRESETS.map((r) => (
          <option key={r} value={r} />
        ))}
      </datalist>
      <Field label={t('source')}>
        <RadioGroup
          value={v.source}
          disabled={props.disabled}
          onChange={(_, d) => set({ source: d.value as SourceKind })}
        >
          <Radio value="default" label={t('sourceDefault')} />
          <Radio value="text" label={t('sourceText')} />
          <Radio value="files" label={t('sourceFiles')} />
          <Radio value="year" label={t('sourceYear')} disabled={props.years.length === 0} />
        </RadioGroup>
      </Field>
      {v.source !== 'year' && (
        <Field label={t('templateKind')} hint={t('templateKindHint')}>
          <Select
            value={v.template}
            disabled={props.disabled}
            onChange={(_, d) => set({ template: d.value as TemplateId })}
          >
            {TEMPLATE_IDS.map((id) => (
              <option key={id} value={id}>
                {t(`template_${id}`)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {v.source !== 'year' && props.focus && (
        <Field label={t('focus')} hint={t('focusHint')}>
          <Textarea
            value={props.focus.value}
            // What is written into the sheets: Chinese, as they are.
            lang="zh-CN"
            placeholder={props.focus.fallback}
            resize="vertical"
            rows={2}
            disabled={props.disabled}
            onChange={(_, d) => props.focus?.onChange(d.value)}
          />
        </Field>
      )}
      {v.source === 'text' && (
        <Textarea
          aria-label={t('sourceText')}
          placeholder={t('pasteHere')}
          value={v.text}
          resize="vertical"
          rows={6}
          disabled={props.disabled}
          onChange={(_, d) => set({ text: d.value })}
        />
      )}
      {v.source === 'files' && (
        <Suspense fallback={null}>
          <ImportPanel
            files={v.files}
            year={validYear(v.year)}
            rule={v.rule}
            disabled={props.disabled}
            onFiles={(update) => props.onChange((s) => ({ ...s, files: update(s.files) }))}
            onRule={(rule) => set({ rule })}
          />
        </Suspense>
      )}
      {v.source === 'year' && (
        <Select
          aria-label={t('sourceYear')}
          value={v.fromYear}
          disabled={props.disabled || props.years.length === 0}
          onChange={(_, d) => set({ fromYear: d.value })}
        >
          {props.years.length === 0 && <option value="">{t('noYears')}</option>}
          {props.years.map((y) => (
            <option key={y} value={String(y)}>
              {String(y)}
            </option>
          ))}
        </Select>
      )}
    </div>
  );
}
