import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { adapterFor } from '../../lib/sites';
import { DEMO_PAGES } from '../../scripts/demo-pages';
import { fixture } from '../helpers/fixture-pages';
import { card, EXTENSION_DIR, fixtureHtml, launchWithExtension, readStore, servePages } from './browser';
import { expect, test } from './fixtures';

// Issue 6, security and data safety end to end: page text is never HTML, nothing leaves the machine, pages
// and other extensions cannot write, a stopped service worker loses nothing, concurrent writers lose nothing.

type Text = { title: string; seller: string; brand: string };
const AMAZON_XSS = { url: 'https://www.amazon.com/dp/B0C9X5S1Z7', fixture: 'amazon/product/xss.html' };
const AMAZON_XSS_FACTS = fixture<Text>(AMAZON_XSS.fixture).facts;
const TMALL_XSS_FACTS = fixture<Text>('tmall/item/xss.html').facts;
const TMALL_XSS = { url: TMALL_XSS_FACTS.url, fixture: 'tmall/item/xss.html' };
const demo = (rel: string) => DEMO_PAGES.find((p) => p.fixture === rel)!;
const REPORT = demo('amazon/business-report/en-child.html');
const INVENTORY = demo('amazon/inventory/en-grid.html');
const TERMS = demo('amazon/ads-search-terms/search-terms-en.html');
const PRODUCT = demo('amazon/product/us-table.html');

type Row = Record<string, unknown>;
const STORES = ['history', 'entities', 'watchlist'] as const;
async function dump(context: BrowserContext, id: string) {
  const out: Record<string, Row[]> = {};
  for (const s of STORES) out[s] = await readStore<Row>(context, id, s);
  return out;
}
const countBy = (rows: Row[], key: string) => {
  const out: Record<string, number> = {};
  for (const r of rows) out[String(r[key])] = (out[String(r[key])] ?? 0) + 1;
  return out;
};

/** Nothing in the page ran a payload, and no shadow root of ours holds markup that could. */
async function expectInert(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  const dangerous = await page.evaluate(() =>
    Array.from(document.querySelectorAll('*'))
      .filter((el) => el.shadowRoot)
      .flatMap((el) => Array.from(el.shadowRoot!.querySelectorAll('*')))
      .filter(
        (el) =>
          /^(script|iframe|object|embed)$/i.test(el.tagName) ||
          Array.from(el.attributes).some((a) => /^on/i.test(a.name) || /javascript:/i.test(a.value)),
      )
      .map((el) => el.outerHTML.slice(0, 200)),
  );
  expect(dangerous).toStrictEqual([]);
}

test.describe('page text is never rendered as HTML', () => {
  test('Amazon product page with payloads in title, seller, brand and category', async ({ ext }) => {
    const { context, id } = ext;
    await servePages(context, { [AMAZON_XSS.url]: AMAZON_XSS.fixture });
    const page = await context.newPage();
    await page.goto(AMAZON_XSS.url);
    const c = card(page);
    await expect(c).toBeVisible();
    await expect(c.locator('.title')).toHaveText(AMAZON_XSS_FACTS.title);
    const text = await c.innerText();
    for (const field of ['seller', 'brand'] as const) expect(text).toContain(AMAZON_XSS_FACTS[field]);
    expect(text).toContain('<script>window.__pwned=1</script>');
    await expectInert(page);

    await c.locator('button.watch').click();
    await expect(c.locator('button.watch')).toHaveAttribute('aria-pressed', 'true');
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await expect(popup.locator('.item .title')).toHaveText(AMAZON_XSS_FACTS.title);
    await expectInert(popup);
    expect(await popup.locator('[onerror], [onload], svg[onload]').count()).toBe(0);
    expect(await popup.locator('script:not([src])').count()).toBe(0);
    await expectInert(page);
  });

  test('Tmall item page with payloads in title and shop name', async ({ ext }) => {
    // A page whose adapter went away must fail here, not skip.
    expect(adapterFor(new URL(TMALL_XSS.url))?.id).toBe('tmall.item');
    const { context, id } = ext;
    await servePages(context, { [TMALL_XSS.url]: TMALL_XSS.fixture });
    const page = await context.newPage();
    await page.goto(TMALL_XSS.url);
    const c = card(page);
    await expect(c).toBeVisible();
    await expect(c.locator('.title')).toHaveText(TMALL_XSS_FACTS.title);
    await expectInert(page);
    await c.locator('button.watch').click();
    await expect(c.locator('button.watch')).toHaveAttribute('aria-pressed', 'true');
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await expect(popup.locator('.item .title')).toHaveText(TMALL_XSS_FACTS.title);
    await expectInert(popup);
    await expectInert(page);
  });

  test('console page with payloads in a search term and a column header', async ({ ext }) => {
    const { context } = ext;
    const term = 'electric kettle glass <img src=x onerror=window.__pwned=7>';
    const html = fixtureHtml(TERMS.fixture)
      .replace(
        '>electric kettle glass<',
        '>electric kettle glass &lt;img src=x onerror=window.__pwned=7&gt;<',
      )
      .replace(
        /(<div role="columnheader" aria-colindex="13"[^\n]*\n)/,
        '$1<div role="columnheader" aria-colindex="14">&lt;script&gt;window.__pwned=8&lt;/script&gt;&lt;img src=x onerror=window.__pwned=9&gt;</div>\n',
      );
    expect(html).toContain('__pwned=8');
    await servePages(context, { [TERMS.url]: () => html });
    const page = await context.newPage();
    await page.goto(TERMS.url);
    const panel = page.locator('opslens-panel .panel');
    await expect(panel.locator('.item', { hasText: term })).toHaveCount(1);
    await expect(page.locator('opslens-badges .badge')).toHaveCount(9);
    await page.locator('opslens-badges .badge').first().focus();
    await expect(page.locator('opslens-badges .pop')).toBeVisible();
    await expectInert(page);
  });
});

