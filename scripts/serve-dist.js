/**
 * `npm run serve:dist [-- --port 8443] [--dir dist] [--self-signed]`: serve a production build over
 * HTTPS, as a static host would, to try a deployment on this machine before handing it to IT:
 *   npm run build -- --env url=https://localhost:8443/ && npm run serve:dist
 * then sideload dist/manifest.xml. Certificates: Office's trusted dev certificates when they are
 * installed (`npm run certs`), else a self-signed one made for this run (browsers warn; Office refuses
 * it). Hashed files are cached for a year, taskpane.html and manifest.xml never.
 */
/* global require, module, process, console, __dirname, URL, setTimeout */
/* eslint-disable @typescript-eslint/no-require-imports */
'use strict';

const fs = require('fs');
const https = require('https');
const path = require('path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** Cache headers as a static host should send them: content-hashed names forever, entry points never. */
function cacheControl(file) {
  return /\.[0-9a-f]{8,}\.(js|css)$/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** The page's own Content-Security-Policy (its <meta> tag), sent as a header as README's servers do. */
function contentSecurityPolicy(dir) {
  const html = fs.readFileSync(path.join(dir, 'taskpane.html'), 'utf8');
  return /http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]+)"/i.exec(html)?.[1] ?? null;
}

/** A request handler serving `dir`; nothing outside it. */
function handler(dir) {
  const root = path.resolve(dir);
  const csp = contentSecurityPolicy(root);
  return (req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url, 'https://x/').pathname);
    const file = path.resolve(root, `.${urlPath === '/' ? '/taskpane.html' : urlPath}`);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found\n');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
      'cache-control': cacheControl(file),
      'x-content-type-options': 'nosniff',
      ...(csp ? { 'content-security-policy': csp } : {}),
    });
    fs.createReadStream(file).pipe(res);
  };
}

async function certificates(selfSigned) {
  if (!selfSigned) {
    try {
      const devCerts = require('office-addin-dev-certs');
      const timeout = new Promise((_, reject) =>
        setTimeout(() => reject(new Error('timed out')), 15_000).unref(),
      );
      const o = await Promise.race([devCerts.getHttpsServerOptions(), timeout]);
      return { key: o.key, cert: o.cert, ca: o.ca, trusted: true };
    } catch {
      // Not installed (or no rights to): a certificate of our own for this run.
    }
  }
  const selfsigned = require('selfsigned');
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
    days: 7,
    keySize: 2048,
  });
  return { key: pems.private, cert: pems.cert, trusted: false };
}

/** Start the server; resolves with it listening (port 0: any free port). */
async function serve({ dir = path.join(__dirname, '..', 'dist'), port = 8443, selfSigned = false } = {}) {
  if (!fs.existsSync(path.join(dir, 'taskpane.html')))
    throw new Error(`${dir} has no taskpane.html: run npm run build first`);
  const { trusted, ...tls } = await certificates(selfSigned);
  const server = https.createServer(tls, handler(dir));
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { server, port: server.address().port, trusted };
}

module.exports = { serve, handler, cacheControl };

if (require.main === module) {
  const args = process.argv.slice(2);
  const value = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  serve({
    dir: value('--dir') ? path.resolve(value('--dir')) : undefined,
    port: value('--port') ? Number(value('--port')) : undefined,
    selfSigned: args.includes('--self-signed'),
  }).then(
    ({ port, trusted }) =>
      console.log(
        `serving on https://localhost:${port}/taskpane.html${trusted ? '' : ' (self-signed certificate: Office will not trust it; npm run certs)'}`,
      ),
    (e) => {
      console.error(e.message);
      process.exit(1);
    },
  );
}
