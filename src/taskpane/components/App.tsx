/**
 * The task pane: the year's form, the five actions, progress, messages, the validation settings, the
 * issues and (standalone) a preview.
 */
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
// Types only: the core is loaded with import() (../lazy.ts), outside the first chunk.
import type { ActionResult, ShareResult, TemplateSource } from '../../app/actions';
import type { Issue } from '../../plan/issue';
import type { SheetGrid } from '../../sheets/spec';
import type { RuleMeta } from '../../validate/rule';
import type { NumberSetting, ValidationSettings } from '../../validate/settings';
import type { BackupState, WorkbookPort } from '../../workbook/port';
import { saveBytes, saveFile, XLSX_TYPE, type Saved } from '../download';
import { ConfirmDialog, loadCore, SettingsDrawer, SheetPreview } from '../lazy';
import type { Question } from './ConfirmDialog';
import type { SettingsStore } from '../settingsStore';
import { IssueList } from './IssueList';
import {
  DEFAULT_RULE,
  filesReady,
  importedDocuments,
  PlanForm,
  validYear,
  type PlanSettings,
} from './PlanForm';

export type Mode = 'excel' | 'standalone';

/**
 * What an action's failure says: Excel refusing while the user types in a cell (Excel.ErrorCodes
 * InvalidOperationInCellEditMode; nothing of the batch ran) asks them to finish the cell first.
 */
export function failureNotice(e: unknown, t: (key: string, o?: Record<string, unknown>) => string): Notice {
  if ((e as { code?: unknown } | null)?.code === 'InvalidOperationInCellEditMode')
    return { intent: 'warning', text: t('cellEditMode') };
  // A write refused because the last one did not finish (src/workbook/office/safeWrite.ts).
  const stranded = (e as { stranded?: unknown } | null)?.stranded;
  if (Array.isArray(stranded))
    return { intent: 'warning', text: t('stranded', { sheets: stranded.join('、') }) };
  return { intent: 'error', text: t('failed', { message: (e as Error).message }) };
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    boxSizing: 'border-box',
    maxWidth: '100%',
    // At pane width nothing may make the page scroll sideways: long words and file names wrap.
    overflowWrap: 'anywhere',
  },
  /** The standalone page from 1000 px: the form and issues beside the sheet preview. */
  wide: {
    '@media (min-width: 1000px)': {
      display: 'grid',
      gridTemplateColumns: 'minmax(360px, 440px) minmax(0, 1fr)',
      alignItems: 'start',
      columnGap: tokens.spacingHorizontalXXL,
    },
  },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

interface Notice {
  intent: 'success' | 'warning' | 'error' | 'info';
  text: string;
}

type Pending = Question;

function counts(issues: readonly Issue[]) {
  const errors = issues.filter((i) => i.severity === 'error').length;
  return { errors, warnings: issues.length - errors };
}

/** The validation settings in force, their defaults and ranges, the rules: known once the core has loaded. */
interface Validation {
  settings: ValidationSettings;
  defaults: ValidationSettings;
  numbers: readonly NumberSetting[];
  rules: RuleMeta[];
  /** The study focus a year follows when the setting is empty. */
  focusOf(year: number): string;
}

