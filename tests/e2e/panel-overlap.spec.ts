import type { Page } from 'playwright-core';
import { servePages } from './browser';
import { expect, test } from './fixtures';

// Issue 13: the panel never hides the numbers its advice is about (Clicks, Spend, Orders, Sales, ACoS) when
// the viewport has room for both; at 800 x 600 it is a bar after the first read and still clear of them.

const URL =
  'https://advertising.amazon.com/cm/sp/campaigns/232075920075151/ad-groups/412096385710462/search-terms?entityId=ENTITY3KQ8ZL2M7VX0A';
const ADVISED = ['clk', 'spend', 'orders', 'sales', 'acos'];

/** Rectangles of the advised columns' visible cells (header and body), and of the panel. */
const boxes = (page: Page) =>
  page.evaluate((cols) => {
    const visible = (r: DOMRect) =>
      r.width > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
    const cells = cols.flatMap((c) =>
      [...document.querySelectorAll(`[col-id="${c}"]`)]
        .map((el) => el.getBoundingClientRect())
        .filter(visible),
    );
    const panel = document
      .querySelector('opslens-panel')!
      .shadowRoot!.querySelector('.panel')!
      .getBoundingClientRect();
    const plain = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    return { cells: cells.map(plain), panel: plain(panel) };
  }, ADVISED);

type Box = { left: number; top: number; right: number; bottom: number };
const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

for (const [width, height] of [
  [1366, 900],
  [800, 600],
] as const) {
  test(`the panel does not cover the advised columns at ${width} x ${height}`, async ({ ext }) => {
    const { context } = ext;
    await servePages(context, { [URL]: 'amazon/ads-search-terms/search-terms-en.html' });
    const page = await context.newPage();
    await page.setViewportSize({ width, height });
    for (const visit of ['first', 'again']) {
      await page.goto(URL);
      await expect(page.locator('opslens-panel .summary')).toHaveText(/suggestions/);
      await page.waitForTimeout(300); // docked in the next frame
      // A narrow window shows the money columns once the operator scrolls the grid to them.
      await page.evaluate(() =>
        document
          .querySelector('[role="columnheader"][col-id="acos"]')
          ?.scrollIntoView({ inline: 'end', block: 'nearest' }),
      );
      await page.waitForTimeout(100);
      const { cells, panel } = await boxes(page);
      expect(cells.length, `advised cells on screen (${visit} visit)`).toBeGreaterThan(10);
      const covered = cells.filter((c) => overlaps(c, panel));
      expect(covered, `cells under the panel on the ${visit} visit: ${JSON.stringify(panel)}`).toStrictEqual(
        [],
      );
    }
  });
}
