import type { Page } from 'playwright-core';
import { PEAK_PERCENTS, peakDay } from '../helpers/daypart-week';
import { expect, test } from './fixtures';

// Dayparting end to end (issue 14): a campaign read in the ads console, with a settled week of hourly figures
// and a provisional day, shows its hour heatmap and the schedule to copy in the dashboard's detail.

const DAY = 86_400_000;
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const CAMPAIGN = { key: '384549310501693', label: 'Kettle - Exact' };

// The known-peak week of tests/helpers/daypart-week.ts (worked by hand in tests/unit/daypart-advice.test.ts).
const PERCENTS = PEAK_PERCENTS.map(String);

function hourRows(now: number) {
  const entity = `campaign|amazon.com|${CAMPAIGN.key}`;
  const rows = [];
  // Seven settled days (10 to 4 days ago: settled in any time zone with Amazon's 3 provisional days), and
  // yesterday with a spike at 03:00 that must be left out.
  const days = [10, 9, 8, 7, 6, 5, 4].map((n) => dayOf(now - n * DAY));
  for (const day of days)
    for (let hour = 0; hour < 24; hour++) {
      const m = peakDay(hour);
      rows.push({ day, hour, metrics: { ...m, spend: m.clicks * 0.5 } });
    }
  rows.push({
    day: dayOf(now - DAY),
    hour: 3,
    metrics: { clicks: 300, sales: 3000, orders: 30, spend: 150 },
  });
  return rows.map(({ day, hour, metrics }) => ({
    id: `${entity}|${day}|${day}|${hour}|amazon.hourly-report`,
    entity,
    platform: 'amazon',
    marketplace: 'amazon.com',
    key: CAMPAIGN.key,
    label: CAMPAIGN.label,
    currency: 'USD',
    from: day,
    to: day,
    hour,
    spread: 1,
    metrics,
    source: 'amazon.hourly-report',
    capturedAt: new Date(now - DAY).toISOString(),
  }));
}

async function seed(page: Page) {
  const now = Date.now();
  const campaign = {
    kind: 'campaign',
    source: 'amazon.ads-campaigns',
    platform: 'amazon',
    marketplace: 'amazon.com',
    key: CAMPAIGN.key,
    label: CAMPAIGN.label,
    currency: 'USD',
    period: { from: dayOf(now - 10 * DAY), to: dayOf(now - 4 * DAY) },
    capturedAt: new Date(now - DAY).toISOString(),
    url: 'https://advertising.amazon.com/campaign-manager/all-campaigns',
    metrics: { impressions: 90000, clicks: 2520, spend: 1260, orders: 105, sales: 2824.5 },
    attrs: {},
  };
  const reply = await page.evaluate(
    (records) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({ type: 'snapshots.put', records }),
    [campaign],
  );
  expect(reply).toMatchObject({ stored: 1 });
  // Hourly buckets straight into the extension's database (an import would write them the same way).
  await page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('opslens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('hours', 'readwrite');
          for (const r of rows) tx.objectStore('hours').put(r);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    hourRows(now),
  );
}

async function openCampaign(page: Page, id: string) {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(`chrome-extension://${id}/dashboard.html#entities`);
  await seed(page);
  await page.reload();
  await page.locator('.entity', { hasText: CAMPAIGN.label }).click();
  await expect(page.locator('.detail h2')).toHaveText(CAMPAIGN.label);
  const panel = page.locator('section.daypart');
  await expect(panel).toBeVisible();
  return panel;
}

test('dashboard: hour heatmap and Amazon schedule for a campaign with hourly figures', async ({ ext }) => {
  const page = await ext.context.newPage();
  const panel = await openCampaign(page, ext.id);
  await expect(panel.locator('h3')).toHaveText('Bids by hour of day');
  const table = panel.locator('table.heatmap');
  await expect(table.locator('thead th')).toHaveCount(25);
  await expect(table.locator('tbody th')).toHaveText(['Every day']);
  await expect(table.locator('tbody td')).toHaveText(PERCENTS);
  await expect(table.locator('td[data-hour="3"]')).toHaveAttribute('data-reason', 'fewClicks');
  await expect(table.locator('td[data-hour="19"]')).toHaveAttribute(
    'title',
    /^19:00: 150% \(its own revenue per click, held to the limit\) · 140 clicks · \$2\.00 revenue per click/,
  );
  await expect(panel.locator('.daypart-basis')).toContainText('From 7 settled days');
  await expect(panel.locator('.daypart-provisional')).toContainText(
    '(the last 3 days) are left out until they settle, as orders are attributed late: 1 day of figures waits.',
  );
  await expect(panel.locator('.schedule-text')).toHaveText(
    ['08:00-12:00 -11%', '12:00-13:00 +16%', '13:00-18:00 -11%', '19:00-22:00 +50%', '22:00-24:00 -50%'].join(
      '\n',
    ),
  );
  // Keyboard: the cells are reachable with Tab and name themselves.
  await table.locator('td[data-hour="0"]').focus();
  await page.keyboard.press('Tab');
  await expect(table.locator('td[data-hour="1"]')).toBeFocused();
  // Extension pages are opaque origins to Playwright's permission grants: the clipboard call is captured instead.
  await page.evaluate(() => {
    const w = globalThis as unknown as { copied?: string };
    navigator.clipboard.writeText = async (text: string) => {
      w.copied = text;
    };
  });
  await panel.getByRole('button', { name: 'Copy schedule' }).click();
  await expect(panel.getByRole('button', { name: 'Schedule copied' })).toBeVisible();
  expect(await page.evaluate(() => (globalThis as unknown as { copied?: string }).copied)).toBe(
    await panel.locator('.schedule-text').textContent(),
  );
  await panel.scrollIntoViewIfNeeded();
  await panel.screenshot({ path: 'docs/screenshots/daypart-en.png' });
});

test.describe('in Chinese', () => {
  test.use({ lang: 'zh-CN' });
  test('the same heatmap and schedule, in Chinese', async ({ ext }) => {
    const page = await ext.context.newPage();
    const panel = await openCampaign(page, ext.id);
    await expect(panel.locator('h3')).toHaveText('分时出价');
    await expect(panel.locator('table.heatmap tbody th')).toHaveText(['每天']);
    await expect(panel.locator('table.heatmap tbody td')).toHaveText(PERCENTS);
    await expect(panel.locator('.daypart-basis')).toContainText('基于 7 个已结算天');
    await expect(panel.getByRole('button', { name: '复制排期' })).toBeVisible();
    await panel.screenshot({ path: 'docs/screenshots/daypart-zh.png' });
  });
});
