/**
 * Browser test harness: the real app on a loopback port over a seeded ledger, driven by
 * Debian's Chromium through playwright-core. Every request the page makes is checked:
 * anything not for our own origin is recorded and refused.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/api/app.js';
import { generateToken, hashToken } from '../../src/api/auth.js';
import { openLedger } from '../../src/ledger/index.js';
import type { Ledger } from '../../src/ledger/types.js';
import { seed } from '../api/seed.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const WEB_ROOT = join(ROOT, 'dist', 'web');
/**
 * Where tests save screenshots: an ignored folder, so a test run changes no tracked file.
 * `npm run screenshots` points this at docs/screenshots to refresh the committed ones.
 */
export const SCREENSHOTS = resolve(ROOT, process.env.TALLY_SCREENSHOTS ?? join('tmp', 'screenshots'));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a closed network: without them Chromium keeps calling home and logging failures. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/** Builds the web app when `npm run build` has not (a fresh checkout running only tests). */
export async function ensureWebBuild(): Promise<void> {
  if (existsSync(join(WEB_ROOT, 'index.html'))) return;
  const { build } = await import('vite');
  await build({ configFile: join(ROOT, 'src', 'web', 'vite.config.ts'), logLevel: 'warn' });
}

export interface Harness {
  base: string;
  app: FastifyInstance;
  ledger: Ledger;
  browser: Browser;
  tokens: Record<string, string>;
  /** Requests the page tried to send anywhere but our origin. */
  external: string[];
  /** Console errors and page errors, CSP reports included. */
  problems: string[];
  newPage: (opts?: { width?: number; height?: number; token?: string }) => Promise<{ page: Page; context: BrowserContext }>;
  close: () => Promise<void>;
}

export async function startHarness(opts: { seedLedger?: boolean } = {}): Promise<Harness> {
  await ensureWebBuild();
  mkdirSync(SCREENSHOTS, { recursive: true });
  const ledger = await openLedger({ db: ':memory:' });
  if (opts.seedLedger ?? true) await seed(ledger);
  const tokens: Record<string, string> = {};
  for (const name of ['alice', 'bob']) {
    tokens[name] = generateToken();
    await ledger.createToken(name, hashToken(tokens[name]));
  }
  const app = await buildApp({ ledger, webRoot: WEB_ROOT });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const external: string[] = [];
  const problems: string[] = [];
  const contexts: BrowserContext[] = [];

  const newPage: Harness['newPage'] = async ({ width = 1280, height = 860, token } = {}) => {
    const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, isMobile: width < 600, hasTouch: false });
    contexts.push(context);
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(base) || url.startsWith('data:')) return route.continue();
      external.push(url);
      return route.abort('blockedbyclient');
    });
    if (token)
      await context.addInitScript((t: string) => {
        // Sandboxed documents (the raw snapshot) have no storage: nothing to sign in there.
        try {
          localStorage.setItem('tally.token', t);
        } catch {
          /* opaque origin */
        }
      }, token);
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(String(e)));
    return { page, context };
  };

  return {
    base,
    app,
    ledger,
    browser,
    tokens,
    external,
    problems,
    newPage,
    close: async () => {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
      await app.close();
      await ledger.close();
    },
  };
}
