/**
 * A question before an action: share with warnings (validation found warnings but no errors), or
 * format (the sheets are rebuilt, and what the standard layout does not hold is not kept).
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

export type Question =
  | { reason: 'warnings'; warnings: number }
  | { reason: 'format' }
  /** Sheets must be rebuilt although they hold what a rebuild does not keep (listed as issues). */
  | { reason: 'rebuild'; losses: number };

export function ConfirmDialog(props: {
  open: boolean;
  question: Question | null;
  onCancel(): void;
  onConfirm(): void;
}) {
  const { t } = useTranslation();
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
  return (
    <Dialog open={props.open} onOpenChange={(_, d) => !d.open && props.onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{text}</DialogContent>
          <DialogActions>
            <Button onClick={props.onCancel}>{t('cancel')}</Button>
            <Button appearance="primary" onClick={props.onConfirm}>
              {go}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