test('no network: a whole journey makes no request but the pages it opens', async ({ ext }) => {
  const { context, id } = ext;
  // Every demo page is one an adapter reads: one that lost its adapter fails here instead of dropping out.
  expect(DEMO_PAGES.filter((p) => !adapterFor(new URL(p.url))).map((p) => p.url)).toStrictEqual([]);
  const log = await servePages(context, Object.fromEntries(DEMO_PAGES.map((p) => [p.url, p.fixture])));
  // Requests the routes never see (service worker fetches, if any) are caught here too.
  const seen: string[] = [];
  context.on('request', (req) => {
    let frame = '';
    try {
      frame = req.frame().url();
    } catch {}
    if (req.url().startsWith('chrome-extension://')) return;
    if (frame.startsWith('chrome-extension://') || req.serviceWorker()) seen.push(req.url());
  });
  for (const p of DEMO_PAGES) {
    const page = await context.newPage();
    await page.goto(p.url);
    await expect(page.locator(p.waitFor ?? 'body').first()).toBeVisible();
    if (p.watch) {
      await card(page).locator('button.watch').click();
      await expect(card(page).locator('button.watch')).toHaveAttribute('aria-pressed', 'true');
    }
    await page.close();
  }
  for (const path of ['popup.html', 'dashboard.html']) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/${path}`);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    await page.close();
  }
  const stored = await readStore(context, id, 'history');
  expect(stored.length).toBeGreaterThan(100);
  expect(log.extension).toStrictEqual([]);
  expect(seen).toStrictEqual([]);
  // What the pages fetched for themselves are addresses written in their own HTML (content scripts' requests
  // would count as the page's, so none may go anywhere else).
  const hosts = new Set(
    DEMO_PAGES.flatMap((p) =>
      [...fixtureHtml(p.fixture).matchAll(/\/\/([a-z0-9.-]+\.[a-z]{2,})/gi)].map((m) => m[1]!.toLowerCase()),
    ),
  );
  expect(log.page.filter((u) => !hosts.has(new URL(u).hostname))).toStrictEqual([]);
});

test.describe('messages from outside are ignored', () => {
  test('a web page posting messages and calling runtime APIs changes nothing', async ({ ext }) => {
    const { context, id } = ext;
    await servePages(context, { [PRODUCT.url]: PRODUCT.fixture, [REPORT.url]: REPORT.fixture });
    const page = await context.newPage();
    await page.goto(PRODUCT.url);
    await expect(card(page)).toBeVisible();
    const report = await context.newPage();
    await report.goto(REPORT.url);
    await expect(report.locator('opslens-panel .meta')).toContainText('Saved 25 rows');
    await page.waitForTimeout(500);
    const before = await dump(context, id);

    const forged = {
      kind: 'competitor',
      source: 'amazon.product',
      platform: 'amazon',
      marketplace: 'amazon.com',
      key: 'B0FORGED01',
      label: 'Forged',
      currency: 'USD',
      capturedAt: new Date().toISOString(),
      url: 'https://www.amazon.com/dp/B0FORGED01',
      metrics: { price: 0.01 },
      attrs: {},
    };
    const outcomes: string[] = [];
    for (const target of [page, report]) {
      outcomes.push(
        ...(await target.evaluate(
          async ({ extId, record }) => {
            const messages: unknown[] = [
              { type: 'snapshots.put', records: [record] },
              { type: 'page.capture', records: [record] },
              { type: 'watch.set', ref: record, watched: true, platform: 'amazon', url: record.url },
              { type: 'advice.dismiss', id: 'x', dismissed: true },
              JSON.parse('{"__proto__": {"polluted": 1}, "type": "snapshots.put", "records": []}'),
              'snapshots.put',
              null,
              { type: 'snapshots.put', records: Array(50).fill(record) },
            ];
            const out: string[] = [];
            for (const m of messages) window.postMessage(m, '*');
            const rt = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
            if (typeof rt?.sendMessage !== 'function')
              out.push('chrome.runtime.sendMessage is not available to the page');
            else
              for (const m of messages)
                try {
                  await (rt.sendMessage as (id: string, m: unknown) => Promise<unknown>)(extId, m);
                  out.push('sent');
                } catch (err) {
                  out.push(`refused: ${String(err).slice(0, 80)}`);
                }
            return out;
          },
          { extId: id, record: forged },
        )),
      );
    }
    await page.waitForTimeout(1500);
    expect(outcomes.every((o) => o !== 'sent')).toBe(true);
    const after = await dump(context, id);
    expect(after).toStrictEqual(before);
    expect(after.history!.some((s) => s.key === 'B0FORGED01')).toBe(false);
    console.log(
      `[security] web page: 16 window messages and ${outcomes.length} runtime calls refused (${outcomes[0]}); database unchanged`,
    );
  });

  test('another extension sending to our id changes nothing', async () => {
    const attacker = mkdtempSync(join(tmpdir(), 'opslens-attacker-'));
    writeFileSync(
      join(attacker, 'manifest.json'),
      JSON.stringify({
        manifest_version: 3,
        name: 'attacker',
        version: '1.0',
        background: { service_worker: 'attacker.js' },
      }),
    );
    writeFileSync(
      join(attacker, 'attacker.js'),
      'self.addEventListener("install", () => self.skipWaiting());',
    );
    const { context, cleanup } = await launchWithExtension('en-US', `${EXTENSION_DIR},${attacker}`);
    try {
      const workers = async () => {
        for (let i = 0; i < 50 && context.serviceWorkers().length < 2; i++)
          await new Promise((r) => setTimeout(r, 100));
        return context.serviceWorkers();
      };
      const all = await workers();
      const ours = all.find((w) => w.url().endsWith('/background.js'))!;
      const theirs = all.find((w) => w.url().endsWith('/attacker.js'))!;
      expect(ours && theirs).toBeTruthy();
      const id = new URL(ours.url()).host;
      await servePages(context, { [PRODUCT.url]: PRODUCT.fixture });
      const page = await context.newPage();
      await page.goto(PRODUCT.url);
      await expect(card(page)).toBeVisible();
      await page.waitForTimeout(500);
      const before = await dump(context, id);
      const outcomes = await theirs.evaluate(async (extId) => {
        const record = {
          kind: 'competitor',
          source: 'amazon.product',
          platform: 'amazon',
          marketplace: 'amazon.com',
          key: 'B0FORGED02',
          capturedAt: new Date().toISOString(),
          url: 'https://www.amazon.com/dp/B0FORGED02',
          metrics: { price: 1 },
          attrs: {},
        };
        const out: string[] = [];
        for (const m of [
          { type: 'snapshots.put', records: [record] },
          { type: 'page.capture', records: [record] },
          { type: 'watch.set', ref: record, watched: true, platform: 'amazon', url: record.url },
        ]) {
          try {
            const reply = await (
              globalThis as unknown as {
                chrome: { runtime: { sendMessage(id: string, m: unknown): Promise<unknown> } };
              }
            ).chrome.runtime.sendMessage(extId, m);
            out.push(`delivered: ${JSON.stringify(reply)}`);
          } catch (err) {
            out.push(`refused: ${String(err)}`);
          }
        }
        return out;
      }, id);
      expect(outcomes.filter((o) => !o.startsWith('refused'))).toStrictEqual([]);
      expect(await dump(context, id)).toStrictEqual(before);
      console.log(`[security] other extension: ${outcomes.length} messages refused (${outcomes[0]})`);
    } finally {
      await cleanup();
      rmSync(attacker, { recursive: true, force: true });
    }
  });
});

/** Stops our service worker as the browser does when it is idle (the DevTools protocol closes its target). */
async function stopWorker(cdp: CDPSession, id: string): Promise<number> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const ours = targetInfos.filter(
    (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${id}/`),
  );
  for (const t of ours) await cdp.send('Target.closeTarget', { targetId: t.targetId }).catch(() => undefined);
  return ours.length;
}
const sources = async (context: BrowserContext, id: string) =>
  countBy(await readStore<Row>(context, id, 'history'), 'source');

