/**
 * The task pane rendered as index.tsx shows it (in Fluent's provider, with i18next), once the
 * workbook's sheets it lists as it mounts have settled.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import type { ComponentProps } from 'react';
import { I18nextProvider } from 'react-i18next';
import { App } from '../../src/taskpane/components/App';

export async function renderPane(i18n: I18n, props: ComponentProps<typeof App>): Promise<void> {
  await act(async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <I18nextProvider i18n={i18n}>
          <App {...props} />
        </I18nextProvider>
      </FluentProvider>,
    );
  });
}
