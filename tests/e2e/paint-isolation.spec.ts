import type { Page } from 'playwright-core';
import { card, servePages } from './browser';
import { expect, test } from './fixtures';

// Issue 16: on console pages the page's body is its own paint group (entrypoints/console.content/
// paint-isolation.css), so that our panel's and badges' changes do not repaint the whole page. It must not move a box of the page, nor touch
// a node or attribute of it: the page's own scripts and observers see the document they made.

const CONSOLE =
  'https://advertising.amazon.com/cm/sp/campaigns/232075920075151/ad-groups/412096385710462/search-terms?entityId=ENTITY3KQ8ZL2M7VX0A';
const PRODUCT = 'https://www.amazon.com/COSORI-Electric-Kettle/dp/B0C1K2Z3X4?th=1';

/** Boxes of every element of the page's body, as the page lays them out. */
const layout = (page: Page) =>
  page.evaluate(() =>
    [...document.body.querySelectorAll('*')].map((el) => {
      const r = el.getBoundingClientRect();
      return `${r.left},${r.top},${r.width},${r.height}`;
    }),
  );

/** What the page's own world sees of the body: its attributes, and the sheets adopted by the document. */
const seen = (page: Page) =>
  page.evaluate(() => ({
    attributes: [...document.body.attributes].map((a) => `${a.name}=${a.value}`),
    isolation: getComputedStyle(document.body).isolation,
    sheets: document.adoptedStyleSheets.length,
  }));

test('console page: the body is its own paint group from the first paint, and not a box of the page moves', async ({
  ext,
}) => {
  await servePages(ext.context, { [CONSOLE]: 'amazon/ads-search-terms/search-terms-en.html' });
  const page = await ext.context.newPage();
  // What the page's own world sees when its document is parsed, before any content script of ours runs.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      document.documentElement.dataset.isolationAtParse = getComputedStyle(document.body).isolation;
    });
  });
  await page.goto(CONSOLE);
  await expect(page.locator('opslens-panel .summary')).toHaveText(/suggestions/);
  expect(await page.evaluate(() => document.documentElement.dataset.isolationAtParse)).toBe('isolate');
  const now = await seen(page);
  expect(now.isolation).toBe('isolate');
  // From the manifest's content-script CSS: nothing adopted, and no style attribute or class on the body.
  expect(now.sheets).toBe(0);
  expect(now.attributes.some((a) => a.startsWith('style='))).toBe(false);

  const isolated = await layout(page);
  // The same page with the isolation overridden by a sheet of the page's own: every box where it was.
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('body{isolation:auto !important}');
    document.adoptedStyleSheets = [sheet];
  });
  expect((await seen(page)).isolation).toBe('auto');
  const plain = await layout(page);
  expect(isolated.length).toBeGreaterThan(100);
  expect(isolated).toStrictEqual(plain);
});

// The card is one fixed box on its own layer: hovering it repaints the same with the body isolated or not
// (`npm run bench`), so a product page's styles are left alone.
test('product page: the card shows and the page keeps its styles as they were', async ({ ext }) => {
  await servePages(ext.context, { [PRODUCT]: 'amazon/product/us-table.html' });
  const page = await ext.context.newPage();
  await page.goto(PRODUCT);
  await expect(card(page)).toBeVisible();
  const now = await seen(page);
  expect(now.isolation).toBe('auto');
  expect(now.sheets).toBe(0);
  expect(now.attributes.some((a) => a.startsWith('style='))).toBe(false);
});
