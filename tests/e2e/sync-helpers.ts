import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { EXTENSION_DIR, extensionIdOf, fixtureHtml, type Lang, launchWithExtension } from './browser';

/** The extension APIs the specs use from an extension page (page.evaluate runs there, typed here). */
export interface ExtensionApis {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}

// Two (or three) browser profiles with the built extension and one CouchDB-compatible server for
// tests/e2e/sync.spec.ts.
//
// The host permission: Connect asks for it with permissions.request in the click, and Chromium answers
// that with a dialog that automation cannot click (headless, the promise never settles). So the profiles
// run a copy of the build whose manifest already grants http://127.0.0.1/* (`host_permissions`), the
// only test-only change: the request is still made by the same click, and Chromium answers it at once
// because the origin is held. The spec checks what was asked for (recordPermissionRequests), and, in the
// unchanged build, that nothing reaches the server without the permission.

/** A copy of the build that holds the test server's host permission from the start (see above). */
export function buildGrantingLocalhost(): { dir: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'opslens-granted-'));
  const dir = join(root, 'chrome-mv3');
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const file = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = ['http://127.0.0.1/*'];
  writeFileSync(file, JSON.stringify(manifest));
  return { dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

export interface Profile {
  context: BrowserContext;
  id: string;
  /** The extension's options page, with the Team screen. */
  options: Page;
  /** What reaches the CouchDB origin: `continue` unless a test says otherwise. */
  gate: { handle: (route: Route) => Promise<void> };
  /** Requests the extension made to anything but its own pages and the server (must stay empty). */
  strays: string[];
  /** Origins asked for by permissions.request on the options page. */
  asked: () => Promise<string[][]>;
  close: () => Promise<void>;
}

/** Launches a profile; `pages` are served at their real URLs, `couch` is let through, everything else aborted. */
export async function launchProfile(
  lang: Lang,
  dir: string | undefined,
  couch: string,
  pages: Record<string, string>,
): Promise<Profile> {
  const { context, cleanup } = await launchWithExtension(lang, dir);
  const { id } = await extensionIdOf(context);
  const strays: string[] = [];
  const gate = { handle: (route: Route) => route.continue() };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return route.continue();
    if (url.startsWith(`${couch}/`)) return gate.handle(route);
    const page = pages[url.split('#')[0]!];
    if (page)
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixtureHtml(page) });
    // A fixture page's own images and scripts are the page's business; the extension must reach nothing else.
    let fromExtension = route.request().serviceWorker() !== null;
    try {
      fromExtension ||= route.request().frame().url().startsWith('chrome-extension://');
    } catch {
      // no frame: a service worker's request, counted above
    }
    if (fromExtension) strays.push(url);
    return route.abort('blockedbyclient');
  });
  // The options page records what it asks the browser for, and asks it all the same.
  await context.addInitScript(() => {
    type Request = (...args: unknown[]) => unknown;
    const perms = (globalThis as { chrome?: { permissions?: { request?: Request } } }).chrome?.permissions;
    if (!perms?.request) return;
    const real = perms.request.bind(perms);
    const log: unknown[] = [];
    (globalThis as { __asked?: unknown[] }).__asked = log;
    // Every argument passed on: the polyfill adds a callback after the permissions.
    perms.request = (...args: unknown[]) => {
      log.push((args[0] as { origins?: string[] }).origins ?? []);
      return real(...args);
    };
  });
  const options = await context.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  return {
    context,
    id,
    options,
    gate,
    strays,
    asked: () => options.evaluate(() => (globalThis as { __asked?: string[][] }).__asked ?? []),
    close: cleanup,
  };
}

/** The Team screen's labels, as the operator reads them (lib/i18n/en/team.ts, zh/team.ts). */
export const TEAM_EN = {
  url: 'CouchDB server address',
  db: 'Database',
  user: 'User name',
  password: 'Password',
  snapshots: 'Share readings too',
  connect: 'Connect',
};
export const TEAM_ZH = {
  url: 'CouchDB 服务器地址',
  db: '数据库',
  user: '用户名',
  password: '密码',
  snapshots: '同时共享读数',
  connect: '连接',
};

/** Fills Settings -> Team and clicks Connect (the labels of one language). */
export async function connect(
  p: Profile,
  labels: typeof TEAM_EN,
  v: { url: string; db: string; user: string; password: string; snapshots?: boolean },
) {
  const o = p.options;
  await o.getByLabel(labels.url, { exact: true }).fill(v.url);
  await o.getByLabel(labels.db, { exact: true }).fill(v.db);
  await o.getByLabel(labels.user, { exact: true }).fill(v.user);
  await o.getByLabel(labels.password, { exact: true }).fill(v.password);
  if (v.snapshots) await o.getByLabel(labels.snapshots, { exact: true }).check();
  await o.getByRole('button', { name: labels.connect, exact: true }).click();
}

/** A message to the background from an extension page, as the pages send them. */
export function message<T = unknown>(p: Profile, msg: Record<string, unknown>): Promise<T> {
  return p.options.evaluate(
    (m) => (globalThis as unknown as { chrome: ExtensionApis }).chrome.runtime.sendMessage(m) as Promise<T>,
    msg,
  );
}

/** A round now, through the background (the Team screen's Sync now sends the same), and its status. */
export async function syncNow(p: Profile) {
  return (
    await message<{ status: { pending: number; lastError?: string; readOnly: boolean } }>(p, {
      type: 'sync.now',
    })
  ).status;
}

/** Reads one product page in a new tab and waits for its card (the reading is then stored). */
export async function readProduct(p: Profile, url: string) {
  const page = await p.context.newPage();
  await page.goto(url);
  await page.locator('opslens-card .card').waitFor();
  return page;
}
