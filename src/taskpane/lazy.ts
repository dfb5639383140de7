/**
 * What the task pane loads after its first chunk: the core (needed by the first action, so fetched
 * as the page starts), the standalone page's preview (fetched as that page starts) and the share
 * dialog, which few sessions show (prefetched when the browser is idle).
 */
import { lazy } from 'react';

export type Core = typeof import('./core');

let core: Promise<Core> | undefined;

/** The core, fetched once; a failed fetch is tried again on the next call. */
export function loadCore(): Promise<Core> {
  core ??= import(/* webpackChunkName: "core" */ './core').catch((error: unknown) => {
    core = undefined;
    throw error;
  });
  return core;
}

const loadPreview = () => import(/* webpackChunkName: "preview" */ './components/SheetPreview');

/** The standalone page's preview of the sheets: never shown inside Excel, so never fetched there. */
export const SheetPreview = lazy(() => loadPreview().then((m) => ({ default: m.SheetPreview })));

/** Fetch the preview ahead of the first generate (standalone page only). */
export function preloadPreview(): void {
  loadPreview().catch(() => undefined); // a failure shows when the preview is needed
}

/** The question asked before sharing a year with warnings. */
export const ConfirmDialog = lazy(() =>
  import(/* webpackChunkName: "confirm", webpackPrefetch: true */ './components/ConfirmDialog').then((m) => ({
    default: m.ConfirmDialog,
  })),
);

/** The validation settings, shown when the user opens them. */
export const ValidationSettingsPanel = lazy(() =>
  import(/* webpackChunkName: "settings" */ './components/ValidationSettingsPanel').then((m) => ({
    default: m.ValidationSettingsPanel,
  })),
);
