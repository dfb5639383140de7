import { deserialize, serialize } from 'node:v8';

/**
 * What jsdom lacks and Fluent UI, the preview and the fake Excel call: matchMedia, ResizeObserver,
 * object URLs, structuredClone, modal dialogs.
 */
export function fillInJsdom(): void {
  globalThis.structuredClone ??= (<T>(v: T): T => deserialize(serialize(v)) as T) as typeof structuredClone;
  window.matchMedia ??= ((q: string) => ({
    matches: false,
    media: q,
    addEventListener() {},
    removeEventListener() {},
    addListener() {},
    removeListener() {},
    onchange: null,
    dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia;
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  // jsdom has <dialog> but not its modal methods: open and close as the browser does (without the
  // inertness of the page behind, which only a browser has), `close` fired on closing.
  const dialog = window.HTMLDialogElement?.prototype;
  if (dialog && typeof dialog.showModal !== 'function') {
    dialog.showModal = function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
    dialog.close = function (this: HTMLDialogElement) {
      if (!this.hasAttribute('open')) return;
      this.removeAttribute('open');
      this.dispatchEvent(new Event('close'));
    };
  }
  URL.createObjectURL = jest.fn(() => 'blob:x');
  URL.revokeObjectURL = jest.fn();
}
