/**
 * Entry: detect the host (boot.ts loads office.js only inside Office), pick the adapter and language,
 * and render the task pane, whose chunk the page preloads; the pane's frame and a loading line show if
 * it is not ready within 100 ms. This chunk holds React, Fluent UI's provider and the strings: the rest
 * comes after.
 */
import { Caption1, FluentProvider, Title3, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type { WorkbookPort } from '../workbook/port';
import { detectHost, type HostInfo } from './host';
import { initI18n, pickLanguage } from './i18n';
import { afterPaint, lazyWorkbook, preloadPreview } from './lazy';
import { browserSettingsStore, documentSettingsStore, type SettingsStore } from './settingsStore';

function portFor(mode: HostInfo['mode']): Promise<WorkbookPort> | WorkbookPort {
  if (mode === 'excel')
    return import('../workbook/office/adapter').then(({ OfficeWorkbook }) => OfficeWorkbook.inExcel());
  // ExcelJS is large: fetched in a chunk of its own when the workbook is first read or written.
  return lazyWorkbook(() =>
    import(/* webpackChunkName: "xlsx" */ '../workbook/xlsx/adapter').then((m) => m.XlsxWorkbook.create()),
  );
}

/** The workbook's own settings inside Excel; this browser's storage on the standalone page, if allowed. */
function settingsStoreFor(mode: HostInfo['mode']): SettingsStore | undefined {
  if (mode === 'excel') return documentSettingsStore(Office.context.document.settings);
  try {
    return browserSettingsStore(window.localStorage);
  } catch {
    return undefined; // storage refused (private mode, sandboxed frame): the defaults, not kept
  }
}

function prefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
}

function Frame(props: { i18n: I18n; dark: boolean; children: ReactNode }) {
  return (
    <FluentProvider theme={props.dark ? webDarkTheme : webLightTheme} style={{ minHeight: '100vh' }}>
      <I18nextProvider i18n={props.i18n}>{props.children}</I18nextProvider>
    </FluentProvider>
  );
}

/** What shows until the pane is ready: its title and a line saying what it waits for. */
function Starting(props: { line: string }) {
  const { t } = useTranslation();
  return (
    <main style={{ padding: 16 }}>
      <Title3 as="h1">{t('appTitle')}</Title3>
      <Caption1 as="p" role="status" data-testid="starting">
        {t(props.line)}
      </Caption1>
    </main>
  );
}

/** How long the page may stay empty before the loading line shows: below what reads as a wait. */
const STARTING_AFTER_MS = 100;

async function main() {
  const params = new URLSearchParams(location.search);
  const i18n = await initI18n(pickLanguage(params.get('lang') ?? navigator.language));
  document.body.style.margin = '0'; // here, not in the page: its CSP allows no inline style attribute
  const root = createRoot(document.getElementById('container')!);
  let dark = prefersDark();
  const show = (children: ReactNode) =>
    root.render(
      <Frame i18n={i18n} dark={dark}>
        {children}
      </Frame>,
    );
  // The loading line shows only if the pane is not ready by then (inside Office, while office.js starts
  // up): on the standalone page the pane's chunks are there and it shows at once, in one render.
  const starting = setTimeout(() => show(<Starting line="starting" />), STARTING_AFTER_MS);
  // The pane's chunks are preloaded by the page (taskpane.html) and run while office.js starts up;
  // the core and the preview come after the pane has shown, so as not to hold its first controls.
  const pane = import(/* webpackChunkName: "pane" */ './components/App');
  pane.catch(() => undefined);
  const host = await detectHost();
  dark = host.dark;
  const language = pickLanguage(params.get('lang') ?? host.displayLanguage);
  if (language !== i18n.language) await i18n.changeLanguage(language);
  if (host.mode === 'excel') {
    const { checkRequirements } = await import('../workbook/office/requirements');
    const problem = checkRequirements();
    if (problem) {
      clearTimeout(starting);
      show(
        <main style={{ padding: 16 }}>
          <p role="alert">{language === 'en-US' ? problem.messageEn : problem.message}</p>
        </main>,
      );
      return;
    }
  }
  try {
    const [{ App }, port] = await Promise.all([pane, portFor(host.mode)]);
    clearTimeout(starting);
    show(
      <App
        port={port}
        mode={host.mode}
        store={settingsStoreFor(host.mode)}
        platform={host.platform}
        fallback={host.fallback}
      />,
    );
    // The App asks for the core as it mounts; the standalone page's preview is fetched after it shows.
    if (host.mode === 'standalone') void afterPaint().then(preloadPreview);
  } catch {
    clearTimeout(starting);
    show(<Starting line="startFailed" />);
  }
}

void main();
