/**
 * The command line as one bundled file, dist-cli/cli.cjs: src/cli/bin.ts and all it imports (ExcelJS,
 * chinese-days, zod, commander …), minified, for Node 20. Node starts it several times faster than tsx
 * starts the sources and ExcelJS's hundreds of files. Build output, never committed.
 *
 *   node scripts/build-cli.js                      build now (`npm run build:cli`)
 *   const { ensureCli } = require('./build-cli');  await ensureCli() → the bundle's path, built if stale
 *
 * Stale: missing, or older than a file or folder it is made from (INPUTS: src/, the shims, this file,
 * package.json, tsconfig.json and the lockfiles, so an edit or an `npm install` is picked up by the next
 * run). scripts/cli.js (`npm run cli`) checks that before each run, in about 3 ms.
 *
 * Two shims (scripts/cli-bundle/) leave out what the CLI never uses: ExcelJS's streaming reader and
 * writer, and pako's JavaScript deflate, which Node's zlib replaces in JSZip.
 */
/* global require, module, __dirname, __filename, console, process */
/* eslint-disable @typescript-eslint/no-require-imports */
'use strict';

const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const OUT_DIR = path.join(ROOT, 'dist-cli');
const BUNDLE = path.join(OUT_DIR, 'cli.cjs');
const ENTRY = path.join(ROOT, 'src', 'cli', 'bin.ts');
const SHIMS = path.join(__dirname, 'cli-bundle');

/** What the bundle is made from: folders are walked (their own mtime counts too, for deletions). */
const INPUTS = [
  path.join(ROOT, 'src'),
  SHIMS,
  __filename,
  path.join(ROOT, 'package.json'),
  path.join(ROOT, 'package-lock.json'),
  path.join(ROOT, 'tsconfig.json'),
  path.join(ROOT, 'node_modules', '.package-lock.json'),
];

/** The newest mtime (ms) of a file or folder and, for a folder, of everything in it; 0 if missing. */
function newestMtime(p) {
  let stat;
  try {
    stat = fs.statSync(p);
  } catch {
    return 0;
  }
  let newest = stat.mtimeMs;
  if (stat.isDirectory())
    for (const name of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, name)));
  return newest;
}

function newestInput() {
  return Math.max(...INPUTS.map(newestMtime));
}

/** Whether the bundle is missing or older than anything it is made from. */
function isStale() {
  try {
    return fs.statSync(BUNDLE).mtimeMs < newestInput();
  } catch {
    return true;
  }
}

/**
 * `exceljs` → scripts/cli-bundle/exceljs.js; JSZip's `pako` → scripts/cli-bundle/pako.js, whose own
 * `pako/lib/…` resolve from JSZip's folder, so the shim uses the same copy of pako JSZip would.
 */
const shims = {
  name: 'cli-shims',
  setup(build) {
    const excel = path.join(SHIMS, 'exceljs.js');
    const pako = path.join(SHIMS, 'pako.js');
    let pakoFrom = ROOT;
    build.onResolve({ filter: /^exceljs$/ }, () => ({ path: excel }));
    build.onResolve({ filter: /^pako$/ }, (args) => {
      if (!/[\\/]jszip[\\/]lib[\\/]flate\.js$/.test(args.importer)) return undefined;
      pakoFrom = args.resolveDir;
      return { path: pako };
    });
    build.onResolve({ filter: /^pako\// }, (args) =>
      args.importer === pako
        ? build.resolve(args.path, { kind: args.kind, resolveDir: pakoFrom })
        : undefined,
    );
  },
};

/** Build dist-cli/cli.cjs (and its source map) now; written whole, so a run at the same time never reads half a file. */
async function buildCli() {
  const esbuild = require('esbuild');
  // The bundle's mtime is when the build read its inputs (or the newest input's, should a clock have put
  // one in the future): an edit made while it builds leaves it stale.
  const readAt = Math.max(Date.now(), newestInput()) / 1000;
  const result = await esbuild.build({
    entryPoints: [ENTRY],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    // ExcelJS tells some values apart by constructor.name (worksheet.spliceRows with merged cells).
    keepNames: true,
    sourcemap: 'linked',
    write: false,
    logLevel: 'error',
    plugins: [shims],
  });
  fs.mkdirSync(OUT_DIR, { recursive: true });
  for (const out of result.outputFiles) {
    const tmp = `${out.path}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, out.contents);
    fs.utimesSync(tmp, readAt, readAt);
    fs.renameSync(tmp, out.path);
  }
  return BUNDLE;
}

/** The bundle's path, built first if it is stale. */
async function ensureCli() {
  return isStale() ? buildCli() : BUNDLE;
}

module.exports = { BUNDLE, buildCli, ensureCli, isStale };

if (require.main === module) {
  buildCli().then(
    (file) => console.log(`${path.relative(ROOT, file)} written`),
    () => {
      process.exitCode = 1; // esbuild has printed its errors
    },
  );
}