test('a snapshot sent while the service worker is stopped is not lost', async ({ ext }) => {
  const { context, id } = ext;
  await servePages(context, { [PRODUCT.url]: PRODUCT.fixture, [REPORT.url]: REPORT.fixture });
  const cdp = await context.browser()!.newBrowserCDPSession();
  expect(await stopWorker(cdp, id)).toBe(1);
  const page = await context.newPage();
  await page.goto(PRODUCT.url);
  await expect(card(page)).toBeVisible();
  await expect.poll(() => sources(context, id)).toStrictEqual({ 'amazon.product': 1 });

  expect(await stopWorker(cdp, id)).toBe(1);
  const report = await context.newPage();
  await report.goto(REPORT.url);
  await expect(report.locator('opslens-panel .meta')).toContainText('Saved 25 rows');
  expect(await sources(context, id)).toStrictEqual({ 'amazon.product': 1, 'amazon.business-report': 25 });
});

// Stopped again and again while two console pages send (every 100-400 ms for 4 s): nothing may be lost and
// nothing stored twice (a send retried after a lost reply carries the same capturedAt and is recognised).
// This test failed about one run in five for a long time. The cause was the harness, found by logging every
// send and the worker's states (ServiceWorker domain): the fixture handed the test a fresh profile's worker
// while Chromium was still installing it, and a worker stopped while installing is made redundant. The
// extension then has no background at all: every send failed ("Receiving end does not exist") or hung, and the
// test saw one stop only or a send pending 100 s. Stopping it while installing failed 3 runs of 3; once the
// fixture waits for the worker to be activated (extensionIdOf in ./browser.ts), it passed 24 runs of 24.
test.describe('service worker stopped again and again', () => {
  test('readings sent while the service worker keeps restarting are not lost', async ({ ext }) => {
    test.setTimeout(90_000);
    const { context, id } = ext;
    await servePages(context, { [REPORT.url]: REPORT.fixture, [INVENTORY.url]: INVENTORY.fixture });
    const cdp = await context.browser()!.newBrowserCDPSession();
    let stops = 0;
    let running = true;
    const hammer = (async () => {
      while (running) {
        stops += await stopWorker(cdp, id);
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 300));
      }
    })();
    const [a, b] = [await context.newPage(), await context.newPage()];
    await Promise.all([a.goto(REPORT.url), b.goto(INVENTORY.url)]);
    await a.waitForTimeout(4000);
    running = false;
    await hammer;
    expect(stops).toBeGreaterThan(1);
    // A reply lost in a restart may arrive as "unchanged": the first delivery stored it; the count below decides.
    await expect(a.locator('opslens-panel .meta')).toContainText(/Saved 25 rows|25 rows unchanged/, {
      timeout: 30_000,
    });
    await expect(b.locator('opslens-panel .meta')).toContainText(/Saved 20 rows|20 rows unchanged/, {
      timeout: 30_000,
    });
    expect(await sources(context, id)).toStrictEqual({
      'amazon.business-report': 25,
      'amazon.inventory': 20,
    });
  });
});

