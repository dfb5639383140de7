/**
 * Offline checks of the add-in manifest (Microsoft's `office-addin-manifest validate` needs its online
 * service), for test/manifest.test.ts and test/build.test.ts, and as `npm run validate:offline`:
 *   node scripts/manifest-check.js [manifest.xml] [--dist <dir>] [--url https://host/path/]
 * With --dist, the manifest's dev-origin URLs are resolved in a built folder instead of the sources.
 * Exit code 0 when the manifest passes, 1 when it does not.
 *
 *   const { checkManifest } = require('./manifest-check');
 *   const { errors, info } = checkManifest(xmlText, { resolve });   // errors: string[], [] when valid
 *
 * `resolve(path)` maps the path of a URL on the dev origin (e.g. "assets/icon-16.png") to a local file, or
 * null; the default maps it into the source tree (sourceResolver), a built dist/ folder can be checked
 * with distResolver(dir). URLs on other origins are only checked to be https.
 */
/* global require, module, __dirname, Buffer, process, console */
/* eslint-disable @typescript-eslint/no-require-imports */
'use strict';

const fs = require('fs');
const path = require('path');
const { XMLParser, XMLValidator } = require('fast-xml-parser');

const ROOT = path.resolve(__dirname, '..');
const DEV_ORIGIN = 'https://localhost:3000/';
const DEFAULT_LOCALE = 'zh-CN';
const OTHER_LOCALE = 'en-US';
const RIBBON_ICON_SIZES = [16, 32, 80];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;
const MIN_VERSION = /^\d+\.\d+$/;
const PERMISSIONS = ['Restricted', 'ReadDocument', 'ReadAllDocument', 'WriteDocument', 'ReadWriteDocument'];
/** The order the schema wants for the base manifest's elements (the ones we use or may add). */
const BASE_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'Dictionary',
  'VersionOverrides',
];
const MAX_SHORT = 125;
const MAX_LONG = 250;
const MAX_RESID = 32;

/** Dev-origin paths → files in the source tree, as webpack.config.js serves them. */
function sourceResolver(root = ROOT) {
  return (urlPath) => {
    if (urlPath === 'taskpane.html') return path.join(root, 'src', 'taskpane', 'taskpane.html');
    if (urlPath.startsWith('assets/')) return path.join(root, urlPath);
    return null;
  };
}

/** Dev-origin paths → files in a built output folder. */
function distResolver(dir) {
  return (urlPath) => path.join(dir, urlPath);
}

/** Width and height of a PNG, from its IHDR chunk; null if the bytes are not a PNG. */
function pngSize(buf) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (buf.length < 24 || !buf.subarray(0, 8).equals(signature)) return null;
  if (buf.toString('ascii', 12, 16) !== 'IHDR') return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (_name, _jpath, _isLeaf, isAttribute) => !isAttribute,
});
const orderParser = new XMLParser({ preserveOrder: true, removeNSPrefix: true, ignoreAttributes: true });

const all = (node, name) => (node && Array.isArray(node[name]) ? node[name] : []);
const one = (node, name) => all(node, name)[0];
const text = (node) =>
  typeof node === 'string' ? node : node && typeof node['#text'] === 'string' ? node['#text'] : '';
const attr = (node, name) => (node && typeof node['@' + name] === 'string' ? node['@' + name] : undefined);

