#!/usr/bin/env node
/**
 * Draws the add-in icon — a red rounded square with a white 计 (计划, "plan") — and writes it as PNG
 * files assets/icon-{16,32,64,80,128}.png. Pure Node (zlib), no packages; the output is deterministic,
 * so running it again changes nothing unless the drawing below changes.
 *
 *   node scripts/make-icons.js            # write assets/
 *   node scripts/make-icons.js <dir>      # write somewhere else
 */
/* global require, module, __dirname, process, console, Buffer */
/* eslint-disable @typescript-eslint/no-require-imports */
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];
const RED = [0xc8, 0x10, 0x2e];
const WHITE = [0xff, 0xff, 0xff];
const CORNER = 0.18; // corner radius, as a share of the side

/** The glyph 计 as polygons in unit coordinates (0..1, y down). Bold enough to read at 16 px. */
const GLYPH = [
  // 讠: the dot, slanting down to the right
  [
    [0.15, 0.17],
    [0.27, 0.12],
    [0.38, 0.28],
    [0.26, 0.34],
  ],
  // 讠: short horizontal, then down
  [
    [0.11, 0.42],
    [0.34, 0.42],
    [0.34, 0.52],
    [0.11, 0.52],
  ],
  [
    [0.23, 0.42],
    [0.34, 0.42],
    [0.34, 0.74],
    [0.23, 0.84],
  ],
  // 讠: the rising hook at the foot
  [
    [0.23, 0.74],
    [0.34, 0.74],
    [0.46, 0.63],
    [0.46, 0.75],
    [0.31, 0.89],
    [0.23, 0.84],
  ],
  // 十
  [
    [0.44, 0.43],
    [0.91, 0.43],
    [0.91, 0.54],
    [0.44, 0.54],
  ],
  [
    [0.61, 0.1],
    [0.73, 0.1],
    [0.73, 0.91],
    [0.61, 0.91],
  ],
];

function insidePolygon(x, y, poly) {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function insideRoundedSquare(x, y) {
  const r = CORNER;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** At small sizes, put stroke edges on pixel edges so the strokes stay crisp. */
function glyphAt(size) {
  if (size > 32) return GLYPH;
  return GLYPH.map((poly) =>
    poly.map(([x, y]) => [Math.round(x * size) / size, Math.round(y * size) / size]),
  );
}

/** RGBA pixels of the icon at one size, anti-aliased by 8×8 supersampling. */
function draw(size) {
  const SS = 8;
  const glyphPolys = glyphAt(size);
  const px = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let pxX = 0; pxX < size; pxX++) {
      let cover = 0;
      let glyph = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = (pxX + (sx + 0.5) / SS) / size;
          const y = (py + (sy + 0.5) / SS) / size;
          if (!insideRoundedSquare(x, y)) continue;
          cover++;
          if (glyphPolys.some((poly) => insidePolygon(x, y, poly))) glyph++;
        }
      }
      const o = (py * size + pxX) * 4;
      const g = cover ? glyph / cover : 0;
      for (let c = 0; c < 3; c++) px[o + c] = Math.round(RED[c] * (1 - g) + WHITE[c] * g);
      px[o + 3] = Math.round((255 * cover) / (SS * SS));
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** An 8-bit RGBA PNG (colour type 6), every row with filter 0. */
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, '..', 'assets'));
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, draw(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

if (require.main === module) main();

module.exports = { SIZES, draw, encodePng };
