import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { extensionIdOf, launchWithExtension, readStore } from './browser';
import { expect, test } from './fixtures';

/** Thirty weekly business-report readings of one listing, and a competitor whose price moves. */
function seedRecords() {
  const records = [];
  for (let w = 0; w < 30; w++) {
    const from = new Date(Date.UTC(2026, 4, 4 + w * 7));
    const to = new Date(from.getTime() + 6 * 86_400_000);
    const sessions = 900 + ((w * 37) % 200);
    const units = Math.round(sessions * (w < 26 ? 0.1 : 0.06));
    records.push({
      kind: 'listing',
      source: 'amazon.business-report',
      platform: 'amazon',
      marketplace: 'amazon.com',
      key: 'B050ZW10ME',
      label: 'Northwind Conical Burr Coffee Grinder',
      currency: 'USD',
      period: { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) },
      capturedAt: new Date(to.getTime() + 86_400_000).toISOString(),
      url: 'https://sellercentral.amazon.com/business-reports',
      metrics: {
        sessions,
        unitsOrdered: units,
        conversionRate: Math.round((units / sessions) * 1e4) / 1e4,
        sales: units * 39.99,
      },
      attrs: { asin: 'B050ZW10ME' },
    });
    records.push({
      kind: 'competitor',
      source: 'amazon.product',
      platform: 'amazon',
      marketplace: 'amazon.com',
      key: 'B0C1K2Z3X4',
      label: 'COSORI Electric Kettle 1.7L',
      currency: 'USD',
      capturedAt: new Date(to.getTime() + 2 * 86_400_000).toISOString(),
      url: 'https://www.amazon.com/dp/B0C1K2Z3X4',
      metrics: { price: 39.99 - (w % 5), rating: 4.6, reviewCount: 12000 + w * 20, bsr: 14 + (w % 7) },
      attrs: { asin: 'B0C1K2Z3X4', stockState: 'inStock' },
    });
  }
  return records;
}

async function seed(page: Page) {
  const reply = await page.evaluate(
    (records) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({ type: 'snapshots.put', records }),
    seedRecords(),
  );
  expect(reply).toMatchObject({ stored: 60 });
}

test('dashboard: seeded history, chart, advice, CSV and JSON export, and a restore into a fresh profile', async ({
  ext,
}) => {
  const { context, id } = ext;
  const page = await context.newPage();
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(`chrome-extension://${id}/dashboard.html#entities`);
  await seed(page);
  await expect(page.locator('.entity')).toHaveCount(2);
  await page.locator('.entity', { hasText: 'Coffee Grinder' }).click();
  await expect(page.locator('.detail h2')).toHaveText('Northwind Conical Burr Coffee Grinder');
  await expect(page.locator('.chart canvas')).toBeVisible();
  // The drop in the last four weeks is significant against the history before it.
  await expect(page.locator('.advice-list')).toContainText('Conversion fell from');
  await expect(page.locator('table.readings').last().locator('tbody tr')).toHaveCount(30);
  await page.screenshot({ path: 'test-results/dashboard-en.png' });

  await page.getByRole('button', { name: 'Export & import' }).click();
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'CSV (Excel)' }).click();
  const csv = readFileSync((await (await csvDownload).path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).trim().split('\r\n');
  expect(lines[0]).toMatch(/^kind,source,platform,marketplace,key,label,currency/);
  expect(lines).toHaveLength(61);

  const jsonDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'JSON backup (everything)' }).click();
  const backupPath = (await (await jsonDownload).path())!;
  const before = await readStore<{ capturedAt: string; key: string }>(context, id, 'snapshots');

  // A colleague's fresh browser profile restores the backup.
  const other = await launchWithExtension('en-US');
  try {
    const { id: id2 } = await extensionIdOf(other.context);
    const p2 = await other.context.newPage();
    await p2.goto(`chrome-extension://${id2}/dashboard.html#export`);
    await p2.locator('input[type=file]').setInputFiles(backupPath);
    await expect(p2.locator('.preview')).toContainText('60 records to import');
    await p2.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(p2.locator('.export-import')).toContainText('Imported 60 new readings (0 already there).');
    const after = await readStore<{ capturedAt: string; key: string }>(other.context, id2, 'snapshots');
    const sig = (rows: { capturedAt: string; key: string }[]) =>
      rows.map((r) => `${r.key}@${r.capturedAt}`).sort();
    expect(sig(after)).toStrictEqual(sig(before));
  } finally {
    await other.cleanup();
  }
});

test('dashboard refuses a hostile backup whole and writes nothing', async ({ ext }) => {
  const { context, id } = ext;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/dashboard.html#export`);
  const hostile = JSON.stringify({
    format: 'opslens-backup',
    version: 1,
    exportedAt: '2026-11-21T00:00:00Z',
    schemaVersion: 1,
    settings: { version: 1, marketplaces: {}, products: {}, dismissed: [] },
    watchlist: [],
    snapshots: [{ __proto__: { polluted: 1 }, kind: 'listing' }],
  }).replace('"snapshots":[{', '"snapshots":[{"__proto__":{"polluted":1},');
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(hostile) });
  await expect(page.locator('.export-import')).toContainText('Refused:');
  await expect(page.locator('.export-import')).toContainText('Nothing was written.');
  expect(await readStore(context, id, 'snapshots')).toStrictEqual([]);
});
