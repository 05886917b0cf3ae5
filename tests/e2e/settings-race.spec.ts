import type { BrowserContext } from 'playwright-core';
import { servePages } from './browser';
import { expect, test } from './fixtures';

// Issue 12, the settings race: the settings form loaded the settings once and saved them whole, dismissed
// advice included, so an advice dismissed in a console tab while the dashboard was open came back on the
// next save there. Dismissals now have their own storage item, written by the background only, and the
// form saves only the fields it changed.

const TERMS_URL =
  'https://advertising.amazon.com/cm/sp/campaigns/232075920075151/ad-groups/412096385710462/search-terms?entityId=ENTITY3KQ8ZL2M7VX0A';
const TERMS_FIXTURE = 'amazon/ads-search-terms/search-terms-en.html';

/** The extension's storage as its own pages see it. */
async function stored(context: BrowserContext, id: string): Promise<Record<string, unknown>> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/popup.html`);
  const all = await page.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<object> } } } }
    ).chrome.storage.local.get(null),
  );
  await page.close();
  return all as Record<string, unknown>;
}

test('advice dismissed in a console tab stays dismissed when the open dashboard saves a setting', async ({
  ext,
}) => {
  const { context, id } = ext;
  await servePages(context, { [TERMS_URL]: TERMS_FIXTURE });

  // The dashboard's settings are open first: the form has read the settings before the dismissal.
  const dashboard = await context.newPage();
  await dashboard.goto(`chrome-extension://${id}/dashboard.html#settings`);
  const leadTime = dashboard.getByLabel('Lead time incl. FBA check-in (days)');
  await expect(leadTime).toBeVisible();

  const consoleTab = await context.newPage();
  await consoleTab.goto(TERMS_URL);
  const panel = consoleTab.locator('opslens-panel .panel');
  await expect(panel.locator('.summary')).toHaveText('9 suggestions');
  const first = panel.locator('.item').first();
  const dismissedText = (await first.locator('.text').textContent())!;
  expect(dismissedText).toContain('electric kettle glass');
  await first.getByRole('button', { name: 'Dismiss' }).click();
  await expect(panel.locator('.summary')).toHaveText('8 suggestions');
  await expect.poll(async () => JSON.stringify(await stored(context, id))).toContain('electric kettle glass');

  // Now the dashboard, which has not reloaded, saves a threshold.
  await dashboard.bringToFront();
  await leadTime.fill('45');
  await leadTime.press('Enter');
  await expect(dashboard.locator('.settings .status')).toHaveText('Saved');

  // The dismissal survives: the console shows four suggestions after a reload, without the dismissed one.
  await consoleTab.bringToFront();
  await consoleTab.reload();
  const again = consoleTab.locator('opslens-panel .panel');
  await expect(again.locator('.summary')).toHaveText('8 suggestions');
  // A panel with nothing new since the last reading may open collapsed.
  const expand = again.locator('button[aria-expanded="false"]');
  if (await expand.count()) await expand.click();
  // 8 advice left, the panel lists the top 5.
  await expect(again.locator('.item .text')).toHaveCount(5);
  await expect(again.locator('.item', { hasText: dismissedText })).toHaveCount(0);

  // And in storage: the setting saved, the dismissal in its own item, none in the settings document.
  const after = await stored(context, id);
  expect(after.settings).toStrictEqual({
    version: 1,
    marketplaces: { '*': { leadTimeDays: 45 } },
    products: {},
  });
  const dismissed = after.dismissedAdvice as string[];
  expect(dismissed).toHaveLength(1);
  expect(dismissed[0]).toMatch(/^negative:searchTerm\|amazon\.com\|electric kettle glass\b/);

  // The dashboard counts the dismissal (it watches the item), and can bring it back.
  await dashboard.bringToFront();
  await expect(dashboard.locator('.settings')).toContainText(/1 dismissed suggestions?\b/);
  await dashboard.getByRole('button', { name: 'Show them again' }).click();
  await expect(dashboard.locator('.settings')).toContainText(/0 dismissed suggestions/);
  await consoleTab.bringToFront();
  await consoleTab.reload();
  await expect(consoleTab.locator('opslens-panel .summary')).toHaveText('9 suggestions');
});
