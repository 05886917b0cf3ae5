import { expect, test } from '@playwright/test';
import { READER, startCouch, type TestCouch, WRITER } from '../sync/server';
import { EXTENSION_DIR } from './browser';
import {
  buildGrantingLocalhost,
  connect,
  type ExtensionApis,
  launchProfile,
  message,
  type Profile,
  readProduct,
  syncNow,
  TEAM_EN,
  TEAM_ZH,
} from './sync-helpers';

// Issue 17: two browser profiles with the built extension and one CouchDB-compatible server (express-pouchdb
// in memory on 127.0.0.1, started here, stopped in afterAll, and by itself after 5 minutes). The profiles
// hold the server's host permission from their manifest copy: why, in ./sync-helpers.ts.

const DB = 'team';
const WATCHED = 'https://www.amazon.com/COSORI-Electric-Kettle/dp/B0C1K2Z3X4';
const READ_TWICE = 'https://www.amazon.com/dp/B0SYNCREAD';
const PAGES = { [WATCHED]: 'amazon/product/us-table.html', [READ_TWICE]: 'amazon/product/us-table.html' };

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let server: TestCouch;
let granted: ReturnType<typeof buildGrantingLocalhost>;
let a: Profile;
let b: Profile;
const open: Profile[] = [];

const launch = async (lang: 'en-US' | 'zh-CN', dir = granted.dir) => {
  const p = await launchProfile(lang, dir, server.url, PAGES);
  open.push(p);
  return p;
};
const admin = async (path: string) => {
  const { user, password } = server.admin;
  const r = await fetch(`${server.url}/${DB}${path}`, {
    headers: { authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` },
  });
  return (await r.json()) as { rows: { id: string; doc: Record<string, unknown> }[] };
};
const docs = async (prefix: string) =>
  (await admin(`/_all_docs?include_docs=true&startkey="${prefix}"&endkey="${prefix}\ufff0"`)).rows;
const settingsOf = (p: Profile) =>
  p.options.evaluate(
    async () =>
      (await (globalThis as unknown as { chrome: ExtensionApis }).chrome.storage.local.get('settings'))
        .settings,
  );
const watchlistOf = async (p: Profile) =>
  (
    await message<{ watched: boolean }>(p, {
      type: 'entity.state',
      ref: { kind: 'competitor', marketplace: 'amazon.com', key: 'B0C1K2Z3X4' },
    })
  ).watched;
const breakEven = async (p: Profile, percent: string) => {
  const o = p.options;
  await o.getByLabel('Applies to').selectOption('amazon.com');
  const box = o.getByLabel('Break-even ACoS (= unit margin ÷ price)');
  await box.fill(percent);
  await box.press('Enter');
  await expect(o.locator('.settings .status')).toHaveText('Saved');
};

test.beforeAll(async () => {
  server = await startCouch(DB, 5 * 60_000);
  granted = buildGrantingLocalhost();
});
test.afterAll(async () => {
  for (const p of open) await p.close().catch(() => undefined);
  await server?.stop();
  granted?.remove();
});

test('Connect asks for exactly the server, and without that permission nothing reaches it', async () => {
  // The build as shipped: no host permission. The background refuses to connect, and sends nothing.
  const plain = await launch('en-US', EXTENSION_DIR);
  let reached = 0;
  plain.gate.handle = (route) => {
    reached++;
    return route.abort();
  };
  const reply = await message<{ status: { connected: boolean; lastError?: string } }>(plain, {
    type: 'sync.connect',
    config: { url: server.url, db: DB, ...WRITER, snapshots: false },
  });
  expect(reply.status).toMatchObject({ connected: false, lastError: 'permission' });
  expect(reached).toBe(0);
  await plain.close();
  open.splice(open.indexOf(plain), 1);

  a = await launch('en-US');
  b = await launch('en-US');
  for (const p of [a, b]) {
    await expect(p.options.locator('.team-line')).toHaveText('Not connected: nothing is shared.');
    await connect(p, TEAM_EN, { url: server.url, db: DB, ...WRITER, snapshots: true });
    await expect(p.options.locator('.team-status [role="status"]')).toContainText(
      `Connected as ana to team on 127.0.0.1:${server.port}.`,
    );
    expect(await p.asked()).toStrictEqual([[`http://127.0.0.1:${server.port}/*`]]);
  }
  // The password is not in the form after connecting, and not in what the page is told.
  await expect(a.options.getByLabel('Password', { exact: true })).toHaveValue('');
  const status = await message<{ status: Record<string, unknown> }>(a, { type: 'sync.status' });
  expect(JSON.stringify(status)).not.toContain(WRITER.password);
});

test('A watches a product and changes a threshold; B sees both', async () => {
  const page = await readProduct(a, WATCHED);
  await page.locator('opslens-card button.watch').click();
  await expect(page.locator('opslens-card button.watch')).toHaveAttribute('aria-pressed', 'true');
  await page.close();
  await breakEven(a, '25');
  expect(await syncNow(a)).toMatchObject({ pending: 0 });
  expect(await syncNow(b)).toMatchObject({ pending: 0 });
  expect(await watchlistOf(b)).toBe(true);
  expect(await settingsOf(b)).toMatchObject({ marketplaces: { 'amazon.com': { breakEvenAcos: 0.25 } } });
  // B's settings form shows A's value once it is applied.
  await b.options.getByLabel('Applies to').selectOption('amazon.com');
  await expect(b.options.getByLabel('Break-even ACoS (= unit margin ÷ price)')).toHaveValue('25');
  const popup = await b.context.newPage();
  await popup.goto(`chrome-extension://${b.id}/popup.html`);
  await expect(popup.locator('.item .title')).toHaveText(/^COSORI Electric Kettle/);
  await popup.close();
});

test('both read the same page offline, then reconnect: one snapshot, not two', async () => {
  await server.stop();
  for (const p of [a, b]) await (await readProduct(p, READ_TWICE)).close();
  expect(await syncNow(a)).toMatchObject({ lastError: 'offline', pending: 1 });
  await expect(a.options.locator('.team-problem')).toHaveText(
    'The server cannot be reached: changes wait here and go when it is back.',
  );
  await server.restart();
  await syncNow(a);
  await syncNow(b);
  await syncNow(a);
  expect(await docs('snap:competitor|amazon.com|B0SYNCREAD|')).toHaveLength(1);
  for (const p of [a, b]) {
    const history = await message<{ points: unknown[] }>(p, {
      type: 'entity.history',
      ref: { kind: 'competitor', marketplace: 'amazon.com', key: 'B0SYNCREAD' },
      metrics: ['price'],
      limit: 10,
    });
    expect(history.points).toHaveLength(1);
  }
  await expect(a.options.locator('.team-problem')).toHaveCount(0);
});

test('a conflicting threshold: the later edit wins in both, the other value kept in history', async () => {
  await server.stop();
  await breakEven(a, '22');
  await breakEven(b, '30'); // later: wins
  await server.restart();
  await syncNow(a);
  await syncNow(b);
  await syncNow(a);
  for (const p of [a, b])
    expect(await settingsOf(p)).toMatchObject({ marketplaces: { 'amazon.com': { breakEvenAcos: 0.3 } } });
  const [layer] = await docs('settings:marketplaces|amazon.com');
  const doc = layer!.doc as { fields: Record<string, { v: number }>; history: { v: number }[] };
  expect(doc.fields.breakEvenAcos!.v).toBe(0.3);
  expect(doc.history.map((h) => h.v)).toContain(0.22);
});

test('the server goes away mid-sync and comes back: nothing lost or doubled', async () => {
  // The first batch reaches the server, which stops before its reply does.
  let bulk = 0;
  a.gate.handle = async (route) => {
    if (!route.request().url().includes('_bulk_docs') || ++bulk !== 1) return route.continue();
    await route.fetch();
    await server.stop();
    return route.abort('connectionreset');
  };
  for (let i = 0; i < 250; i++)
    await message(a, {
      type: 'watch.set',
      ref: { kind: 'competitor', marketplace: 'amazon.com', key: `B0BULK${String(i).padStart(4, '0')}` },
      watched: true,
      platform: 'amazon',
      url: `https://www.amazon.com/dp/B0BULK${String(i).padStart(4, '0')}`,
    });
  await expect.poll(() => bulk, { timeout: 20_000 }).toBeGreaterThan(0);
  expect((await syncNow(a)).lastError).toBe('offline');
  a.gate.handle = (route) => route.continue();
  await server.restart();
  expect(await syncNow(a)).toMatchObject({ pending: 0 });
  const rows = await docs('watch:competitor|amazon.com|B0BULK');
  expect(rows).toHaveLength(250);
  expect(rows.filter((r) => !String(r.doc._rev).startsWith('1-'))).toStrictEqual([]);
  await syncNow(b);
  const count = await b.options.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const req = indexedDB.open('opslens');
        req.onsuccess = () => {
          const c = req.result.transaction('watchlist').objectStore('watchlist').count();
          c.onsuccess = () => resolve(c.result);
        };
      }),
  );
  expect(count).toBe(251);
});

