/**
 * Where the task pane runs. boot.ts loads office.js only inside Office; there Office.onReady reports the
 * host. Anywhere else, or when office.js fails or takes too long, the pane is the standalone page.
 */
import type { OfficeJsState } from './boot';

export interface HostInfo {
  mode: 'excel' | 'standalone';
  displayLanguage: string | null;
  dark: boolean;
  /** Office's platform inside Excel (Office.PlatformType: PC, Mac, OfficeOnline, iOS, …). */
  platform?: string;
  /** Why a page inside Office runs standalone: office.js did not load, or did not answer in time. */
  fallback?: 'officeMissing' | 'officeTimeout';
}

/** How long office.js (loading, then Office.onReady) may take before the pane runs standalone. */
export const OFFICE_TIMEOUT_MS = 5000;

function isDark(colour: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour ?? '');
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h!, 16) / 255);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! < 0.5;
}

function prefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
}

const TIMED_OUT = Symbol('timed out');

function within<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

export async function detectHost(timeoutMs = OFFICE_TIMEOUT_MS): Promise<HostInfo> {
  const standalone = (fallback?: HostInfo['fallback']): HostInfo => ({
    mode: 'standalone',
    displayLanguage: navigator.language,
    dark: prefersDark(),
    ...(fallback ? { fallback } : {}),
  });
  const started = Date.now();
  const state: OfficeJsState | typeof TIMED_OUT = await within(
    window.officeJsReady ?? Promise.resolve<OfficeJsState>('skipped'),
    timeoutMs,
  );
  if (state === TIMED_OUT) return standalone('officeTimeout');
  if (state === 'skipped') return standalone();
  if (state === 'none' || typeof Office === 'undefined' || typeof Office.onReady !== 'function')
    return standalone('officeMissing');
  const info = await within(Office.onReady(), Math.max(0, timeoutMs - (Date.now() - started)));
  if (info === TIMED_OUT) return standalone('officeTimeout');
  // office.js in a plain browser (forced with ?office): no host, so standalone, with nothing to say.
  if (info.host !== Office.HostType.Excel) return standalone();
  return {
    mode: 'excel',
    displayLanguage: Office.context.displayLanguage ?? null,
    dark: isDark(Office.context.officeTheme?.bodyBackgroundColor),
    platform: String(Office.context.platform ?? ''),
  };
}
