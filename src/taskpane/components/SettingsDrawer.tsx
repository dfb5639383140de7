/**
 * The validation settings in a drawer over the pane (a modal dialog along its end edge): opened from its
 * button, closed with its close button, Esc or a click beside it, focus then back on the button. It
 * covers the issues instead of pushing them down the pane.
 */
import { Button } from '@fluentui/react-components';
import { Dismiss24Regular } from '@fluentui/react-icons';
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from './ModalDialog';
import { ValidationSettingsPanel } from './ValidationSettingsPanel';

export function SettingsDrawer(
  props: ComponentProps<typeof ValidationSettingsPanel> & { open: boolean; onClose(): void },
) {
  const { t } = useTranslation();
  const { open, onClose, ...panel } = props;
  return (
    <ModalDialog
      open={open}
      side
      onClose={onClose}
      title={t('settings')}
      action={
        <Button appearance="subtle" aria-label={t('close')} icon={<Dismiss24Regular />} onClick={onClose} />
      }
    >
      <ValidationSettingsPanel {...panel} />
    </ModalDialog>
  );
}