test('a wrong password is said as such; a reader sees the shared data, cannot write, and is told so', async () => {
  const r = await launch('zh-CN');
  await connect(r, TEAM_ZH, { url: server.url, db: DB, user: READER.user, password: 'wrong' });
  await expect(r.options.locator('.team-problem[role="alert"]')).toHaveText(
    '用户名或密码错误：CouchDB 服务器拒绝登录（401）。',
  );
  await connect(r, { ...TEAM_ZH, connect: '保存并重新连接' }, { url: server.url, db: DB, ...READER });
  await expect(r.options.locator('.team-problem[role="alert"]')).toHaveCount(0);
  expect(await watchlistOf(r)).toBe(true);
  await message(r, {
    type: 'watch.set',
    ref: { kind: 'competitor', marketplace: 'amazon.com', key: 'B0READER01' },
    watched: true,
    platform: 'amazon',
    url: 'https://www.amazon.com/dp/B0READER01',
  });
  expect(await syncNow(r)).toMatchObject({ readOnly: true, pending: 1 });
  await expect(r.options.locator('.team-readonly')).toHaveText(
    '只读成员：你可以看到团队的数据，你的改动只保存在本浏览器。',
  );
  expect(await docs('watch:competitor|amazon.com|B0READER01')).toStrictEqual([]);
  await r.options.locator('.team-settings').screenshot({ path: 'docs/screenshots/team-zh.png' });
  await a.options.locator('.team-settings').screenshot({ path: 'docs/screenshots/team-en.png' });
  for (const p of open) expect(p.strays).toStrictEqual([]);
});
