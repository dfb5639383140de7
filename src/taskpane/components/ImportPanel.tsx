/**
 * Importing the files a branch kept from last year: a drop zone (with a button to choose the files)
 * for .docx and .txt files, the list of files with the one sentence of each that cannot be read, and
 * what the files hold as the importer recognises it — sections and items, study months, theme days and
 * their rule, which sheets they fill and which come from the built-in template, the lines not placed —
 * before anything is written. A chunk of its own (../lazy.ts); the reader, with JSZip, is another.
 */
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useId, useMemo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Issue } from '../../plan/issue';
import type { DocKind, ImportSummary, UnplacedWhy } from '../../plan/import/types';
import { SHEET_KINDS } from '../../sheets/kinds';
import { loadCore, loadReader, type Reader } from '../lazy';
import { placeLabel } from './IssueList';
import { importedDocuments, type ImportFile } from './PlanForm';

const KIND_KEY: Record<DocKind, string> = {
  plan: 'kindPlan',
  study: 'kindStudy',
  themeDays: 'kindThemeDays',
};

const WHY_KEY: Record<UnplacedWhy, string> = {
  'before-title': 'whyBeforeTitle',
  'attachment-index': 'whyAttachmentIndex',
  signature: 'whySignature',
  'no-month': 'whyNoMonth',
  'kind-twice': 'whyKindTwice',
  table: 'whyTable',
  furniture: 'whyFurniture',
  contents: 'whyContents',
  picture: 'whyPicture',
};

/** The file types the reader knows; anything else dropped is refused by it with one sentence. */
export const ACCEPT = '.docx,.txt';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  zone: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  over: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  file: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  fileText: { flex: 1, display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
  failed: { color: tokens.colorPaletteRedForeground1 },
  summary: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  counts: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  rule: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  unplaced: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    overflowWrap: 'anywhere',
  },
  where: { fontFamily: tokens.fontFamilyMonospace, marginRight: tokens.spacingHorizontalS },
  why: { color: tokens.colorNeutralForeground3 },
});

let lastId = 0;

interface Recognised {
  summary: ImportSummary;
  errors: Issue[];
}