test('two tabs and the popup writing at once lose no snapshots', async ({ ext }) => {
  const { context, id } = ext;
  await servePages(context, { [REPORT.url]: REPORT.fixture, [TERMS.url]: TERMS.fixture });
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${id}/popup.html`);
  const [a, b] = [await context.newPage(), await context.newPage()];
  const N = 40;
  const burst = popup.evaluate(async (n) => {
    const send = (m: unknown) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage(m);
    const at = Date.now();
    const replies = await Promise.all(
      Array.from({ length: n }, (_, i) =>
        send({
          type: 'snapshots.put',
          records: [
            {
              kind: 'competitor',
              source: 'amazon.product',
              platform: 'amazon',
              marketplace: 'amazon.com',
              key: `B0POPUP${String(i).padStart(3, '0')}`,
              currency: 'USD',
              capturedAt: new Date(at + i).toISOString(),
              url: `https://www.amazon.com/dp/B0POPUP${i}`,
              metrics: { price: 10 + i },
              attrs: {},
            },
          ],
        }),
      ),
    );
    return replies as { stored?: number; error?: string }[];
  }, N);
  const [replies] = await Promise.all([burst, a.goto(REPORT.url), b.goto(TERMS.url)]);
  expect(replies.filter((r) => r.stored !== 1)).toStrictEqual([]);
  await expect(a.locator('opslens-panel .meta')).toContainText('Saved 25 rows');
  await expect(b.locator('opslens-panel .meta')).toContainText('Saved 22 rows');
  const { history: snapshots, entities } = await dump(context, id);
  expect(countBy(snapshots!, 'source')).toStrictEqual({
    'amazon.product': N,
    'amazon.business-report': 25,
    'amazon.ads-search-terms': 22,
  });
  expect(entities!.length).toBe(N + 25 + 22);
  expect(entities!.every((e) => e.snapshotCount === 1)).toBe(true);
});
