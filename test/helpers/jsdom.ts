import { deserialize, serialize } from 'node:v8';

/**
 * What jsdom lacks and Fluent UI, the preview and the fake Excel call: matchMedia, ResizeObserver,
 * object URLs, structuredClone.
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
  URL.createObjectURL = jest.fn(() => 'blob:x');
  URL.revokeObjectURL = jest.fn();
}
