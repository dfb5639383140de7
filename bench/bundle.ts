/**
 * The task pane's production build, measured: the scripts taskpane.html loads before anything shows
 * (its entry chunks; office.js from the CDN and its local fallback excluded), raw and gzip, whether
 * ExcelJS is in them, and which modules take the most of them. Used by bench/run.ts and by
 * test/build.test.ts, which checks the bytes against bench/budgets.json.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';

export const ROOT = path.resolve(__dirname, '..');
/** A string only ExcelJS's code holds (the part name it writes and reads). */
export const EXCELJS_MARKER = 'xl/sharedStrings.xml';

/** `webpack --mode production` into `out` (never dist/). Slow: ~40 s on 2 cores. */
export function buildProduction(
  out: string,
  timeoutMs = 290_000,
  /** The address it is built for (`--env url=`); the dev server's when not given. */
  url?: string,
): Promise<{ ok: boolean; log: string }> {
  const webpackBin = require.resolve('webpack/bin/webpack.js');
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [
        webpackBin,
        '--mode',
        'production',
        '--output-path',
        out,
        '--no-color',
        ...(url ? ['--env', `url=${url}`] : []),
      ],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, timeout: timeoutMs },
      (error, stdout, stderr) => resolve({ ok: !error, log: `${stdout}\n${stderr}` }),
    );
  });
}

/** The local scripts an HTML page loads, in order (http(s) URLs, i.e. the CDN's office.js, excluded). */
export function initialScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/g)]
    .map((m) => m[1]!)
    .filter((src) => !/^https?:/.test(src));
}

export interface ScriptSize {
  file: string;
  rawBytes: number;
  gzipBytes: number;
  exceljs: boolean;
}

/** The files a page's `<link rel=…>` tags of one kind name, in order. */
export function linked(html: string, rel: 'preload' | 'stylesheet'): string[] {
  return [...html.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => new RegExp(`\\brel=["']?${rel}\\b`).test(tag))
    .map((tag) => /\bhref=["']?([^"'\s>]+)/.exec(tag)?.[1] ?? '')
    .filter((href) => href && !/^https?:/.test(href) && !href.endsWith('.png'));
}

export interface InitialBundle {
  scripts: ScriptSize[];
  rawBytes: number;
  /** Each script gzipped on its own (zlib's default level), as a server sends them, summed. */
  gzipBytes: number;
  /**
   * Fetched with the page too, though not run before it shows: the pane's own chunks the page preloads
   * and its stylesheet (Fluent UI's and the pane's styles, extracted at build time), gzip.
   */
  preloadGzipBytes: number;
  cssGzipBytes: number;
}

/** What the built taskpane.html in `dir` loads with its page. */
export function measureInitial(dir: string): InitialBundle {
  const html = fs.readFileSync(path.join(dir, 'taskpane.html'), 'utf8');
  const scripts = initialScripts(html).map((file): ScriptSize => {
    const code = fs.readFileSync(path.join(dir, file));
    return {
      file,
      rawBytes: code.length,
      gzipBytes: zlib.gzipSync(code).length,
      exceljs: code.includes(EXCELJS_MARKER),
    };
  });
  const gzipOf = (files: string[]) =>
    files.reduce((n, file) => n + zlib.gzipSync(fs.readFileSync(path.join(dir, file))).length, 0);
  return {
    scripts,
    rawBytes: scripts.reduce((n, s) => n + s.rawBytes, 0),
    gzipBytes: scripts.reduce((n, s) => n + s.gzipBytes, 0),
    preloadGzipBytes: gzipOf(linked(html, 'preload')),
    cssGzipBytes: gzipOf(linked(html, 'stylesheet')),
  };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One line of a source map's `mappings`: each segment's generated column and source index. */
function decodeLine(line: string, state: { source: number }): { column: number; source: number }[] {
  const out: { column: number; source: number }[] = [];
  let column = 0;
  for (const segment of line.split(',')) {
    if (!segment) continue;
    const fields: number[] = [];
    let value = 0;
    let shift = 0;
    for (const ch of segment) {
      const digit = BASE64.indexOf(ch);
      value += (digit & 31) << shift;
      if (digit & 32) shift += 5;
      else {
        fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    column += fields[0]!;
    if (fields.length > 1) state.source += fields[1]!;
    out.push({ column, source: fields.length > 1 ? state.source : -1 });
  }
  return out;
}

/** `webpack://name/./node_modules/a/b.js` → `a/b.js`; `./src/x.ts` → `src/x.ts`. */
function moduleName(source: string): string {
  const local = source.replace(/^webpack:\/\/[^/]*\//, '').replace(/^\.\//, '');
  const i = local.lastIndexOf('node_modules/');
  return i >= 0 ? local.slice(i + 'node_modules/'.length) : local;
}

export interface ModuleSize {
  module: string;
  /** Minified bytes of the scripts that come from this module (through the build's source maps). */
  bytes: number;
}

/** The modules that take the most of the given scripts, largest first, from their source maps. */
export function largestModules(dir: string, files: readonly string[], count = 3): ModuleSize[] {
  const sizes = new Map<string, number>();
  for (const file of files) {
    const code = fs.readFileSync(path.join(dir, file), 'utf8').split('\n');
    const map = JSON.parse(fs.readFileSync(path.join(dir, `${file}.map`), 'utf8')) as {
      sources: string[];
      mappings: string;
    };
    const state = { source: 0 };
    map.mappings.split(';').forEach((line, i) => {
      const segments = decodeLine(line, state);
      const length = code[i]?.length ?? 0;
      segments.forEach((s, k) => {
        const end = segments[k + 1]?.column ?? length;
        const name = s.source >= 0 ? moduleName(map.sources[s.source]!) : '(webpack runtime, unmapped)';
        sizes.set(name, (sizes.get(name) ?? 0) + end - s.column);
      });
    });
  }
  return [...sizes]
    .map(([module, bytes]) => ({ module, bytes }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, count);
}
