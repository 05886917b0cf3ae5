import { expect, test } from './fixtures';
import { BR_URL, listingWeek, sendFrom } from './today-seed';

// Issue 15: the history chart marks a recorded change, the alert raised and the stock-out, and says so.

test('the chart marks the change recorded, the alert and the stock-out, listed in words', async ({ ext }) => {
  const { context, id } = ext;
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.goto(`chrome-extension://${id}/dashboard.html#entities`);
  const week = (w: number, available: number) =>
    listingWeek('B0STOCK1', 'Stock Kettle', w, { sessions: 700, unitsOrdered: 70, available });
  await sendFrom(page, { type: 'snapshots.put', records: [week(3, 900), week(2, 900)] });
  await sendFrom(page, {
    type: 'experiment.add',
    ref: { kind: 'listing', marketplace: 'amazon.com', key: 'B0STOCK1' },
    platform: 'amazon',
    url: BR_URL,
    change: 'price',
    note: '24.99 -> 22.99',
  });
  // Out of stock in the last reading: the stock alert is raised and the reading is a stock-out.
  await sendFrom(page, { type: 'snapshots.put', records: [week(1, 300), week(0, 0)] });
  await page.locator('.entity', { hasText: 'Stock Kettle' }).click();
  const list = page.locator('.chart-events li');
  await expect(list).toHaveCount(3);
  await expect(list.locator('xpath=self::*[@data-kind="experiment"]')).toContainText(
    'Price changed (recorded experiment): 24.99 -> 22.99',
  );
  await expect(list.locator('xpath=self::*[@data-kind="alert"]')).toContainText('Stock Kettle');
  await expect(list.locator('xpath=self::*[@data-kind="stockOut"]')).toContainText(
    'Out of stock in this reading',
  );
  await page.locator('.detail').screenshot({ path: 'docs/screenshots/chart-events-en.png' });
});
