import { expect, test } from './fixtures';
import { listingWeek, sendFrom } from './today-seed';

// Issue 15, standard processes: a new product's launch checklist in the dashboard, ticked from its readings.

const DAY = 86_400_000;

function newProduct(now = Date.now()) {
  // Two weeks of a product first read 15 days ago: 700 sessions and 70 units a week, then 250 in stock.
  const weeks = [1, 0].map((w) =>
    listingWeek('B0NEW00001', 'New Kettle', w, { sessions: 700, unitsOrdered: 70 }, now),
  );
  const stock = {
    ...weeks[1]!,
    source: 'amazon.inventory',
    period: undefined,
    capturedAt: new Date(now - DAY / 4).toISOString(),
    url: 'https://sellercentral.amazon.com/myinventory/inventory',
    metrics: { available: 250 },
  };
  return [...weeks, stock];
}

for (const [lang, texts] of [
  [
    'en-US',
    {
      title: 'Launch checklist',
      stock: 'To do',
      conversion: 'Done',
      facts: '250 available: 25 days of cover',
    },
  ],
  [
    'zh-CN',
    { title: '新品上架清单', stock: '待完成', conversion: '已完成', facts: '可售 250 件：可售 25 天' },
  ],
] as const) {
  test.describe(lang, () => {
    test.use({ lang });
    test(`a new product shows its launch checklist (${lang})`, async ({ ext }) => {
      const { context, id } = ext;
      const page = await context.newPage();
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`chrome-extension://${id}/dashboard.html#entities`);
      expect(await sendFrom(page, { type: 'snapshots.put', records: newProduct() })).toMatchObject({
        stored: 3,
      });
      await page.locator('.entity', { hasText: 'New Kettle' }).click();
      const launch = page.locator('.launch');
      await expect(launch.locator('h3')).toHaveText(texts.title);
      // 70 units a week = 10 a day; 250 / 10 = 25 days < lead time 30; 70 / 700 = 10%, the minimum.
      await expect(launch.locator('[data-step="inStock"] .state')).toHaveText(texts.stock);
      await expect(launch.locator('[data-step="inStock"] .facts')).toHaveText(texts.facts);
      await expect(launch.locator('[data-step="conversion"] .state')).toHaveText(texts.conversion);
      await launch.screenshot({ path: `docs/screenshots/launch-${lang.slice(0, 2)}.png` });
    });
  });
}

test('a product read for the first time long ago has no launch checklist', async ({ ext }) => {
  const { context, id } = ext;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/dashboard.html#entities`);
  const old = [8, 0].map((w) =>
    listingWeek('B0OLD00001', 'Old Kettle', w, { sessions: 700, unitsOrdered: 70 }),
  );
  await sendFrom(page, { type: 'snapshots.put', records: old });
  await page.locator('.entity', { hasText: 'Old Kettle' }).click();
  await expect(page.locator('.detail h2')).toHaveText('Old Kettle');
  await expect(page.locator('.launch')).toHaveCount(0);
});
