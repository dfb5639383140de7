#!/usr/bin/env node
/**
 * `npm run validate:offline`: check manifest.xml without Microsoft's online validator.
 *   node scripts/check-manifest.js [manifest.xml] [--dist <dir>]
 * With --dist, the manifest's dev-origin URLs are resolved in a built folder instead of the sources.
 * Exit code 0 when the manifest passes, 1 when it does not.
 */
/* global require, process, console */
/* eslint-disable @typescript-eslint/no-require-imports */
'use strict';

const fs = require('fs');
const path = require('path');
const { checkManifest, distResolver, sourceResolver, ROOT } = require('./manifest-check');

const args = process.argv.slice(2);
const distAt = args.indexOf('--dist');
const dist = distAt >= 0 ? args.splice(distAt, 2)[1] : undefined;
const file = path.resolve(args[0] || path.join(ROOT, 'manifest.xml'));

const { errors, info } = checkManifest(fs.readFileSync(file, 'utf8'), {
  resolve: dist ? distResolver(path.resolve(dist)) : sourceResolver(),
});
const name = path.relative(process.cwd(), file) || file;
if (errors.length > 0) {
  console.error(`${name}: ${errors.length} problem(s)`);
  for (const e of errors) console.error(`  - ${e}`);
  process.exit(1);
}
console.log(
  `${name}: OK — ${info.displayName.value} / ${info.displayName.overrides['en-US']} ${info.version}, ` +
    `ExcelApi ${info.excelApiMinVersion}, ${info.icons.length} icon references, ${info.urls.length} URLs`,
);
