import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Response } from 'supertest';
import { PASSWORD, startTestApp, TestApp } from './harness';

/**
 * Browser-facing headers (helmet, app.factory.ts) on API answers, error answers and the SPA, and
 * HSTS only where the request really arrived over https: directly, or via a proxy we trust.
 * A tiny stand-in SPA keeps this independent of the client build.
 */

let plain: TestApp;
let proxied: TestApp;
let spaDir: string;

beforeAll(async () => {
  spaDir = mkdtempSync(join(tmpdir(), 'sb-spa-'));
  mkdirSync(join(spaDir, 'assets'));
  writeFileSync(
    join(spaDir, 'index.html'),
    '<!doctype html><html><head><script type="module" src="/assets/app.js"></script></head><body><div id="root"></div></body></html>',
  );
  writeFileSync(join(spaDir, 'assets', 'app.js'), 'document.getElementById("root").textContent = "hi";');
  // In this order: passport's strategies are process-wide, so sign-in works on the app made last.
  plain = await startTestApp({ clientDir: spaDir });
  proxied = await startTestApp({ clientDir: spaDir, trustProxy: true });
});
afterAll(async () => {
  await Promise.all([plain?.close(), proxied?.close()]);
  rmSync(spaDir, { recursive: true, force: true });
});

function csp(res: Response): Record<string, string[]> {
  const header = res.headers['content-security-policy'];
  expect(header).toEqual(expect.any(String));
  return Object.fromEntries(
    String(header)
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  );
}

const requests: [string, number, (t: TestApp) => Promise<Response>][] = [
  ['an API answer', 200, (t) => t.http().get('/api/health')],
  ['an API error (401)', 401, (t) => t.http().get('/api/clients')],
  ['an API error (415)', 415, (t) => t.http().post('/api/auth/login').set('Content-Type', 'text/plain').send('email=x')],
  ['an unknown API route (404)', 404, (t) => t.http().get('/api/no-such-route')],
  ['the SPA page', 200, (t) => t.http().get('/').set('Accept', 'text/html')],
  ['a client-side route of the SPA', 200, (t) => t.http().get('/clients/6d2b4f1e-0000-4000-8000-000000000000').set('Accept', 'text/html')],
  ['an SPA asset', 200, (t) => t.http().get('/assets/app.js')],
];

describe.each(requests)('%s', (_what, status, send) => {
  it('carries a CSP without inline script, framing refused, and nosniff', async () => {
    const res = await send(plain);
    expect(res.status).toBe(status);
    const policy = csp(res);
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['script-src']).toEqual(["'self'"]);
    expect(policy['script-src']).not.toContain("'unsafe-inline'");
    expect(policy['script-src']).not.toContain("'unsafe-eval'");
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'self'"]);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('sends no HSTS over plain http, even when an untrusted client claims https', async () => {
    expect((await send(plain)).headers['strict-transport-security']).toBeUndefined();
    const spoofed = await send({ ...plain, http: () => withForwardedHttps(plain) } as TestApp);
    expect(spoofed.headers['strict-transport-security']).toBeUndefined();
    expect((await send(proxied)).headers['strict-transport-security']).toBeUndefined();
  });

  it('sends HSTS for a year when a trusted proxy says the request came over https', async () => {
    const res = await send({ ...proxied, http: () => withForwardedHttps(proxied) } as TestApp);
    expect(res.status).toBe(status);
    const hsts = String(res.headers['strict-transport-security']);
    expect(hsts).toMatch(/includeSubDomains/);
    expect(Number(/max-age=(\d+)/.exec(hsts)?.[1])).toBeGreaterThanOrEqual(31_536_000);
  });
});

/** A supertest client whose every request carries X-Forwarded-Proto: https. */
function withForwardedHttps(t: TestApp) {
  const agent = t.http();
  const wrap = (method: 'get' | 'post') => (url: string) => agent[method](url).set('X-Forwarded-Proto', 'https');
  return { get: wrap('get'), post: wrap('post') } as unknown as ReturnType<TestApp['http']>;
}

describe('the SPA', () => {
  it('answers its routes with the page itself, so the checks above are about the SPA', async () => {
    for (const path of ['/', '/clients/6d2b4f1e-0000-4000-8000-000000000000']) {
      const res = await plain.http().get(path).set('Accept', 'text/html');
      expect(res.text).toContain('<div id="root">');
    }
  });

  it("answers a questionnaire link's page with no-store and no-referrer: its address holds the link's secret", async () => {
    const res = await plain
      .http()
      .get(`/q/${'A'.repeat(43)}`)
      .set('Accept', 'text/html');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });
});

describe('the session cookie', () => {
  it('is Secure only when the request arrived over https through the trusted proxy', async () => {
    const practiceId = await proxied.practice();
    const user = await proxied.user(practiceId, 'clinician');
    const overHttp = await proxied.http().post('/api/auth/login').send({ email: user.email, password: PASSWORD });
    const overHttps = await proxied.http().post('/api/auth/login').set('X-Forwarded-Proto', 'https').send({ email: user.email, password: PASSWORD });
    expect(overHttp.status).toBe(200);
    expect(overHttps.status).toBe(200);
    const cookie = (res: Response) => String((res.headers['set-cookie'] as unknown as string[])[0]);
    expect(cookie(overHttp)).not.toMatch(/;\s*Secure/i);
    expect(cookie(overHttps)).toMatch(/;\s*Secure/i);
    expect(cookie(overHttps)).toMatch(/HttpOnly/);
    expect(cookie(overHttps)).toMatch(/SameSite=Strict/);
  });
});