export function App(props: {
  port: WorkbookPort;
  mode: Mode;
  /** Where the validation settings are kept; without one they are the defaults, not kept. */
  store?: SettingsStore;
  initialYear?: number;
  /** Office's platform inside Excel (Office.context.platform). */
  platform?: string;
  /** Why a page inside Office runs standalone (host.ts): said when the pane opens. */
  fallback?: 'officeMissing' | 'officeTimeout';
}) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const { port, mode, store } = props;
  const [settings, setSettings] = useState<PlanSettings>({
    branch: '',
    year: String(props.initialYear ?? new Date().getFullYear() + 1),
    rule: DEFAULT_RULE,
    source: 'default',
    template: 'office',
    text: '',
    files: [],
    fromYear: '',
  });
  const [years, setYears] = useState<number[]>([]);
  const [busy, setBusy] = useState(false);
  const [notice, setNoticeState] = useState<Notice | null>(
    props.fallback ? { intent: 'warning', text: t(props.fallback) } : null,
  );
  /** Each notice is a new message bar, so that screen readers hear it (it announces as it mounts). */
  const [noticeKey, setNoticeKey] = useState(0);
  const setNotice = useCallback((next: Notice | null) => {
    setNoticeState(next);
    if (next) setNoticeKey((k) => k + 1);
  }, []);
  /** The button an action was started from: focus goes back to it when the action is done. */
  const trigger = useRef<HTMLElement | null>(null);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [pending, setPending] = useState<Pending | null>(null);
  /** The dialog stays mounted once asked, so that it closes as it opens (animated). */
  const [asked, setAsked] = useState(false);
  const [grids, setGrids] = useState<SheetGrid[]>([]);
  const [tab, setTab] = useState('');
  const [selected, setSelected] = useState<{ sheet: string; cell: string }>();
  const [validation, setValidation] = useState<Validation>();
  const [showSettings, setShowSettings] = useState(false);
  /** The drawer stays mounted once opened, so that it closes as it opens (animated). */
  const settingsOpened = useRef(false);
  const settingsButton = useRef<HTMLButtonElement>(null);
  if (showSettings) settingsOpened.current = true;
  const [backups, setBackups] = useState<BackupState>({ restorable: [], stranded: [] });
  /** The action a rebuild question runs again once confirmed. */
  const rerun = useRef<(() => void) | null>(null);

  const refresh = useCallback(async () => {
    const [names, core, kept] = await Promise.all([
      port.listSheets(),
      loadCore(),
      port.backups ? port.backups() : Promise.resolve(undefined),
    ]);
    if (kept) {
      setBackups(kept);
      // What a write that did not finish left is offered back as soon as it is seen.
      if (kept.stranded.length > 0)
        setNotice({ intent: 'warning', text: t('stranded', { sheets: kept.stranded.join('、') }) });
    }
    const found = core.yearsInSheets(names);
    setYears(found);
    setSettings((s) =>
      s.fromYear || found.length === 0 ? s : { ...s, fromYear: String(found[found.length - 1]) },
    );
    if (mode === 'standalone') setGrids(await port.readSheets(names));
  }, [port, mode, t, setNotice]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  async function restore() {
    if (!port.restoreBackups) return;
    await run(async () => {
      const restored = await port.restoreBackups!();
      setIssues([]);
      setNotice(
        restored.length > 0
          ? { intent: 'success', text: t('restored', { sheets: restored.join('、') }) }
          : { intent: 'info', text: t('restoredNone') },
      );
    });
  }

  // The settings kept for this workbook (or browser); bad ones are reported and the defaults used.
  useEffect(() => {
    let live = true;
    void loadCore()
      .then((core) => {
        const saved = store?.load();
        const parsed =
          saved === undefined ? { settings: core.DEFAULT_SETTINGS } : core.parseValidationSettings(saved);
        if (!live) return;
        if ('error' in parsed)
          setNotice({
            intent: 'warning',
            text: t('settingsInvalid', {
              message: i18n.language === 'en-US' ? parsed.errorEn : parsed.error,
            }),
          });
        setValidation({
          settings: 'settings' in parsed ? parsed.settings : core.DEFAULT_SETTINGS,
          defaults: core.DEFAULT_SETTINGS,
          numbers: core.NUMBER_SETTINGS,
          rules: core.RULES.map((r) => r.meta),
          focusOf: core.currentFocus,
        });
      })
      // The core failing to load shows on the first action; until then the settings stay closed.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [store, t, i18n, setNotice]);

  async function changeSettings(settings: ValidationSettings) {
    setValidation((v) => v && { ...v, settings });
    if (!store) return;
    const core = await loadCore();
    try {
      await store.save(core.changedSettings(settings));
    } catch (e) {
      setNotice({ intent: 'error', text: t('settingsSaveFailed', { message: (e as Error).message }) });
    }
  }

  const year = validYear(settings.year);

  async function run(work: () => Promise<void>) {
    const pressed = document.activeElement;
    if (pressed instanceof HTMLElement && pressed !== document.body) trigger.current = pressed;
    setBusy(true);
    setNotice(null);
    try {
      await work();
    } catch (e) {
      setNotice(failureNotice(e, t));
    } finally {
      // Also after a failure: what it left (backups, a write that did not finish) shows.
      await refresh().catch(() => undefined);
      setBusy(false);
      // Focus back where the user was, unless something else (a dialog) has taken it.
      setTimeout(() => {
        const now = document.activeElement;
        if ((!now || now === document.body) && trigger.current?.isConnected) trigger.current.focus();
      });
    }
  }

  /**
   * Show an action's outcome; true when it is done. `again` runs the action once more with what the
   * user confirmed (a rebuild that does not keep everything).
   */
  function show(result: ActionResult | ShareResult, done: string, again?: () => void): boolean {
    setIssues(result.issues);
    const c = counts(result.issues);
    if (result.status === 'blocked') {
      setNotice({
        intent: 'error',
        text: c.errors ? t('blocked', { errors: c.errors }) : t('blockedOutside'),
      });
      return false;
    }
    if (result.status === 'confirm') {
      if (result.reason === 'rebuild' && again) {
        rerun.current = again;
        setPending({ reason: 'rebuild', losses: result.issues.length });
      } else setPending({ reason: 'warnings', warnings: c.warnings });
      setAsked(true);
      return false;
    }
    // The count is said even when zero: a year generated from the built-in template has no issue.
    const tail = ' ' + (result.issues.length ? t('validated', c) : t('validatedClean'));
    setNotice({ intent: c.errors ? 'warning' : 'success', text: done + tail });
    return true;
  }

  /** What generating did: created the year's sheets, or merged into them keeping what users filled in. */
  function outcome(r: ActionResult, year: number): string {
    if (r.status !== 'done') return '';
    const sheets = r.sheets.join(t('listSeparator'));
    return r.written?.how === 'merged'
      ? t('generatedMerged', { year, sheets, count: r.written.kept })
      : t('generatedCreated', { year, sheets });
  }

  function source(): TemplateSource {
    if (settings.source === 'text') return { kind: 'text', text: settings.text };
    if (settings.source === 'files')
      return { kind: 'documents', documents: importedDocuments(settings.files) };
    if (settings.source === 'year') return { kind: 'year', year: Number(settings.fromYear) };
    return { kind: 'default' };
  }

  const generate = (acceptLosses = false) =>
    run(async () => {
      if (!year) return;
      const core = await loadCore();
      const r = await core.generateSheets(port, {
        year,
        branch: settings.branch,
        rule: settings.rule,
        source: source(),
        template: settings.template,
        settings: validation?.settings,
        acceptLosses,
      });
      if (show(r, outcome(r, year), () => void generate(true)) && r.status === 'done')
        setTab(r.sheets[0] ?? '');
    });

  const rollover = (acceptLosses = false) =>
    run(async () => {
      if (!year) return;
      const core = await loadCore();
      const r = await core.rolloverSheets(port, year, validation?.settings, { acceptLosses });
      const done = t('rolledOver', { from: year, to: year + 1 });
      if (show(r, done, () => void rollover(true)) && r.status === 'done') {
        setSettings((s) => ({ ...s, year: String(year + 1) }));
        setTab(r.sheets[0] ?? '');
      }
    });

  const validate = () =>
    run(async () => {
      const core = await loadCore();
      const r = await core.validateWorkbook(
        port,
        year && years.includes(year) ? year : undefined,
        validation?.settings,
      );
      if (r.status === 'done') {
        setIssues(r.issues);
        const c = counts(r.issues);
        setNotice(
          r.issues.length
            ? { intent: c.errors ? 'error' : 'warning', text: t('validated', c) }
            : { intent: 'success', text: t('validatedClean') },
        );
      } else show(r, '');
    });

  /** Formatting rebuilds the sheets: asked first, as what the layout does not hold is not kept. */
  const askFormat = () => {
    setPending({ reason: 'format' });
    setAsked(true);
  };

  const format = () =>
    run(async () => {
      if (!year) return;
      const core = await loadCore();
      // Asked first (askFormat): what the standard layout does not keep is listed with the result.
      show(
        await core.formatSheets(port, year, validation?.settings, { acceptLosses: true }),
        t('formatted', { year }),
      );
    });

  const share = (acceptWarnings = false) =>
    run(async () => {
      if (!year) return;
      const core = await loadCore();
      const r = await core.shareYear(port, year, { acceptWarnings, settings: validation?.settings });
      if (!show(r, t('shared')) || !('xlsx' in r)) return;
      const name = `${settings.branch || '支部'}${year}年度计划`;
      // Where the pane cannot download (Excel on Mac, iPad), the .xlsx opens as a new workbook instead.
      const saved: [string, Saved][] = [];
      if (r.xlsx) saved.push(['XLSX', await saveFile(r.xlsx, `${name}.xlsx`, XLSX_TYPE, props.platform)]);
      if (r.pdf) saved.push(['PDF', await saveFile(r.pdf, `${name}.pdf`, 'application/pdf', props.platform)]);
      const said = [
        ...r.exportErrors.map((x) => t('exportFailed', { kind: x.kind.toUpperCase(), message: x.message })),
        ...saved.flatMap(([kind, how]) =>
          how === 'opened' ? [t('savedOpened')] : how === 'unsaved' ? [t('saveUnsupported', { kind })] : [],
        ),
      ];
      if (said.length > 0) setNotice({ intent: 'warning', text: `${t('shared')} ${said.join(' ')}` });
      else if (!r.pdf) setNotice({ intent: 'success', text: `${t('shared')} ${t('sharedNoPdf')}` });
    });

  const download = () =>
    run(async () => {
      const bytes = await port.exportFile('xlsx');
      if (bytes) saveBytes(bytes, `${settings.branch || '支部'}${year ?? ''}年度计划.xlsx`, XLSX_TYPE);
    });

  async function select(issue: Issue) {
    if (!issue.sheet) return;
    setSelected({ sheet: issue.sheet, cell: issue.cell });
    setTab(issue.sheet);
    try {
      await port.selectCell(issue.sheet, issue.cell);
    } catch (e) {
      setNotice({ intent: 'error', text: t('failed', { message: (e as Error).message }) });
    }
  }

  const hasYear = year !== null && years.includes(year);
  const sourceReady = settings.source !== 'files' || filesReady(settings.files);
  /** While an action runs its button stays focusable (disabledFocusable), so focus is not dropped. */
  const action = (enabled: boolean) => ({ disabled: !enabled, disabledFocusable: enabled && busy });
  const previewing = mode === 'standalone' && grids.length > 0;
  const controls = (
    <div className={styles.column}>
      <header className={styles.header}>
        <Title3 as="h1">{t('appTitle')}</Title3>
        <Caption1 as="p" data-testid="mode">
          {t(mode === 'excel' ? 'modeExcel' : 'modeStandalone')}
        </Caption1>
      </header>
      <PlanForm
        value={settings}
        years={years}
        disabled={busy}
        onChange={setSettings}
        focus={
          validation && {
            value: validation.settings.studyFocus,
            fallback: validation.focusOf(year ?? new Date().getFullYear() + 1),
            onChange: (studyFocus) => void changeSettings({ ...validation.settings, studyFocus }),
          }
        }
      />
      <div className={styles.actions} role="group" aria-label={t('actions')}>
        <Button appearance="primary" {...action(!!year && sourceReady)} onClick={() => void generate()}>
          {t('generate')}
        </Button>
        <Button {...action(years.length > 0)} onClick={validate}>
          {t('validate')}
        </Button>
        <Button {...action(hasYear)} onClick={askFormat}>
          {t('format')}
        </Button>
        <Button {...action(hasYear)} onClick={() => share()}>
          {t('share')}
        </Button>
        <Button {...action(hasYear)} onClick={() => void rollover()}>
          {t('rollover')}
        </Button>
        {mode === 'standalone' && grids.length > 0 && (
          <Button {...action(true)} onClick={download}>
            {t('download')}
          </Button>
        )}
      </div>
      {mode === 'excel' && port.restoreBackups && (
        <div className={styles.actions}>
          <Button
            {...action(backups.restorable.length > 0 || backups.stranded.length > 0)}
            onClick={() => void restore()}
          >
            {t('restore')}
          </Button>
        </div>
      )}
      {mode === 'excel' && (
        <Caption1 as="p" data-testid="no-undo">
          {t('noUndo')}
        </Caption1>
      )}
      {busy && <ProgressBar aria-label={t('working')} thickness="large" />}
      {/*
        Notices are said by screen readers: the live region is there from the start (one added with its
        text is not read), and each notice is a new message bar in it.
      */}
      <div aria-live="polite" aria-atomic="true" data-testid="announce">
        {notice && (
          <MessageBar key={noticeKey} intent={notice.intent} data-testid="notice">
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <div>
        <Button
          appearance="subtle"
          aria-haspopup="dialog"
          disabled={!validation}
          ref={settingsButton}
          onClick={() => setShowSettings(true)}
        >
          {t('settings')}
        </Button>
      </div>
      <IssueList issues={issues} onSelect={select} />
      {mode === 'standalone' && grids.length === 0 && <Body1>{t('noSheets')}</Body1>}
    </div>
  );
  return (
    <main className={previewing ? `${styles.root} ${styles.wide}` : styles.root}>
      {controls}
      {previewing && (
        <Suspense fallback={null}>
          <SheetPreview grids={grids} issues={issues} active={tab} selected={selected} onTab={setTab} />
        </Suspense>
      )}
      {validation && (showSettings || settingsOpened.current) && (
        <Suspense fallback={null}>
          <SettingsDrawer
            open={showSettings}
            onClose={() => {
              setShowSettings(false);
              setTimeout(() => settingsButton.current?.focus());
            }}
            value={validation.settings}
            defaults={validation.defaults}
            numbers={validation.numbers}
            rules={validation.rules}
            where={store?.where ?? 'browser'}
            disabled={busy}
            onChange={(s) => void changeSettings(s)}
          />
        </Suspense>
      )}
      {asked && (
        <Suspense fallback={null}>
          <ConfirmDialog
            open={pending !== null}
            question={pending}
            issues={issues}
            onCancel={() => setPending(null)}
            onConfirm={() => {
              const was = pending;
              setPending(null);
              if (was?.reason === 'format') void format();
              else if (was?.reason === 'rebuild') rerun.current?.();
              else void share(true);
            }}
          />
        </Suspense>
      )}
    </main>
  );
}
