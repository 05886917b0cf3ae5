import { expect, test } from './fixtures';
import { BR_URL, KW_URL, keywordPage, listingHistory, sendFrom } from './today-seed';

// Issue 15, Today: seeded readings of keywords and listings make the list in the order of what is at stake
// (or, while advice carries no stake, of severity), with the page to act on and done / snooze / dismiss.

test('Today lists every advice ranked, with the page to act on, and remembers done and dismiss', async ({
  ext,
}) => {
  const { context, id } = ext;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/dashboard.html`);
  await expect(page.getByRole('button', { name: 'Today' })).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('.today .empty')).toBeVisible();
  expect(await sendFrom(page, { type: 'page.capture', records: keywordPage() })).toMatchObject({ stored: 2 });
  expect(await sendFrom(page, { type: 'snapshots.put', records: listingHistory() })).toMatchObject({
    stored: 16,
  });

  const items = page.locator('.today-item');
  await expect(items).toHaveCount(4);
  const names = await items.locator('.name').allTextContents();
  const staked = await page.evaluate(async () => {
    const rows = await new Promise<{ advice: { stake?: unknown } }[]>((resolve) => {
      const open = indexedDB.open('opslens');
      open.onsuccess = () => {
        const req = open.result.transaction('advice').objectStore('advice').getAll();
        req.onsuccess = () => resolve(req.result);
      };
    });
    return rows.some((r) => r.advice.stake !== undefined);
  });
  if (staked) {
    // Thousands of dollars of sales lost to a stock-out before $48 spent on a keyword that sells nothing.
    expect(names.indexOf('Stock Kettle')).toBeLessThan(names.indexOf('kettle large'));
  } else {
    // No stake yet (issue 14): all four are high, in the order of their ids.
    expect(names).toStrictEqual(['steel kettle', 'Conversion Grinder', 'kettle large', 'Stock Kettle']);
  }
  await expect(page.locator('.today-group h3').first()).toBeVisible();
  const stock = items.filter({ hasText: 'Stock Kettle' });
  await expect(stock.getByRole('link', { name: 'Open the page to act on Stock Kettle' })).toHaveAttribute(
    'href',
    BR_URL,
  );
  await expect(items.filter({ hasText: 'kettle large' }).locator('a.name')).toHaveAttribute('href', KW_URL);
  await expect(page.locator('.since')).toContainText('From tomorrow');
  await page.screenshot({ path: 'docs/screenshots/today-en.png', fullPage: true });

  await stock.getByRole('button', { name: 'Done' }).click();
  await items.filter({ hasText: 'kettle large' }).getByRole('button', { name: 'Dismiss' }).click();
  await expect(items).toHaveCount(2);
  await page.reload();
  await expect(items).toHaveCount(2);
  await expect(page.locator('.today-hidden')).toContainText('1 done, 0 snoozed, 1 dismissed');

  // The popup counts what is left.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${id}/popup.html`);
  await expect(popup.locator('.today-count')).toHaveText('2 things to act on today');
});

test.describe('中文', () => {
  test.use({ lang: 'zh-CN' });
  test('今日 in Chinese', async ({ ext }) => {
    const { context, id } = ext;
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/dashboard.html`);
    await sendFrom(page, { type: 'page.capture', records: keywordPage() });
    await sendFrom(page, { type: 'snapshots.put', records: listingHistory() });
    await expect(page.locator('.today-item')).toHaveCount(4);
    await expect(page.locator('.today-head')).toContainText('4 项待处理');
    await page.screenshot({ path: 'docs/screenshots/today-zh.png', fullPage: true });
  });
});
