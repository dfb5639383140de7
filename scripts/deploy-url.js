/**
 * The address the task pane is deployed at, for a production build:
 *   npm run build -- --env url=https://host/path/      (or ADDIN_URL=https://host/path/ npm run build)
 * Without one, the build keeps the dev server's address, so dist/manifest.xml equals manifest.xml.
 * Office loads add-ins over HTTPS only, so anything else is refused before webpack starts.
 */
/* global module, URL */
'use strict';

const DEV_URL = 'https://localhost:3000/';

/** The deployment URL, normalised to end in `/`; DEV_URL when none is given; throws when it is not one. */
function deployUrl(given) {
  if (given === undefined || given === '' || given === true) return DEV_URL;
  let url;
  try {
    url = new URL(String(given));
  } catch {
    throw new Error(`--env url=${given} is not a URL (expected e.g. https://plans.example.org/addin/)`);
  }
  if (url.protocol !== 'https:') throw new Error(`--env url=${given}: Office loads add-ins over https only`);
  if (url.search || url.hash) throw new Error(`--env url=${given}: no query or fragment, only a folder`);
  const href = url.href.endsWith('/') ? url.href : `${url.href}/`;
  return href;
}

/** The manifest for that address: every dev URL moved to it, and the app domain to its origin. */
function manifestFor(xml, url) {
  const devOrigin = DEV_URL.slice(0, -1);
  const origin = new URL(url).origin;
  return xml
    .replaceAll(DEV_URL, url)
    .replaceAll(`<AppDomain>${devOrigin}</AppDomain>`, `<AppDomain>${origin}</AppDomain>`);
}

module.exports = { DEV_URL, deployUrl, manifestFor };