function checkManifest(xml, options = {}) {
  const resolve = options.resolve || sourceResolver();
  // The address the manifest's own files are served from (a deployed build's, or the dev server's).
  const origin = options.origin || DEV_ORIGIN;
  const errors = [];
  const info = { icons: [], urls: [], strings: {} };
  const fail = (message) => errors.push(message);

  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    fail(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
    return { errors, info };
  }
  const app = one(parser.parse(xml), 'OfficeApp');
  if (!app) {
    fail('the root element is not <OfficeApp>');
    return { errors, info };
  }
  if (attr(app, 'type') !== 'TaskPaneApp')
    fail(`OfficeApp xsi:type is "${attr(app, 'type')}", not TaskPaneApp`);

  // Base manifest, in schema order.
  const rootEntry = orderParser.parse(xml).find((n) => n.OfficeApp);
  const order = rootEntry.OfficeApp.map((n) => Object.keys(n)[0]).filter((k) => BASE_ORDER.includes(k));
  const expectedOrder = [...order].sort((a, b) => BASE_ORDER.indexOf(a) - BASE_ORDER.indexOf(b));
  if (order.join() !== expectedOrder.join()) {
    fail(
      `OfficeApp children out of schema order: ${order.join(', ')} (expected ${expectedOrder.join(', ')})`,
    );
  }

  info.id = text(one(app, 'Id'));
  if (!GUID.test(info.id)) fail(`Id "${info.id}" is not a GUID`);
  info.version = text(one(app, 'Version'));
  if (!VERSION.test(info.version)) fail(`Version "${info.version}" is not n[.n[.n[.n]]]`);
  info.providerName = text(one(app, 'ProviderName'));
  if (!info.providerName) fail('ProviderName is empty');
  info.defaultLocale = text(one(app, 'DefaultLocale'));
  if (info.defaultLocale !== DEFAULT_LOCALE)
    fail(`DefaultLocale is "${info.defaultLocale}", not ${DEFAULT_LOCALE}`);

  info.displayName = localised(one(app, 'DisplayName'), 'DisplayName', MAX_SHORT, fail);
  info.description = localised(one(app, 'Description'), 'Description', MAX_LONG, fail);

  const checkUrl = (url, where) => {
    if (!url) return (fail(`${where}: no URL`), null);
    if (!url.startsWith('https://')) return (fail(`${where}: "${url}" is not https`), null);
    info.urls.push(url);
    if (!url.startsWith(origin)) return null;
    const urlPath = url.slice(origin.length).split(/[?#]/)[0];
    const file = resolve(urlPath);
    if (!file || !fs.existsSync(file)) return (fail(`${where}: ${url} does not resolve to a file`), null);
    return file;
  };
  const checkIcon = (url, size, where) => {
    const file = checkUrl(url, where);
    if (!file) return;
    const dims = pngSize(fs.readFileSync(file));
    if (!dims) return fail(`${where}: ${url} is not a PNG`);
    info.icons.push({ url, file, size, ...dims });
    if (dims.width !== size || dims.height !== size) {
      fail(`${where}: ${url} is ${dims.width}×${dims.height}, expected ${size}×${size}`);
    }
  };

  checkIcon(attr(one(app, 'IconUrl'), 'DefaultValue'), 32, 'IconUrl');
  checkIcon(attr(one(app, 'HighResolutionIconUrl'), 'DefaultValue'), 64, 'HighResolutionIconUrl');
  checkUrl(attr(one(app, 'SupportUrl'), 'DefaultValue'), 'SupportUrl');
  const domains = all(one(app, 'AppDomains'), 'AppDomain').map(text);
  if (domains.length === 0) fail('AppDomains has no AppDomain');
  for (const d of domains) if (!d.startsWith('https://')) fail(`AppDomain "${d}" is not an https origin`);

  info.hosts = all(one(app, 'Hosts'), 'Host').map((h) => attr(h, 'Name'));
  if (!info.hosts.includes('Workbook')) fail('Hosts does not include Workbook');

  const sets = all(one(one(app, 'Requirements'), 'Sets'), 'Set');
  const excelApi = sets.find((s) => attr(s, 'Name') === 'ExcelApi');
  info.excelApiMinVersion = excelApi && attr(excelApi, 'MinVersion');
  if (!excelApi) fail('Requirements has no ExcelApi set');
  else if (!MIN_VERSION.test(info.excelApiMinVersion || '')) {
    fail(`ExcelApi MinVersion "${info.excelApiMinVersion}" is not n.n`);
  }

  info.sourceLocation = attr(one(one(app, 'DefaultSettings'), 'SourceLocation'), 'DefaultValue');
  checkUrl(info.sourceLocation, 'DefaultSettings/SourceLocation');
  info.permissions = text(one(app, 'Permissions'));
  if (!PERMISSIONS.includes(info.permissions)) fail(`Permissions "${info.permissions}" is not a known value`);

  checkVersionOverrides(one(app, 'VersionOverrides'), { fail, info, checkUrl, checkIcon });
  return { errors, info };
}

/** DefaultValue plus an en-US Override, both non-empty and short enough. */
function localised(node, where, max, fail) {
  const value = attr(node, 'DefaultValue') || '';
  if (!value) fail(`${where}: no DefaultValue`);
  if (value.length > max) fail(`${where}: DefaultValue longer than ${max} characters`);
  const overrides = {};
  for (const o of all(node, 'Override')) {
    const locale = attr(o, 'Locale');
    overrides[locale] = attr(o, 'Value') || '';
    if (!overrides[locale]) fail(`${where}: empty ${locale} override`);
    if (overrides[locale].length > max) fail(`${where}: ${locale} override longer than ${max} characters`);
  }
  if (!(OTHER_LOCALE in overrides)) fail(`${where}: no ${OTHER_LOCALE} override`);
  return { value, overrides };
}

function checkVersionOverrides(vo, { fail, info, checkUrl, checkIcon }) {
  if (!vo) return fail('no VersionOverrides (ribbon button)');
  if (attr(vo, 'type') !== 'VersionOverridesV1_0')
    fail('VersionOverrides xsi:type is not VersionOverridesV1_0');

  // Resources by kind and id.
  const res = one(vo, 'Resources');
  const table = (kind, child) => {
    const map = new Map();
    for (const n of all(one(res, kind), child)) {
      const id = attr(n, 'id');
      if (!id) fail(`${kind}: an entry without id`);
      else if (map.has(id)) fail(`${kind}: duplicate id "${id}"`);
      else if (id.length > MAX_RESID) fail(`${kind}: id "${id}" longer than ${MAX_RESID} characters`);
      map.set(id, n);
    }
    return map;
  };
  const images = table('Images', 'Image');
  const urls = table('Urls', 'Url');
  const shortStrings = table('ShortStrings', 'String');
  const longStrings = table('LongStrings', 'String');
  const used = new Set();
  const ref = (node, map, kind, where) => {
    const id = attr(node, 'resid');
    if (!id) return (fail(`${where}: no resid`), undefined);
    used.add(`${kind}:${id}`);
    if (!map.has(id)) return (fail(`${where}: resid "${id}" is not among the ${kind}`), undefined);
    return map.get(id);
  };
  const stringRef = (node, map, kind, where) => {
    const s = ref(node, map, kind, where);
    if (s) info.strings[attr(node, 'resid')] = attr(s, 'DefaultValue');
  };
  const urlRef = (node, where) => {
    const u = ref(node, urls, 'Urls', where);
    return u
      ? (checkUrl(attr(u, 'DefaultValue'), `${where} (${attr(u, 'id')})`), attr(u, 'DefaultValue'))
      : undefined;
  };
  const iconRef = (iconNode, where) => {
    const sizes = [];
    for (const img of all(iconNode, 'Image')) {
      const size = Number(attr(img, 'size'));
      sizes.push(size);
      const r = ref(img, images, 'Images', `${where} ${size}px`);
      if (r) checkIcon(attr(r, 'DefaultValue'), size, `${where} ${size}px (${attr(r, 'id')})`);
    }
    for (const size of RIBBON_ICON_SIZES) if (!sizes.includes(size)) fail(`${where}: no ${size}px image`);
  };

  const host = all(one(vo, 'Hosts'), 'Host').find((h) => attr(h, 'type') === 'Workbook');
  if (!host) return fail('VersionOverrides has no Workbook host');
  const desktop = one(host, 'DesktopFormFactor');
  if (!desktop) return fail('Workbook host has no DesktopFormFactor');

  const started = one(desktop, 'GetStarted');
  if (started) {
    stringRef(one(started, 'Title'), shortStrings, 'ShortStrings', 'GetStarted/Title');
    stringRef(one(started, 'Description'), longStrings, 'LongStrings', 'GetStarted/Description');
    urlRef(one(started, 'LearnMoreUrl'), 'GetStarted/LearnMoreUrl');
  }
  const fnFile = one(desktop, 'FunctionFile');
  if (fnFile) urlRef(fnFile, 'FunctionFile');

  const surface = all(desktop, 'ExtensionPoint').find((e) => attr(e, 'type') === 'PrimaryCommandSurface');
  const tab = surface && one(surface, 'OfficeTab');
  if (!tab) return fail('no PrimaryCommandSurface with an OfficeTab');
  info.tab = attr(tab, 'id');
  info.buttons = [];
  for (const group of all(tab, 'Group')) {
    const g = `Group ${attr(group, 'id')}`;
    stringRef(one(group, 'Label'), shortStrings, 'ShortStrings', `${g}/Label`);
    iconRef(one(group, 'Icon'), `${g}/Icon`);
    for (const control of all(group, 'Control')) {
      const c = `Control ${attr(control, 'id')}`;
      if (attr(control, 'type') !== 'Button') continue;
      stringRef(one(control, 'Label'), shortStrings, 'ShortStrings', `${c}/Label`);
      const tip = one(control, 'Supertip');
      stringRef(one(tip, 'Title'), shortStrings, 'ShortStrings', `${c}/Supertip/Title`);
      stringRef(one(tip, 'Description'), longStrings, 'LongStrings', `${c}/Supertip/Description`);
      iconRef(one(control, 'Icon'), `${c}/Icon`);
      const action = one(control, 'Action');
      const button = { id: attr(control, 'id'), action: attr(action, 'type') };
      if (button.action === 'ShowTaskpane') {
        button.taskpaneId = text(one(action, 'TaskpaneId'));
        if (!button.taskpaneId) fail(`${c}: ShowTaskpane without a TaskpaneId`);
        button.sourceLocation = urlRef(one(action, 'SourceLocation'), `${c}/Action/SourceLocation`);
      }
      info.buttons.push(button);
    }
  }
  if (!info.buttons.some((b) => b.action === 'ShowTaskpane')) fail('no button with a ShowTaskpane action');

  // Every string resource: length limit, and an en-US override.
  for (const [kind, map, max] of [
    ['ShortStrings', shortStrings, MAX_SHORT],
    ['LongStrings', longStrings, MAX_LONG],
  ]) {
    for (const [id, node] of map) localised(node, `${kind} ${id}`, max, fail);
  }
  // Resources nobody refers to are most likely a typo in a resid.
  for (const [kind, map] of [
    ['Images', images],
    ['Urls', urls],
    ['ShortStrings', shortStrings],
    ['LongStrings', longStrings],
  ]) {
    for (const id of map.keys()) if (!used.has(`${kind}:${id}`)) fail(`${kind}: "${id}" is never used`);
  }
}

module.exports = { checkManifest, sourceResolver, distResolver, pngSize, DEV_ORIGIN, ROOT };

/** `npm run validate:offline`: one line of OK, or each problem and exit 1. */
function main(args) {
  const distAt = args.indexOf('--dist');
  const dist = distAt >= 0 ? args.splice(distAt, 2)[1] : undefined;
  const urlAt = args.indexOf('--url');
  const origin = urlAt >= 0 ? args.splice(urlAt, 2)[1] : undefined;
  const file = path.resolve(args[0] || path.join(ROOT, 'manifest.xml'));
  const { errors, info } = checkManifest(fs.readFileSync(file, 'utf8'), {
    resolve: dist ? distResolver(path.resolve(dist)) : sourceResolver(),
    ...(origin ? { origin: origin.endsWith('/') ? origin : `${origin}/` } : {}),
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
}

if (require.main === module) main(process.argv.slice(2));
