/**
 * A question before an action: share with warnings (validation found warnings but no errors), format
 * (the sheets are rebuilt, and what the standard layout does not hold is not kept), or a rebuild that
 * does not keep everything. The warnings or the losses it is about are listed inside the dialog, as the
 * pane's own list is behind it. On the page's <dialog> (ModalDialog): Esc or a click beside it cancels.
 */
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Issue } from '../../plan/issue';
import { placeLabel } from './IssueList';
import { ModalDialog } from './ModalDialog';

export type Question =
  | { reason: 'warnings'; warnings: number }
  | { reason: 'format' }
  /** Sheets must be rebuilt although they hold what a rebuild does not keep (listed as issues). */
  | { reason: 'rebuild'; losses: number };

const useStyles = makeStyles({
  list: {
    margin: `${tokens.spacingVerticalM} 0 0`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    maxHeight: '40vh',
    overflowY: 'auto',
    listStyleType: 'none',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  item: { padding: `${tokens.spacingVerticalXS} 0` },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'flex-end',
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalL,
  },
});

export function ConfirmDialog(props: {
  open: boolean;
  question: Question | null;
  /** The last action's issues: the dialog lists the warnings, or what a rebuild does not keep. */
  issues: readonly Issue[];
  onCancel(): void;
  onConfirm(): void;
}) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const english = i18n.language === 'en-US';
  const q = props.question;
  const [title, text, go] =
    q?.reason === 'format'
      ? [t('confirmFormatTitle'), t('confirmFormat'), t('formatAnyway')]
      : q?.reason === 'rebuild'
        ? [t('confirmRebuildTitle'), t('confirmRebuild', { count: q.losses }), t('rebuildAnyway')]
        : [
            t('confirmWarningsTitle'),
            t('confirmWarnings', { count: q?.reason === 'warnings' ? q.warnings : 0 }),
            t('shareAnyway'),
          ];
  const listed =
    q?.reason === 'warnings'
      ? props.issues.filter((i) => i.severity === 'warning')
      : q?.reason === 'rebuild'
        ? props.issues
        : [];
  return (
    <ModalDialog open={props.open} title={title} onClose={props.onCancel} data-testid="confirm">
      <p>{text}</p>
      {listed.length > 0 && (
        // Focusable: a list that scrolls must be reachable by keyboard (axe scrollable-region-focusable).
        <ul className={styles.list} tabIndex={0} aria-label={t('issues')} data-testid="confirm-issues">
          {listed.map((issue, k) => (
            <li key={`${issue.sheet}-${issue.cell}-${issue.rule}-${k}`} className={styles.item}>
              <Caption1>
                {issue.sheet ? `${issue.sheet} ` : ''}
                {placeLabel(t, issue.cell)}
              </Caption1>{' '}
              <span data-testid="issue-message">{english ? issue.messageEn : issue.message}</span>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.actions}>
        <Button onClick={props.onCancel}>{t('cancel')}</Button>
        <Button appearance="primary" onClick={props.onConfirm}>
          {go}
        </Button>
      </div>
    </ModalDialog>
  );
}
