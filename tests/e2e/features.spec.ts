import type { BrowserContext, Page } from 'playwright-core';
import { fixtureHtml, readStore, servePages } from './browser';
import { expect, test } from './fixtures';

const TERMS_URL =
  'https://advertising.amazon.com/cm/sp/campaigns/232075920075151/ad-groups/412096385710462/search-terms?entityId=ENTITY3KQ8ZL2M7VX0A';
const TERMS_PAGE = 'amazon/ads-search-terms/search-terms-en.html';
/**
 * What the panel says of the fixture: 3 negatives, 2 exact harvests (2+ orders under target) and 4
 * broad/phrase harvests (1+ order under target) (console.spec.ts checks them).
 */
const TERMS_ADVICE = '9 suggestions';

/** The `data-key` of the element focused inside the panel's shadow root, if any. */
const focusedKey = (page: Page) =>
  page.evaluate(
    () =>
      (document.querySelector('opslens-panel')?.shadowRoot?.activeElement as HTMLElement | null)?.dataset.key,
  );

/** The search-terms fixture at its URL, read and advised on: its panel once it shows the advice. */
async function openTerms(context: BrowserContext) {
  await servePages(context, { [TERMS_URL]: TERMS_PAGE });
  const page = await context.newPage();
  await page.goto(TERMS_URL);
  const panel = page.locator('opslens-panel .panel');
  await expect(panel.locator('.summary')).toHaveText(TERMS_ADVICE);
  return { page, panel };
}

test('Dismiss from the keyboard keeps focus in the panel, on the next advice', async ({ ext }) => {
  const { context } = ext;
  const { page, panel } = await openTerms(context);
  const items = panel.locator('.item');
  const second = await items.nth(1).locator('.who').textContent();
  await items.nth(0).getByRole('button', { name: 'Dismiss' }).focus();
  await page.keyboard.press('Enter');
  await expect(panel.locator('.summary')).toHaveText('8 suggestions');
  // The advice that was second is first now, and its Dismiss has the focus: Enter dismisses it too.
  await expect(items.nth(0).locator('.who')).toHaveText(second!);
  const key = await focusedKey(page);
  expect(key).toMatch(/^dismiss:/);
  expect(await items.nth(0).locator(`[data-key="${key}"]`).count()).toBe(1);
  await page.keyboard.press('Enter');
  await expect(panel.locator('.summary')).toHaveText('7 suggestions');
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
  await expect(page.locator('opslens-badges .badge')).toHaveCount(9);
  expect(await page.locator('opslens-panel').count()).toBe(0);
  const stored = await readStore<{ source: string }>(context, id, 'history');
  expect(stored.filter((r) => r.source === 'amazon.ads-search-terms')).toHaveLength(22);
});

test('badges stay level with their rows when the grid scrolls inside its own box, and hide outside it', async ({
  ext,
}) => {
  const { context } = ext;
  // The ads console's grid scrolls in a box of its own (issue 13): give the fixture's grid one.
  const html = fixtureHtml(TERMS_PAGE).replace(
    '</head>',
    '<style>[data-e2e-id="searchTermsTable"]{max-height:240px;overflow:auto;margin-left:40px}</style></head>',
  );
  await servePages(context, { [TERMS_URL]: () => html });
  const page = await context.newPage();
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(TERMS_URL);
  await expect(page.locator('opslens-badges .badge')).toHaveCount(9);
  const check = () =>
    page.evaluate(() => {
      const box = document.querySelector('[data-e2e-id="searchTermsTable"]')!.getBoundingClientRect();
      const rows = Array.from(document.querySelectorAll('[role="grid"] [role="row"]')).map((r) =>
        r.getBoundingClientRect(),
      );
      const badges = Array.from(
        document.querySelector('opslens-badges')!.shadowRoot!.querySelectorAll<HTMLElement>('.badge'),
      );
      return badges.map((b) => {
        const r = b.getBoundingClientRect();
        const middle = r.top + r.height / 2;
        return {
          hidden: b.hidden,
          inGrid: middle >= box.top && middle <= box.bottom,
          level: rows.some((row) => middle >= row.top && middle <= row.bottom),
          besideGrid: r.right <= box.left + 1,
        };
      });
    });
  const scrolls = [0, 120, 400];
  const hiddenAt: number[] = [];
  for (const top of scrolls) {
    await page.evaluate((y) => {
      document.querySelector('[data-e2e-id="searchTermsTable"]')!.scrollTop = y;
    }, top);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const badges = await check();
    for (const b of badges.filter((x) => !x.hidden))
      expect(b).toStrictEqual({ hidden: false, inGrid: true, level: true, besideGrid: true });
    hiddenAt.push(badges.filter((b) => b.hidden).length);
  }
  // Scrolling moved advised rows out of the box: their badges hid with them.
  expect(hiddenAt.some((n) => n > 0)).toBe(true);
});

