import { card, fixtureHtml, servePages } from './browser';
import { expect, test } from './fixtures';

const URL_US = 'https://www.amazon.com/COSORI-Electric-Kettle/dp/B0C1K2Z3X4?th=1';

test('competitor journey: card, Watch, a later visit with a new price, popup with badge and sparkline', async ({
  ext,
}) => {
  const { context, id } = ext;
  let visit = 0;
  const log = await servePages(context, {
    [URL_US]: () => {
      const html = fixtureHtml('amazon/product/us-table.html');
      return visit++ === 0 ? html : html.replaceAll('$39.99', '$34.99');
    },
  });
  const page = await context.newPage();
  await page.goto(URL_US);
  const c = card(page);
  await expect(c).toBeVisible();
  await expect(c.locator('.title')).toHaveText(/^COSORI Electric Kettle, 1.7L Glass Tea Kettle/);
  const text = await c.innerText();
  expect(text).toContain('$39.99');
  expect(text).toContain('was $49.99');
  expect(text).toContain('★ 4.6 of 5');
  expect(text).toContain('(12,345)');
  expect(text).toContain('#14 in Kitchen & Dining');
  expect(text).toContain('2,000+');
  expect(text).toContain('In Stock');
  expect(text).toContain('Amazon.com');
  expect(text).toContain('Cosori');
  await expect(c.locator('.note')).toHaveText('First visit: history starts now.');

  // The card does not take part in the page's layout.
  const position = await page
    .locator('opslens-card')
    .evaluate((host) => getComputedStyle(host.shadowRoot!.querySelector('.card')!).position);
  expect(position).toBe('fixed');

  const watch = c.locator('button.watch');
  await expect(watch).toHaveAttribute('aria-pressed', 'false');
  await watch.click();
  await expect(watch).toHaveAttribute('aria-pressed', 'true');

  await page.reload();
  await expect(card(page).locator('.changes')).toBeVisible();
  await expect(card(page).locator('.changes li').first()).toHaveText(
    /^↓ Price down: \$39\.99 → \$34\.99 \(-12\.5%\)$/,
  );
  await expect(card(page).locator('button.watch')).toHaveAttribute('aria-pressed', 'true');

  // The card's history: read when opened, from the two readings ($39.99 then $34.99, rank #14 both times).
  const history = card(page).locator('.history');
  await expect(history.locator('p')).toHaveCount(0);
  await history.getByRole('button', { name: '▸ History' }).click();
  await expect(history.getByRole('button', { name: '▾ History' })).toHaveAttribute('aria-expanded', 'true');
  await expect(history.locator('p').first()).toHaveText(/^2 readings, \w{3} \d{1,2} – \w{3} \d{1,2}$/);
  await expect(history.locator('p', { hasText: 'Price:' })).toHaveText(
    'Price: $39.99 → $34.99 (lowest $34.99, highest $39.99)',
  );
  await expect(history.locator('p', { hasText: 'Best Sellers Rank:' })).toHaveText(
    'Best Sellers Rank: #14 → #14 (lowest #14, highest #14)',
  );
  await expect(history.locator('svg.spark-price polyline')).toHaveCount(1);
  await card(page).screenshot({ path: 'docs/screenshots/card-history-en.png' });

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${id}/popup.html`);
  const item = popup.locator('.item');
  await expect(item).toHaveCount(1);
  await expect(item.locator('.title')).toHaveText(/^COSORI Electric Kettle/);
  await expect(item.locator('.price')).toHaveText('$34.99');
  await expect(item.locator('.badge[data-kind="priceDown"]')).toHaveText('Price down');
  await expect(item.locator('canvas')).toHaveAttribute('data-points', '2');

  // Remove from the watchlist: the popup empties and says what to do.
  await item.getByRole('button', { name: /Remove COSORI/ }).click();
  await expect(popup.locator('.empty-title')).toHaveText('No watched products yet.');

  expect(log.extension).toStrictEqual([]);
});

test('the Japanese page reads ￥ prices and 5つ星のうち ratings correctly', async ({ ext }) => {
  const url = 'https://www.amazon.co.jp/dp/B0BJ8N4K2P';
  await servePages(ext.context, { [url]: 'amazon/product/jp.html' });
  const page = await ext.context.newPage();
  await page.goto(url);
  const text = await card(page).innerText();
  expect(text).toMatch(/¥12,800|￥12,800/);
  expect(text).toContain('★ 4.3 of 5');
});

test('a captcha page gets no card and stores nothing', async ({ ext }) => {
  const url = 'https://www.amazon.com/dp/B0C1K2Z3X4';
  await servePages(ext.context, { [url]: 'amazon/product/captcha.html' });
  const page = await ext.context.newPage();
  await page.goto(url);
  await page.waitForTimeout(1000);
  await expect(page.locator('opslens-card')).toHaveCount(0);
});
