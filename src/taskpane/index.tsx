/** Entry: detect the host, pick the adapter and language, render the task pane. */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { WorkbookPort } from '../workbook/port';
import { App } from './components/App';
import { detectHost } from './host';
import { initI18n, pickLanguage } from './i18n';
import { loadCore, preloadPreview } from './lazy';
import { browserSettingsStore, documentSettingsStore, type SettingsStore } from './settingsStore';

async function portFor(mode: 'excel' | 'standalone'): Promise<WorkbookPort> {
  if (mode === 'excel') {
    const { OfficeWorkbook } = await import('../workbook/office/adapter');
    return OfficeWorkbook.inExcel();
  }
  // ExcelJS is large: loaded only outside Excel, in a chunk of its own.
  const { XlsxWorkbook } = await import(/* webpackChunkName: "xlsx" */ '../workbook/xlsx/adapter');
  return XlsxWorkbook.create();
}

/** The workbook's own settings inside Excel; this browser's storage on the standalone page, if allowed. */
function settingsStoreFor(mode: 'excel' | 'standalone'): SettingsStore | undefined {
  if (mode === 'excel') return documentSettingsStore(Office.context.document.settings);
  try {
    return browserSettingsStore(window.localStorage);
  } catch {
    return undefined; // storage refused (private mode, sandboxed frame): the defaults, not kept
  }
}

async function main() {
  // The core is fetched while office.js starts up and the pane renders; a failure shows on first use.
  loadCore().catch(() => undefined);
  const host = await detectHost();
  const params = new URLSearchParams(location.search);
  const i18n = await initI18n(pickLanguage(params.get('lang') ?? host.displayLanguage));
  const container = document.getElementById('container')!;
  const root = createRoot(container);
  const theme = host.dark ? webDarkTheme : webLightTheme;
  if (host.mode === 'excel') {
    const { checkRequirements } = await import('../workbook/office/requirements');
    const problem = checkRequirements();
    if (problem) {
      container.textContent = i18n.language === 'en-US' ? problem.messageEn : problem.message;
      return;
    }
  }
  if (host.mode === 'standalone') preloadPreview();
  const port = await portFor(host.mode);
  root.render(
    <FluentProvider theme={theme} style={{ minHeight: '100vh' }}>
      <I18nextProvider i18n={i18n}>
        <App port={port} mode={host.mode} store={settingsStoreFor(host.mode)} />
      </I18nextProvider>
    </FluentProvider>,
  );
}

void main();
