/**
 * Where the task pane runs. Inside Excel, Office.onReady reports the host; in a plain browser office.js
 * still loads (from the CDN or the local fallback) and reports no host: that is the standalone mode.
 */
declare global {
  interface Window {
    /** Set by taskpane.html: resolves once office.js (CDN or local copy) has loaded, or failed to. */
    officeJsReady?: Promise<unknown>;
  }
}

export interface HostInfo {
  mode: 'excel' | 'standalone';
  displayLanguage: string | null;
  dark: boolean;
}

function isDark(colour: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour ?? '');
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h!, 16) / 255);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! < 0.5;
}

function prefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
}

export async function detectHost(): Promise<HostInfo> {
  await window.officeJsReady?.catch(() => undefined);
  const standalone = {
    mode: 'standalone' as const,
    displayLanguage: navigator.language,
    dark: prefersDark(),
  };
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return standalone;
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Excel) return standalone;
  return {
    mode: 'excel',
    displayLanguage: Office.context.displayLanguage ?? null,
    dark: isDark(Office.context.officeTheme?.bodyBackgroundColor),
  };
}
