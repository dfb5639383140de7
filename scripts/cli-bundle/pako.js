/**
 * pako as JSZip sees it in the CLI bundle (scripts/build-cli.js maps JSZip's `pako` here): deflate by
 * Node's zlib, several times faster than pako's JavaScript in a process that has just started; inflate
 * is pako's, so reading a workbook behaves exactly as before.
 *
 * JSZip's FlateWorker creates `new Deflate({ raw: true, level })`, sets `onData`, and calls `push(chunk,
 * false)` for each chunk of a file and `push([], true)` at its end.
 */
/* global require, module, Buffer */
/* eslint-disable @typescript-eslint/no-require-imports */
'use strict';

const zlib = require('zlib');
const { Inflate } = require('pako/lib/inflate');

class Deflate {
  constructor(options) {
    this.level = options && options.level;
    this.chunks = [];
    this.onData = () => {};
  }

  push(data, last) {
    if (data.length) this.chunks.push(Buffer.from(data));
    if (last) {
      const out = zlib.deflateRawSync(Buffer.concat(this.chunks), { level: this.level });
      this.chunks = [];
      this.onData(new Uint8Array(out.buffer, out.byteOffset, out.byteLength));
    }
    return true;
  }
}

module.exports = { Deflate, Inflate };
