import type { Page } from 'playwright-core';
import { expect, test } from './fixtures';
import { sendFrom } from './today-seed';

// The popup's first paint (issue 16, features/popup-first.ts): the watched list is drawn from IndexedDB by a
// small script before React and Dexie load, and React's first render replaces it. What it draws must be what
// React draws (same rows, same text, same places), or the popup would flicker or move as it opens.

const MARKETS = ['amazon.com', 'amazon.co.uk', 'amazon.de', 'amazon.co.jp'] as const;
const CURRENCY = { 'amazon.com': 'USD', 'amazon.co.uk': 'GBP', 'amazon.de': 'EUR', 'amazon.co.jp': 'JPY' };
const HOST = {
  'amazon.com': 'www.amazon.com',
  'amazon.co.uk': 'www.amazon.co.uk',
  'amazon.de': 'www.amazon.de',
  'amazon.co.jp': 'www.amazon.co.jp',
};

function product(i: number, now: number) {
  const marketplace = MARKETS[i % MARKETS.length]!;
  const key = `B0FIRST${String(i).padStart(3, '0')}`;
  const metrics: Record<string, number> = { rating: 4.4, reviewCount: 1200 + i };
  // Every fifth product has no price on its page (out of stock): the row shows a dash.
  if (i % 5 !== 4) metrics.price = marketplace === 'amazon.co.jp' ? 12800 + i * 100 : 19.99 + i;
  return {
    kind: 'listing',
    source: 'amazon.product',
    platform: 'amazon',
    marketplace,
    key,
    label: `Kettle ${i} — 不锈钢电水壶 1.7 L <b>&amp;</b>`,
    currency: CURRENCY[marketplace],
    capturedAt: new Date(now - (i + 1) * 37 * 60_000).toISOString(),
    url: `https://${HOST[marketplace]}/dp/${key}`,
    metrics,
    attrs: { brand: 'Northwind' },
  };
}

/** Installed before the popup's scripts: what the first paint drew, row by row, before React replaced it. */
const CAPTURE = `(() => {
  const w = window;
  w.__first = null;
  // Rows laid out as they come, so each snapshot measures real sizes (off-screen rows otherwise wait for a frame).
  const style = document.createElement('style');
  style.textContent = '.list > .item { content-visibility: visible !important; }';
  const read = () => [...document.querySelectorAll('#root .item')].map((li) => ({
    title: li.querySelector('.title').textContent,
    label: li.querySelector('.title').getAttribute('aria-label'),
    meta: li.querySelector('.meta').textContent,
    price: li.querySelector('.price').textContent,
    actions: li.querySelector('.actions').textContent,
    top: Math.round(li.getBoundingClientRect().top),
    height: Math.round(li.getBoundingClientRect().height),
  }));
  const snap = () => ({ head: document.querySelector('header').textContent, rows: read(), html: document.getElementById('root').innerHTML });
  w.__react = null;
  new MutationObserver(() => {
    if (!style.isConnected && document.head) document.head.append(style);
    if (!w.__first && document.querySelector('#root main[inert]')) w.__first = snap();
    // React's first commit: the list before the histories (badges, sparklines) arrive in a later one.
    if (!w.__react && document.querySelector('#root main.popup:not([inert]) .item')) w.__react = snap();
  }).observe(document, { childList: true, subtree: true });
})();`;

type Row = {
  title: string;
  label: string;
  meta: string;
  price: string;
  actions: string;
  top: number;
  height: number;
};
type First = { head: string; rows: Row[]; html: string } | null;

async function openPopup(page: Page, id: string) {
  await page.setViewportSize({ width: 400, height: 580 });
  await page.addInitScript({ content: CAPTURE });
  await page.goto(`chrome-extension://${id}/popup.html`);
  // React's list: the first paint's is inert, React's is not.
  await expect(page.locator('#root main.popup:not([inert]) .item').first()).toBeVisible();
  return (await page.evaluate(() => {
    const w = window as unknown as { __first: First; __react: First };
    return { first: w.__first, react: w.__react };
  })) as { first: First; react: First };
}

for (const lang of ['en-US', 'zh-CN'] as const) {
  test.describe(lang, () => {
    test.use({ lang });
    test(`the first paint draws the list React then draws, in place (${lang})`, async ({ ext }) => {
      const { context, id } = ext;
      const seed = await context.newPage();
      await seed.goto(`chrome-extension://${id}/options.html`);
      const now = Date.now();
      const records = Array.from({ length: 14 }, (_, i) => product(i, now));
      expect(await sendFrom(seed, { type: 'snapshots.put', records })).toMatchObject({ stored: 14 });
      for (const r of records)
        await sendFrom(seed, {
          type: 'watch.set',
          ref: r,
          watched: true,
          platform: r.platform,
          label: r.label,
          url: r.url,
        });

      const page = await context.newPage();
      const { first, react } = await openPopup(page, id);
      expect(first, 'the first paint ran').not.toBeNull();
      expect(first!.rows).toHaveLength(14);
      // Page text went in as text: the label's markup is shown, never parsed.
      expect(first!.html).not.toContain('<b>');
      expect(first!.rows[0]!.title).toBe(records[13]!.label); // most recently watched first
      await expect(page.locator('#root .item')).toHaveCount(14);
      expect(first!.head).toBe(react!.head);
      // Same rows, text, places and sizes.
      expect(first!.rows).toEqual(react!.rows);
      // Prices in each marketplace's currency, and the dash where the page showed none.
      expect(react!.rows.map((r) => r.price)).toContain('—');
      await page.screenshot({ path: `docs/screenshots/popup-list-${lang.slice(0, 2)}.png` });
    });
  });
}

test('no watched products: nothing is drawn early, and React shows the empty popup', async ({ ext }) => {
  const page = await ext.context.newPage();
  const first = await page
    .addInitScript({ content: CAPTURE })
    .then(() => page.goto(`chrome-extension://${ext.id}/popup.html`))
    .then(() => page.locator('.empty-title').waitFor())
    .then(() => page.evaluate(() => (window as unknown as { __first: First }).__first));
  expect(first).toBeNull();
  await expect(page.locator('.empty-title')).toHaveText('No watched products yet.');
});