test('a dismissed advice can be undone; all negatives copy as one list; rows show what tells them apart', async ({
  ext,
}) => {
  const { context } = ext;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: 'https://advertising.amazon.com',
  });
  const { page, panel } = await openTerms(context);
  const items = panel.locator('.item');
  const first = (await items.nth(0).locator('.who').getAttribute('title'))!;
  // A search term says its match type, ad group and campaign beside it (facts.json of the fixture).
  expect(first).toBe(
    'electric kettle glass · Broad · Kettles - Broad Research · SP - Kettles - Broad Research',
  );
  await expect(items.nth(0).locator('.who .ids')).toHaveText(
    'Broad · Kettles - Broad Research · SP - Kettles - Broad Research',
  );

  // The three negatives of the fixture (search-terms-en.html: 0 orders after 20+ clicks), one a line.
  await panel.getByRole('button', { name: 'Copy all 3 negatives' }).click();
  const copied = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
  expect(copied).toHaveLength(3);
  expect(copied).toContain('electric kettle glass');

  await items.nth(0).getByRole('button', { name: 'Dismiss' }).click();
  await expect(panel.locator('.summary')).toHaveText('8 suggestions');
  await expect(panel.locator('.undo')).toContainText('Dismissed: electric kettle glass.');
  await panel.getByRole('button', { name: 'Undo' }).click();
  await expect(panel.locator('.summary')).toHaveText(TERMS_ADVICE);
  await expect(panel.locator('.undo')).toHaveCount(0);
  await expect(items.nth(0).locator('.who')).toHaveAttribute('title', first);
  // Undo reached the background: the advice is back after a reload too.
  await page.reload();
  await expect(page.locator('opslens-panel .summary')).toHaveText(TERMS_ADVICE);
});

test('advice resting on the default margin says so and opens the settings on its product', async ({
  ext,
}) => {
  const { context, id } = ext;
  const { panel } = await openTerms(context);
  // A harvest is judged against target ACoS (break-even 30% by default - 5 points); a negative is not.
  const harvest = panel.locator('.item', { hasText: 'gooseneck kettle for pour over' });
  await expect(harvest.locator('.assumed')).toContainText('Rests on the default break-even ACoS 30%.');
  await expect(panel.locator('.item', { hasText: 'electric kettle glass' }).locator('.assumed')).toHaveCount(
    0,
  );
  const opened = context.waitForEvent('page');
  await harvest.getByRole('button', { name: 'Set your margin' }).click();
  const settings = await opened;
  expect(decodeURIComponent(settings.url())).toMatch(
    new RegExp(
      `^chrome-extension://${id}/options\\.html#scope=amazon\\.com\\|gooseneck kettle for pour over`,
    ),
  ); // The settings open on that product's own layer, created for it.
  await expect(settings.locator('select').first()).toHaveValue(
    /^amazon\.com\|gooseneck kettle for pour over @\d+$/,
  );
  await expect(
    settings.getByLabel('Unit cost (purchase, freight, duty; product currency; per product)'),
  ).toBeVisible();
});
