import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTestApi } from '../test-support/test-api.js';

// A stand-in build of packages/web: what matters here is how the API serves whatever is built.
const site = mkdtempSync(path.join(tmpdir(), 'web-app-'));
mkdirSync(path.join(site, 'assets'));
writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>Career Navigator</title>');
writeFileSync(path.join(site, 'assets', 'index-abc123.js'), 'console.log("app");');
writeFileSync(path.join(site, 'robots.txt'), 'User-agent: *');

const api = useTestApi({ webAppDirectory: site, env: { GRAPHQL_INTROSPECTION: 'true' } });
const html = { accept: 'text/html' };

describe('the web client served by the API', () => {
  it('answers / and any client route a browser opens with index.html, never cached', async () => {
    for (const page of ['/', '/profile', '/roles/Data%20Engineer', '/gap?role=SRE']) {
      const response = await fetch(`${api.origin}${page}`, { headers: html });
      expect(response.status, page).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('<title>Career Navigator</title>');
    }
  });

  it('serves hashed assets cached for a year, other files as they are, and 404 for a missing asset', async () => {
    const asset = await fetch(`${api.origin}/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${api.origin}/robots.txt`)).status).toBe(200);
    const missing = await fetch(`${api.origin}/assets/index-gone.js`, { headers: html });
    expect(missing.status).toBe(404);
  });

  it('leaves the API its own paths: Sandbox at /graphql, JSON health, no fallback for non-pages', async () => {
    const sandbox = await fetch(`${api.origin}/graphql`, { headers: html });
    expect(await sandbox.text()).toContain('embeddable-sandbox');
    const health = await fetch(`${api.origin}/health`, { headers: html });
    expect(health.headers.get('content-type')).toMatch(/^application\/json/);
    expect((await fetch(`${api.origin}/metrics/nothing`, { headers: html })).status).toBe(404);
    expect((await fetch(`${api.origin}/profile`, { headers: { accept: 'application/json' } })).status).toBe(
      404,
    );
    expect((await fetch(`${api.origin}/profile`, { method: 'POST', headers: html })).status).toBe(404);
  });
});
