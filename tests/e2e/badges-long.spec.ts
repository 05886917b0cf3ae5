import { bigPage, PAGE_KINDS } from '../../scripts/bench/pages';
import { servePages } from './browser';
import { expect, test } from './fixtures';

// Issue 16: on a long report the badges are made for the rows within a screen of the viewport only, and the
// others as scrolling brings their rows near; each badge still sits level with its own row.

const KIND = PAGE_KINDS.businessReport!;
const ROWS = 300;

/** Our badges in page coordinates, and whether each is level with the middle of a data row. */
const badges = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const host = document.querySelector('opslens-badges')!;
    const rows = [...document.querySelectorAll('kat-table-row')].map((r) => r.getBoundingClientRect());
    return [...host.shadowRoot!.querySelectorAll<HTMLElement>('.badge')]
      .filter((b) => !b.hidden)
      .map((b) => {
        const r = b.getBoundingClientRect();
        const middle = r.top + r.height / 2;
        return {
          top: r.top + scrollY,
          level: rows.some((row) => row.height > 0 && middle > row.top && middle < row.bottom),
        };
      });
  });

test('a 300-row report: badges near the viewport first, the rest as the operator scrolls to them', async ({
  ext,
}) => {
  const html = bigPage(KIND, ROWS);
  await servePages(ext.context, { [KIND.url]: () => html });
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1366, height: 800 });
  await page.goto(KIND.url);
  await expect(page.locator('opslens-badges .badge').first()).toBeAttached({ timeout: 20_000 });
  await page.waitForTimeout(300);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height, 'the report is many screens long').toBeGreaterThan(8 * 800);

  const first = await badges(page);
  expect(first.length).toBeGreaterThan(3);
  expect(first.every((b) => b.level)).toBe(true);
  // Nothing made beyond a screen below the viewport.
  expect(Math.max(...first.map((b) => b.top))).toBeLessThan(3 * 800);

  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForTimeout(300);
  const bottom = await page.evaluate(() => scrollY);
  const after = await badges(page);
  // Rows far down the report, advised on, got theirs once scrolled near (within a screen of the viewport).
  const far = after.filter((b) => b.top > 3 * 800);
  expect(far.length, 'badges beside rows far down, once scrolled to').toBeGreaterThan(3);
  expect(far.every((b) => b.top > bottom - 2 * 800)).toBe(true);
  expect(after.every((b) => b.level)).toBe(true);
  // The ones made first are still there.
  expect(after.length).toBe(first.length + far.length);
});
