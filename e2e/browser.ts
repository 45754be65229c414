import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { findRepoRoot } from '../server/src/config/config';
import { PASSWORD, startTestApp, TestApp } from '../server/test/harness';
import { CHROMIUM_ARGS } from './chromium';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
export const root = findRepoRoot();
export const clientDir = join(root, 'client/dist');
export const shotsDir = join(root, 'test-results');

/**
 * `describe` when Debian's Chromium is installed; otherwise one failing test that says how to install it.
 * Never a skip: a browser tier that silently runs nothing would look green.
 */
export function describeInBrowser(name: string, fn: () => void): void {
  if (CHROMIUM) return describe(name, fn);
  describe(name, () =>
    it('needs Chromium (apt-get install -y chromium)', () => {
      throw new Error('Chromium not found at /usr/bin/chromium: install it with apt-get install -y chromium');
    }),
  );
}

export interface BrowserApp {
  t: TestApp;
  baseUrl: string;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

/** The real app (API + built SPA) on a free port, and a fresh headless Chromium page. */
export async function startBrowserApp(): Promise<BrowserApp> {
  if (!existsSync(join(clientDir, 'index.html'))) throw new Error('client/dist is missing: run `npm run build` first (npm test does)');
  const t = await startTestApp({ clientDir });
  await t.app.listen(0, '127.0.0.1');
  const address = t.app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-GB', timezoneId: 'UTC' });
  const page = await context.newPage();
  return {
    t,
    baseUrl,
    browser,
    page,
    async close() {
      await browser.close();
      await t.close();
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: join(shotsDir, `${name}.png`), fullPage: true });
}

export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.locator('input[name=email]').fill(email);
  await page.locator('input[name=password]').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Signs a clinician in and waits for the caseload, the screen a clinician lands on. */
export async function signInToCaseload(page: Page, baseUrl: string, email: string, password = PASSWORD): Promise<void> {
  await signIn(page, baseUrl, email, password);
  await page.getByRole('heading', { name: 'Caseload' }).waitFor();
}

/**
 * axe-core in the page: the WCAG 2.1 A and AA rules, on the whole page or on the element `within`
 * selects. Returns the violations (rule id and where). Evaluated, not injected as a <script>: the
 * app's CSP (rightly) refuses inline scripts.
 */
export async function axeViolations(page: Page, within?: string): Promise<string[]> {
  await page.evaluate(readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async (selector) => {
    const g = globalThis as unknown as {
      document: { querySelector: (s: string) => unknown };
      axe: { run: (ctx: unknown, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
    };
    const context = selector ? g.document.querySelector(selector) : g.document;
    const result = await g.axe.run(context, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, within ?? null);
}
