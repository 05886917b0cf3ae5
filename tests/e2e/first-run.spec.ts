import { expect, test } from './fixtures';
import { keywordPage, sendFrom } from './today-seed';

// Issue 13, point 6: a new operator's first run explains itself. The checklist ticks its steps from the data
// (a console read, a margin set, a report imported, a competitor watched) and goes when hidden.

test('the first-run checklist names the consoles, ticks steps from the data, and can be hidden', async ({
  ext,
}) => {
  const { context, id } = ext;
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${id}/dashboard.html`);
  const list = page.locator('.first-run');
  await expect(list.locator('h2')).toHaveText('Getting started');
  const steps = list.locator('> ol > li');
  await expect(steps).toHaveCount(4);
  await expect(list.locator('> ol > li.done')).toHaveCount(0);
  // The seven consoles, each a link to a page the manifest matches.
  const links = list.locator('.console-links a');
  await expect(links).toHaveCount(7);
  expect(await links.nth(0).getAttribute('href')).toBe('https://sellercentral.amazon.com/business-reports');
  await expect(list.locator('[data-step="setMargin"]')).toContainText('ACoS 30% on Amazon, ROI 2.5');
  await page.screenshot({ path: 'docs/screenshots/first-run-en.png' });

  // A console page read: the first step is ticked, its links go.
  expect(await sendFrom(page, { type: 'page.capture', records: keywordPage() })).toMatchObject({ stored: 2 });
  await expect(list.locator('[data-step="readConsole"]')).toHaveClass('done');
  await expect(links).toHaveCount(0);
  // A margin set for one marketplace: break-even is the operator's own.
  await sendFrom(page, {
    type: 'settings.patch',
    patch: { marketplaces: { 'amazon.com': { breakEvenAcos: 0.25 } } },
  });
  await expect(list.locator('[data-step="setMargin"]')).toHaveClass('done');
  await expect(list.locator('[data-step="watchCompetitor"]')).not.toHaveClass('done');

  await list.getByRole('button', { name: 'Hide this checklist' }).click();
  await expect(list).toHaveCount(0);
  await page.reload();
  await expect(page.locator('.today h2').first()).toBeVisible();
  await expect(page.locator('.first-run')).toHaveCount(0);
});

test.describe('中文', () => {
  test.use({ lang: 'zh-CN' });
  test('首次使用清单：仪表板与弹出窗口', async ({ ext }) => {
    const { context, id } = ext;
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`chrome-extension://${id}/dashboard.html`);
    await expect(page.locator('.first-run h2')).toHaveText('开始使用');
    await expect(page.locator('.first-run [data-step="setMargin"]')).toContainText('亚马逊 ACoS 30%');
    await page.screenshot({ path: 'docs/screenshots/first-run-zh.png' });
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await expect(popup.locator('.first-run.compact li[data-step]')).toHaveCount(4);
    await popup.screenshot({ path: 'docs/screenshots/popup-first-run-zh.png' });
  });
});
