import * as fs from 'fs';
import * as path from 'path';
import { deployUrl, DEV_URL, manifestFor } from '../scripts/deploy-url';
import { checkManifest } from '../scripts/manifest-check';

describe('the deployment address of a production build', () => {
  it('is the dev server’s when none is given, normalised to a folder otherwise', () => {
    expect(deployUrl(undefined)).toBe(DEV_URL);
    expect(deployUrl('')).toBe(DEV_URL);
    expect(deployUrl('https://plans.example.org/zhibu')).toBe('https://plans.example.org/zhibu/');
    expect(deployUrl('https://10.0.0.8:8443/')).toBe('https://10.0.0.8:8443/');
  });

  it('refuses what Office cannot load an add-in from, saying why', () => {
    expect(() => deployUrl('http://plans.example.org/')).toThrow(/https only/);
    expect(() => deployUrl('plans.example.org')).toThrow(/not a URL/);
    expect(() => deployUrl('https://plans.example.org/?v=1')).toThrow(/no query/);
  });

  it('moves every URL of the manifest and its app domain, and the result still passes the offline check', () => {
    const xml = fs.readFileSync(path.join(__dirname, '..', 'manifest.xml'), 'utf8');
    const moved = manifestFor(xml, 'https://plans.example.org/zhibu/');
    expect(moved).not.toContain('localhost');
    expect(moved).toContain('<AppDomain>https://plans.example.org</AppDomain>');
    expect(moved).toContain('DefaultValue="https://plans.example.org/zhibu/taskpane.html"');
    const { errors } = checkManifest(moved, { origin: 'https://plans.example.org/zhibu/' });
    expect(errors).toEqual([]);
  });
});
