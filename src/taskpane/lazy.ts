/**
 * What the task pane loads after its first chunk: the core (needed by the first action, so fetched
 * as the page starts), the standalone page's preview (fetched as that page starts), the share
 * dialog, which few sessions show (prefetched when the browser is idle), and the import of files —
 * its panel and the file reader with JSZip, fetched when the user chooses 从文件导入 — and, on the
 * standalone page, ExcelJS, fetched when the workbook is first read or written.
 */
import { lazy } from 'react';
import type { WorkbookPort } from '../workbook/port';

export type Core = typeof import('./core');

/** A chunk fetched once; a failed fetch is tried again on the next call. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

/**
 * Resolves once the frame being rendered has been painted: what is fetched after it does not run
 * before the pane's first controls show.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function') setTimeout(resolve, 0);
    else requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

/**
 * The core, fetched once, after the frame that asks for it is painted (the pane asks as it mounts);
 * a failed fetch is tried again on the next call.
 */
export const loadCore = once<Core>(() =>
  afterPaint().then(() => import(/* webpackChunkName: "core" */ './core')),
);

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

/** The validation settings, in a drawer shown when the user opens them. */
export const SettingsDrawer = lazy(() =>
  import(/* webpackChunkName: "settings" */ './components/SettingsDrawer').then((m) => ({
    default: m.SettingsDrawer,
  })),
);

/** The drop zone, list of files and summary of what they hold, shown when the user imports files. */
export const ImportPanel = lazy(() =>
  import(/* webpackChunkName: "import" */ './components/ImportPanel').then((m) => ({
    default: m.ImportPanel,
  })),
);

export type Reader = typeof import('../plan/import/files');

/**
 * The reader of .docx and .txt files (with JSZip), fetched once, when the import panel shows; a failed
 * fetch is tried again on the next call.
 */
export const loadReader = once<Reader>(() => import(/* webpackChunkName: "reader" */ '../plan/import/files'));

/**
 * The standalone page's workbook, with ExcelJS (a chunk of ~260 kB gzip) fetched only when a workbook
 * must be read or written. Until then the workbook is the new, empty one the page starts with: it has
 * no sheets to list or read.
 */
export function lazyWorkbook(load: () => Promise<WorkbookPort>): WorkbookPort {
  const loaded = once(load);
  let ready = false;
  const port = async () => {
    const p = await loaded();
    ready = true;
    return p;
  };
  return {
    listSheets: async () => (ready ? (await port()).listSheets() : []),
    readSheets: async (names) => (ready || names.length > 0 ? (await port()).readSheets(names) : []),
    writeSheets: async (specs, store) => (await port()).writeSheets(specs, store),
    updateSheets: async (names, plan) => (await port()).updateSheets(names, plan),
    protectSheets: async (requests) => (await port()).protectSheets(requests),
    selectCell: async (sheet, cell) => (await port()).selectCell(sheet, cell),
    exportFile: async (kind) => (await port()).exportFile(kind),
  };
}
