/**
 * The first script of taskpane.html, the first of its deferred scripts (they run in document order): it
 * runs before the pane's bundle without holding the parser. It decides whether the page is inside
 * Office and only then loads office.js, from Microsoft's CDN with the copy in office-js/ as the
 * fallback. A page opened in a plain browser (the standalone page) loads no office.js at all, so it
 * sends nothing to any other host (office.js would fetch its files from the CDN and open a telemetry
 * frame).
 *
 * CONTRACT for the entry (src/taskpane/index.tsx, through host.ts):
 *   window.officeJsReady: Promise<OfficeJsState>, never rejects:
 *     'cdn' | 'local'  office.js has run, from the CDN or from office-js/office.js;
 *     'none'           neither loaded: `Office` is undefined, run standalone;
 *     'skipped'        not inside Office: office.js was not loaded, run standalone.
 *   A CDN that neither loads nor fails is not waited for here: host.ts gives up after a few seconds.
 */
export type OfficeJsState = 'cdn' | 'local' | 'none' | 'skipped';

export const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
export const OFFICE_JS_LOCAL = 'office-js/office.js';

declare global {
  interface Window {
    officeJsReady?: Promise<OfficeJsState>;
  }
}

/** What the page can see of where it runs (a parameter so tests can state it). */
export interface PageSigns {
  search: string;
  /** window.name: Office passes its host and channel information in it to some hosts. */
  name: string;
  framed: boolean;
  /** window.external.GetHostInfo / GetContext (Office's desktop web views), agaveHost (Office on Mac, iOS). */
  hostBridge: boolean;
  /** sessionStorage's `hostInfoValue`, which office.js keeps after a reload. */
  storedHostInfo: boolean;
}

/**
 * Whether the page runs inside Office. The same signs office.js itself looks for
 * (`_retrieveHostInfo` and `parseXdmInfo` in @microsoft/office-js dist/office.debug.js): the `_host_Info`
 * (or `_xdm_Info`) query parameter Office adds to the add-in's URL, host information in window.name,
 * the hosts' script bridges, what office.js saved in sessionStorage — and a frame, as Office on the web
 * shows add-ins in an iframe. `?office` forces it (trying the Office path in a browser); `?standalone`
 * forces the standalone page.
 */
export function insideOffice(signs: PageSigns): boolean {
  const query = new URLSearchParams(signs.search);
  if (query.has('standalone')) return false;
  if (query.has('office') || query.has('_host_Info') || query.has('_xdm_Info')) return true;
  if (/hostInfo|xdmInfo|host_Info|xdm_Info/i.test(signs.name)) return true;
  return signs.framed || signs.hostBridge || signs.storedHostInfo;
}

function pageSigns(): PageSigns {
  const external = (window as unknown as { external?: Record<string, unknown> }).external;
  let storedHostInfo = false;
  try {
    storedHostInfo = !!window.sessionStorage?.getItem('hostInfoValue');
  } catch {
    // storage refused (sandboxed frame): not a sign either way
  }
  let framed: boolean;
  try {
    framed = window.top !== window.self;
  } catch {
    framed = true; // a cross-origin parent
  }
  return {
    search: location.search,
    name: window.name,
    framed,
    hostBridge:
      typeof external?.GetHostInfo === 'function' ||
      typeof external?.GetContext === 'function' ||
      typeof (window as { agaveHost?: unknown }).agaveHost !== 'undefined',
    storedHostInfo,
  };
}

function loadScript(src: string): Promise<boolean> {
  return new Promise((resolve) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve(true);
    script.onerror = () => {
      // office.js finds its base path (for the files it loads next) from the first <script src> ending
      // in office.js: a failed one must go.
      script.remove();
      resolve(false);
    };
    document.head.appendChild(script);
  });
}

export function boot(signs: PageSigns = pageSigns()): Promise<OfficeJsState> {
  if (!insideOffice(signs)) return Promise.resolve('skipped');
  return loadScript(OFFICE_JS_CDN).then(async (cdn) => {
    if (cdn) return 'cdn';
    return (await loadScript(OFFICE_JS_LOCAL)) ? 'local' : 'none';
  });
}

if (typeof window !== 'undefined' && typeof document !== 'undefined' && !window.officeJsReady)
  window.officeJsReady = boot();
