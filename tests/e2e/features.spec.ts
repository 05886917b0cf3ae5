import type { Page } from 'playwright-core';
import { readStore, servePages } from './browser';
import { expect, test } from './fixtures';

const TERMS_URL =
  'https://advertising.amazon.com/cm/sp/campaigns/232075920075151/ad-groups/412096385710462/search-terms?entityId=ENTITY3KQ8ZL2M7VX0A';
const TERMS_PAGE = 'amazon/ads/search-terms-en.html';

/** The `data-key` of the element focused inside the panel's shadow root, if any. */
const focusedKey = (page: Page) =>
  page.evaluate(
    () =>
      (document.querySelector('opslens-panel')?.shadowRoot?.activeElement as HTMLElement | null)?.dataset.key,
  );

test('Dismiss from the keyboard keeps focus in the panel, on the next advice', async ({ ext }) => {
  const { context } = ext;
  await servePages(context, { [TERMS_URL]: TERMS_PAGE });
  const page = await context.newPage();
  await page.goto(TERMS_URL);
  const panel = page.locator('opslens-panel .panel');
  await expect(panel.locator('.summary')).toHaveText('5 suggestions');
  const items = panel.locator('.item');
  const second = await items.nth(1).locator('.who').textContent();
  await items.nth(0).getByRole('button', { name: 'Dismiss' }).focus();
  await page.keyboard.press('Enter');
  await expect(panel.locator('.summary')).toHaveText('4 suggestions');
  // The advice that was second is first now, and its Dismiss has the focus: Enter dismisses it too.
  await expect(items.nth(0).locator('.who')).toHaveText(second!);
  const key = await focusedKey(page);
  expect(key).toMatch(/^dismiss:/);
  expect(await items.nth(0).locator(`[data-key="${key}"]`).count()).toBe(1);
  await page.keyboard.press('Enter');
  await expect(panel.locator('.summary')).toHaveText('3 suggestions');
  expect(await focusedKey(page)).toMatch(/^dismiss:/);
});

test('a feature switched off in settings does not start; the page is still read and saved', async ({
  ext,
}) => {
  const { context, id } = ext;
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${id}/popup.html`);
  // What the settings page writes (features/feature.ts, `local:features.off`).
  await settings.evaluate(() => {
    const ext = globalThis as unknown as {
      chrome: { storage: { local: { set(v: object): Promise<void> } } };
    };
    return ext.chrome.storage.local.set({ 'features.off': ['console-panel'] });
  });
  await servePages(context, { [TERMS_URL]: TERMS_PAGE });
  const page = await context.newPage();
  await page.goto(TERMS_URL);
  // The row badges (still on) appear once the reading is saved and advised on.
  await expect(page.locator('opslens-badges .badge')).toHaveCount(5);
  expect(await page.locator('opslens-panel').count()).toBe(0);
  const stored = await readStore<{ source: string }>(context, id, 'snapshots');
  expect(stored.filter((r) => r.source === 'amazon.ads-search-terms')).toHaveLength(22);
});