export function ImportPanel(props: {
  files: readonly ImportFile[];
  /** The form's year: the year of documents whose title gives none. */
  year: number | null;
  /** The form's theme-day rule, which generating uses. */
  rule: string;
  disabled: boolean;
  /** Takes an update of the latest list: files finish reading one after another. */
  onFiles(update: (files: ImportFile[]) => ImportFile[]): void;
  onRule(rule: string): void;
}) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en-US';
  const styles = useStyles();
  const { files, year, disabled, onFiles } = props;
  const input = useRef<HTMLInputElement>(null);
  const depth = useRef(0);
  const [over, setOver] = useState(false);
  const [recognised, setRecognised] = useState<Recognised>();
  const [failure, setFailure] = useState('');
  const [showUnplaced, setShowUnplaced] = useState(false);
  const ids = { zone: useId(), hint: useId(), summary: useId(), unplaced: useId() };

  // The reader is fetched as soon as the user means to import, while they pick the files.
  useEffect(() => {
    loadReader().catch(() => undefined); // a failure shows on the files chosen
  }, []);

  // A file dropped beside the zone is not opened by the browser in place of the pane.
  useEffect(() => {
    const keep = (e: globalThis.DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    window.addEventListener('dragover', keep);
    window.addEventListener('drop', keep);
    return () => {
      window.removeEventListener('dragover', keep);
      window.removeEventListener('drop', keep);
    };
  }, []);

  const documents = useMemo(() => importedDocuments(files), [files]);

  // What the documents hold, as generating will import them.
  useEffect(() => {
    if (documents.length === 0) {
      setRecognised(undefined);
      setFailure('');
      return;
    }
    let live = true;
    loadCore()
      .then((core) => {
        const r = core.importDocuments(documents, { year: year ?? undefined });
        if (!live) return;
        setRecognised({ summary: r.summary, errors: r.issues.filter((i) => i.severity === 'error') });
        setFailure('');
      })
      .catch((e: unknown) => {
        if (!live) return;
        setRecognised(undefined);
        setFailure(t('failed', { message: (e as Error).message }));
      });
    return () => {
      live = false;
    };
  }, [documents, year, t]);

  /** Read the files chosen, one after another; a file of the same name as one in the list replaces it. */
  async function add(chosen: readonly File[]) {
    if (chosen.length === 0) return;
    const entries = chosen.map((f): ImportFile => ({ id: ++lastId, name: f.name, status: 'reading' }));
    const names = new Set(chosen.map((f) => f.name));
    onFiles((list) => [...list.filter((f) => !names.has(f.name)), ...entries]);
    const settle = (done: ImportFile) => onFiles((list) => list.map((f) => (f.id === done.id ? done : f)));
    let reader: Reader;
    try {
      reader = await loadReader();
    } catch (e) {
      const message = (e as Error).message;
      for (const { id, name } of entries)
        settle({ id, name, status: 'failed', message: t('importReaderFailed', { name, message }) });
      return;
    }
    for (const [k, file] of chosen.entries()) {
      const { id, name } = entries[k]!;
      try {
        const r = await reader.readImportFile(new Uint8Array(await file.arrayBuffer()), name);
        settle(
          r.ok
            ? { id, name, status: 'read', document: r.document }
            : { id, name, status: 'failed', message: r.message },
        );
      } catch (e) {
        settle({
          id,
          name,
          status: 'failed',
          message: t('importReadFailed', { name, message: (e as Error).message }),
        });
      }
    }
  }

  function drop(e: DragEvent<HTMLDivElement>) {
    e.preventDefault();
    depth.current = 0;
    setOver(false);
    if (!disabled) void add(Array.from(e.dataTransfer?.files ?? []));
  }

  const list = (parts: string[]) => parts.join(t('listSeparator'));
  const missingMonths = (months: readonly number[]) => {
    const missing = Array.from({ length: 12 }, (_, k) => k + 1).filter((m) => !months.includes(m));
    return months.length === 0 || missing.length === 0
      ? ''
      : t('importMonthsMissing', {
          count: missing.length,
          months: list(missing.map((n) => t('monthN', { n }))),
        });
  };

  const s = recognised?.summary;
  // The fixed day the documents state becomes the form's rule once, when it is found; the user can
  // still choose another (and the button below brings the documents' back).
  const found = s?.rule ?? '';
  const onRule = useRef(props.onRule);
  onRule.current = props.onRule;
  useEffect(() => {
    if (found) onRule.current(found);
  }, [found]);
  const fromFiles = s ? SHEET_KINDS.filter((k) => s.kinds.includes(k)) : [];
  const fromTemplate = s ? SHEET_KINDS.filter((k) => !s.kinds.includes(k)) : [];
  const kindCount = (kind: DocKind): string => {
    if (!s || !s.kinds.includes(kind)) return t('importKindTemplate', { kind: t(KIND_KEY[kind]) });
    if (kind === 'plan')
      return t('importPlanCount', {
        sections: t('sectionCount', { count: s.sections }),
        items: t('itemCount', { count: s.items }),
      });
    if (kind === 'study')
      return t('importStudyCount', { count: s.studyMonths.length }) + missingMonths(s.studyMonths);
    return t('importThemeCount', { count: s.themeDayMonths.length }) + missingMonths(s.themeDayMonths);
  };

  return (
    <div className={styles.panel}>
      <div
        role="group"
        aria-labelledby={ids.zone}
        aria-describedby={ids.hint}
        data-testid="drop-zone"
        className={mergeClasses(styles.zone, over && styles.over)}
        onDragEnter={(e) => {
          e.preventDefault();
          depth.current++;
          if (!disabled) setOver(true);
        }}
        onDragOver={(e) => {
          e.preventDefault();
          if (e.dataTransfer) e.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
        }}
        onDragLeave={() => {
          depth.current = Math.max(0, depth.current - 1);
          if (depth.current === 0) setOver(false);
        }}
        onDrop={drop}
      >
        <Body1 id={ids.zone}>{t('importDrop')}</Body1>
        <Button disabled={disabled} aria-describedby={ids.hint} onClick={() => input.current?.click()}>
          {t('importChoose')}
        </Button>
        <Caption1 id={ids.hint}>{t('importAccept')}</Caption1>
        <input
          ref={input}
          type="file"
          accept={ACCEPT}
          multiple
          hidden
          tabIndex={-1}
          aria-label={t('importChoose')}
          disabled={disabled}
          onChange={(e) => {
            const chosen = Array.from(e.target.files ?? []);
            e.target.value = ''; // choosing the same file again (after editing it) reads it again
            void add(chosen);
          }}
        />
      </div>
      {files.length > 0 && (
        <ul className={styles.list} aria-label={t('importFiles')} aria-live="polite">
          {files.map((f) => (
            <li key={f.id} className={styles.file} data-testid="import-file" data-status={f.status}>
              <div className={styles.fileText}>
                <Body1>{f.name}</Body1>
                {f.status === 'reading' && <Caption1>{t('importReading')}</Caption1>}
                {f.status === 'failed' && (
                  <Caption1 className={styles.failed} data-testid="import-file-message">
                    {f.message}
                  </Caption1>
                )}
              </div>
              <Button
                appearance="subtle"
                size="small"
                aria-label={t('importRemoveFile', { name: f.name })}
                onClick={() => onFiles((list) => list.filter((x) => x.id !== f.id))}
              >
                {t('importRemove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
      {s && (
        <section aria-labelledby={ids.summary} data-testid="import-summary" className={styles.summary}>
          <Subtitle2 as="h3" id={ids.summary}>
            {t('importSummary')}
          </Subtitle2>
          <ul className={styles.counts}>
            {SHEET_KINDS.map((k) => (
              <li key={k} data-kind={k}>
                {kindCount(k)}
              </li>
            ))}
          </ul>
          {s.rule && (
            <div className={styles.rule} data-testid="import-rule">
              <Body1>{t('importRule', { rule: s.rule })}</Body1>
              {s.rule !== props.rule && (
                <>
                  <Caption1>{t('importRuleDiffers', { rule: props.rule })}</Caption1>
                  <Button size="small" disabled={disabled} onClick={() => props.onRule(s.rule)}>
                    {t('importUseRule')}
                  </Button>
                </>
              )}
            </div>
          )}
          {fromFiles.length > 0 && (
            <Body1 data-testid="import-from-files">
              {t('importFromFiles', { kinds: list(fromFiles.map((k) => t(KIND_KEY[k]))) })}
            </Body1>
          )}
          {fromTemplate.length > 0 && (
            <Body1 data-testid="import-from-template">
              {t('importFromTemplate', { kinds: list(fromTemplate.map((k) => t(KIND_KEY[k]))) })}
            </Body1>
          )}
          {recognised.errors.length > 0 && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                {t('importErrors')}
                <ul className={styles.unplaced}>
                  {recognised.errors.map((i, k) => (
                    <li key={k}>
                      <span className={styles.where}>
                        {i.sheet} {placeLabel(t, i.cell)}
                      </span>
                      {english ? i.messageEn : i.message}
                    </li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
          {s.unplaced.length > 0 ? (
            <div>
              <Button
                appearance="subtle"
                aria-expanded={showUnplaced}
                aria-controls={ids.unplaced}
                onClick={() => setShowUnplaced((v) => !v)}
              >
                {t('importUnplaced', { count: s.unplaced.length })}
              </Button>
              {showUnplaced && (
                <ul id={ids.unplaced} className={styles.unplaced} data-testid="import-unplaced">
                  {s.unplaced.map((u, k) => (
                    <li key={k} data-at={u.at}>
                      <Caption1 className={styles.where}>
                        {u.source} {placeLabel(t, u.at)}
                      </Caption1>
                      <Body1>{u.text}</Body1>
                      {WHY_KEY[u.why] && (
                        <Caption1 className={styles.why}>
                          {' '}
                          {t('importUnplacedWhy', { why: t(WHY_KEY[u.why]) })}
                        </Caption1>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ) : (
            <Caption1>{t('importAllPlaced')}</Caption1>
          )}
        </section>
      )}
    </div>
  );
}
