import { expect, test } from './fixtures';
import { stockSeed } from './stock-seed';
import { sendFrom } from './today-seed';

// Issue 14: the dashboard's stock view lists what to reorder and the slow movers, Amazon listings and 千牛 items
// alike, from the advice the background keeps on each item's latest reading.

test('the stock view lists reorders and slow movers for Amazon and Tmall/Taobao items', async ({ ext }) => {
  const { context, id } = ext;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/dashboard.html#stock`);
  await expect(page.getByRole('button', { name: 'Stock' })).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('.stock-view .empty')).toBeVisible();
  expect(await sendFrom(page, { type: 'snapshots.put', records: stockSeed() })).toMatchObject({ stored: 76 });

  const reorder = page.locator('.stock-reorder tbody tr[data-key]');
  const slow = page.locator('.stock-slow tbody tr[data-key]');
  await expect(reorder).toHaveCount(2);
  await expect(slow).toHaveCount(2);
  // 特级龙井: 2,140 / 30 = 71.33 a day; order-up-to 71.33 x 60 = 4,280 + safety 14 days (998.67 -> 999) = 5,279;
  // 5,279 - 1,678 = 3,601.
  const tmall = reorder.filter({ hasText: '特级龙井' });
  await expect(tmall.locator('td').nth(5)).toHaveText('3,601');
  await expect(tmall).toHaveAttribute('data-platform', 'tmall');
  // 42 days of a weekly pattern ±1: a forecast, and safety stock from its one-step error at 95%.
  const why = page.locator('.stock-reorder tr[data-why="B0KETTLE01"]');
  await expect(why).toContainText('Holt-Winters forecast');
  await expect(why).toContainText('for a 95% service level');
  // The kettle lasts under a week: it comes first.
  await expect(reorder.first()).toContainText('Steel Kettle');
  // The mug: 1,500 at 2 a day = 750 days; excess 1,500 - 13 x 7 x 2 = 1,318 units at $12 = $15,816.00; the tea:
  // 3,402 - 2,627 = 775 at ¥58 = ¥44,950.00. Ordered by money on one scale: $15,816 (x1) over ¥44,950 (x0.14).
  await expect(slow.first()).toContainText('Ceramic Mug');
  await expect(slow.first()).toContainText('$15,816.00');
  await expect(slow.first()).toContainText('removal / liquidation');
  const tea = slow.filter({ hasText: '明前龙井' });
  await expect(tea).toContainText('CN¥44,950.00');
  await expect(tea).toContainText('price step + ads');
  await expect(page.locator('.stock-slow tr[data-why="823456789108"]')).toContainText('listed');
  await page.screenshot({ path: 'docs/screenshots/stock-en.png', fullPage: true });

  // The kettle's chart: daily units sold with the forecast and its band after them.
  await page.getByRole('button', { name: 'Products & campaigns' }).click();
  await page.locator('.entity', { hasText: 'Steel Kettle' }).click();
  await expect(page.locator('.detail h2')).toHaveText('Steel Kettle');
  await page.locator('.metric-picker label', { hasText: 'Units ordered' }).click();
  await page.locator('.metric-picker label', { hasText: 'Sessions' }).click();
  await expect(page.locator('.chart canvas')).toHaveAttribute(
    'aria-label',
    /: Units ordered, forecast \(units \/ day\), forecast band \(95% service level\)$/,
  );
  await page.locator('.chart').screenshot({ path: 'docs/screenshots/stock-forecast-en.png' });
});

test.describe('中文', () => {
  test.use({ lang: 'zh-CN' });
  test('库存视图', async ({ ext }) => {
    const { context, id } = ext;
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/dashboard.html#stock`);
    await expect(page.getByRole('button', { name: '库存' })).toHaveAttribute('aria-current', 'page');
    await sendFrom(page, { type: 'snapshots.put', records: stockSeed() });
    await expect(page.locator('.stock-reorder tbody tr[data-key]')).toHaveCount(2);
    await expect(page.locator('.stock-slow tbody tr[data-key]')).toHaveCount(2);
    await expect(page.locator('.stock-view h2')).toHaveText('库存：补货与滞销');
    await expect(page.locator('.stock-slow')).toContainText('降价 + 推广');
    await page.screenshot({ path: 'docs/screenshots/stock-zh.png', fullPage: true });
  });
});
