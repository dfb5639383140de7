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

export type Question = { reason: 'warnings'; warnings: number } | { reason: 'format' };

export function ConfirmDialog(props: {
  open: boolean;
  question: Question | null;
  onCancel(): void;
  onConfirm(): void;
}) {
  const { t } = useTranslation();
  const q = props.question;
  const format = q?.reason === 'format';
  return (
    <Dialog open={props.open} onOpenChange={(_, d) => !d.open && props.onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t(format ? 'confirmFormatTitle' : 'confirmWarningsTitle')}</DialogTitle>
          <DialogContent>
            {format
              ? t('confirmFormat')
              : t('confirmWarnings', { warnings: q?.reason === 'warnings' ? q.warnings : 0 })}
          </DialogContent>
          <DialogActions>
            <Button onClick={props.onCancel}>{t('cancel')}</Button>
            <Button appearance="primary" onClick={props.onConfirm}>
              {t(format ? 'formatAnyway' : 'shareAnyway')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
