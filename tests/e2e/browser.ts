import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

export const EXTENSION_DIR = join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3');
const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

export type Lang = 'en-US' | 'zh-CN';

/** Launches Debian's Chromium with the built extension, in the given UI language. */
export async function launchWithExtension(
  lang: Lang = 'en-US',
  extensionDir: string | undefined = EXTENSION_DIR,
  headless = true,
) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'opslens-e2e-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    `--lang=${lang}`,
  ];
  if (extensionDir)
    args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless,
    locale: lang,
    viewport: { width: 1366, height: 900 },
    args,
    env: { ...process.env, LANGUAGE: lang.replace('-', '_'), LANG: `${lang.replace('-', '_')}.UTF-8` },
  });
  const cleanup = async () => {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, cleanup };
}

/**
 * The extension's id and its service worker, once that worker is activated. A fresh profile installs the
 * worker in its first few hundred ms; a worker stopped while still installing is discarded by Chromium
 * (its version becomes redundant), and the extension then has no background until it is loaded again.
 * Tests that stop the worker mean an installed extension's worker, as the browser stops it when idle.
 */
export async function extensionIdOf(context: BrowserContext): Promise<{ id: string; worker: Worker }> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const sw = (self as unknown as { serviceWorker: ServiceWorker }).serviceWorker;
        if (sw.state === 'activated') return resolve();
        sw.addEventListener('statechange', () => sw.state === 'activated' && resolve());
      }),
  );
  return { id: new URL(worker.url()).host, worker };
}

/**
 * Requests that reached no routed page. `extension` holds those made by the extension's service worker
 * or pages (it must make none); `page` those the fixture pages make for their own images and scripts.
 */
export interface NetworkLog {
  extension: string[];
  page: string[];
}

/**
 * Serves fixtures at the real console URLs. Anything not served is aborted and logged, so a test can
 * assert that nothing left the machine. `pages` maps an exact URL (without hash) to fixture HTML or a path.
 */
export async function servePages(
  context: BrowserContext,
  pages: Record<string, string | (() => string)>,
): Promise<NetworkLog> {
  const log: NetworkLog = { extension: [], page: [] };
  await context.route('**/*', (route) => {
    const req = route.request();
    const url = req.url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return route.continue();
    let fromExtension = req.serviceWorker() !== null;
    try {
      fromExtension ||= req.frame().url().startsWith('chrome-extension://');
    } catch {
      // requests without a frame (service worker) are covered above
    }
    (fromExtension ? log.extension : log.page).push(url);
    return route.abort('blockedbyclient');
  });
  for (const [url, body] of Object.entries(pages)) {
    const want = url.split('#')[0];
    await context.route(
      (u) => u.href.split('#')[0] === want,
      (route) => {
        const html =
          typeof body === 'function'
            ? body()
            : body.endsWith('.html')
              ? readFileSync(join(FIXTURES, body), 'utf8')
              : body;
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      },
    );
  }
  return log;
}

export function fixtureHtml(rel: string): string {
  return readFileSync(join(FIXTURES, rel), 'utf8');
}

/** The OpsLens card inside its shadow root (Playwright's CSS locators pierce open shadow roots). */
export const card = (page: Page) => page.locator('opslens-card .card');

/** Every row of one table of the extension's own database, read from one of its pages (the only origin that can). */
export async function readStore<T = Record<string, unknown>>(
  context: BrowserContext,
  extensionId: string,
  store: string,
): Promise<T[]> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const rows = await page.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('opslens');
        let fresh = false;
        // No database yet: do not create an empty one under the extension's feet.
        open.onupgradeneeded = () => {
          fresh = true;
          open.transaction?.abort();
        };
        open.onerror = () => (fresh ? resolve([]) : reject(open.error));
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => {
            db.close();
            resolve(req.result);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    store,
  );
  await page.close();
  return rows as T[];
}
