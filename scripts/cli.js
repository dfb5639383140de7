#!/usr/bin/env node
/**
 * `npm run cli -- <command> …`: the command line, from its bundle dist-cli/cli.cjs, which is built first
 * when it is missing or older than the sources (scripts/build-cli.js), so it works right after
 * `npm install` and after any edit. DEBUG=1 also maps the stack traces it prints to the sources.
 */
/* global require, process */
/* eslint-disable @typescript-eslint/no-require-imports */
'use strict';

const { ensureCli } = require('./build-cli');

ensureCli().then(
  (bundle) => {
    if (process.env.DEBUG) process.setSourceMapsEnabled(true);
    require(bundle);
  },
  (e) => {
    // esbuild has printed where the sources do not build; a stale bundle is never run instead.
    process.stderr.write(
      `无法构建命令行（scripts/build-cli.js）：${e.message.split('\n')[0].replace(/:$/, '')}\n`,
    );
    process.exitCode = 2;
  },
);
