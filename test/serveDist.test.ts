import * as fs from 'fs';
import * as https from 'https';
import * as os from 'os';
import * as path from 'path';
import { cacheControl, serve } from '../scripts/serve-dist';

function get(
  port: number,
  urlPath: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    https
      .get({ host: '127.0.0.1', port, path: urlPath, rejectUnauthorized: false }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      })
      .on('error', reject);
  });
}

describe('npm run serve:dist', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhibu-dist-'));
  const policy = "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com";
  fs.writeFileSync(
    path.join(dir, 'taskpane.html'),
    `<!doctype html><meta http-equiv="Content-Security-Policy" content="${policy}"><title>pane</title>`,
  );
  fs.writeFileSync(path.join(dir, 'taskpane.0123abcd89.js'), 'console.log(1)');
  fs.writeFileSync(path.join(dir, 'manifest.xml'), '<OfficeApp/>');
  fs.writeFileSync(path.join(os.tmpdir(), 'secret.txt'), 'no');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('serves a build over HTTPS with a static host’s cache headers, and nothing outside it', async () => {
    const { server, port } = await serve({ dir, port: 0, selfSigned: true });
    try {
      const page = await get(port, '/taskpane.html');
      expect([page.status, page.headers['content-type'], page.headers['cache-control']]).toEqual([
        200,
        'text/html; charset=utf-8',
        'no-cache',
      ]);
      expect(page.body).toContain('pane');
      // The page's policy, as a header too.
      expect(page.headers['content-security-policy']).toBe(policy);
      expect((await get(port, '/taskpane.0123abcd89.js')).headers['cache-control']).toBe(
        'public, max-age=31536000, immutable',
      );
      expect((await get(port, '/manifest.xml')).headers['cache-control']).toBe('no-cache');
      expect((await get(port, '/../secret.txt')).status).toBe(404);
      expect((await get(port, '/%2e%2e/secret.txt')).status).toBe(404);
      expect((await get(port, '/nothing.js')).status).toBe(404);
    } finally {
      server.close();
    }
  });

  it('refuses a folder that holds no build', async () => {
    await expect(serve({ dir: os.tmpdir(), port: 0, selfSigned: true })).rejects.toThrow(/npm run build/);
    expect(cacheControl('assets/icon-32.png')).toBe('no-cache');
  });
});
