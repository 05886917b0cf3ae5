import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
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
  // The same keyword in two match types: the list must tell them apart.
  for (const matchType of ['exact', 'phrase'])
    records.push({
      kind: 'keyword',
      source: 'amazon.ads-keywords',
      platform: 'amazon',
      marketplace: 'amazon.com',
      key: `electric kettle [${matchType}] @412096385710462`,
      label: 'electric kettle',
      currency: 'USD',
      capturedAt: '2026-11-20T10:00:00.000Z',
      url: 'https://advertising.amazon.com/cm/keywords',
      metrics: { clicks: 42, spend: 38.4, acos: 0.3017 },
      attrs: { matchType, adGroup: 'Kettles', campaign: 'Kettles - manual' },
    });
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
  expect(reply).toMatchObject({ stored: 62 });
}

test('dashboard: seeded history, chart, advice, CSV and JSON export, and a restore into a fresh profile', async ({
  ext,
}) => {
  const { context, id } = ext;
  const page = await context.newPage();
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(`chrome-extension://${id}/dashboard.html#entities`);
  await seed(page);
  await expect(page.locator('.entity')).toHaveCount(4);
  // Rows of the same name told apart by their secondary line; the raw key (with the ad group id) is no name.
  const kettles = page.locator('.entity').filter({ has: page.locator('.kind-keyword') });
  await expect(kettles.locator('.ids')).toHaveText([
    /^(exact|phrase) · Ad group Kettles · Campaign Kettles - manual$/,
    /^(exact|phrase) · Ad group Kettles/,
  ]);
  expect(new Set(await kettles.locator('.ids').allTextContents()).size).toBe(2);
  await expect(kettles.locator('.name')).toHaveText(['electric kettle', 'electric kettle']);
  await expect(page.locator('.entity', { hasText: 'Coffee Grinder' }).locator('.ids')).toHaveText(
    'ASIN B050ZW10ME',
  );
  await expect(page.locator('.entity', { hasText: 'Coffee Grinder' })).toContainText('30 readings');
  for (const name of await page.locator('.entity .name').all())
    expect((await name.boundingBox())!.height).toBeGreaterThan(10);
  await page.locator('.entity', { hasText: 'Coffee Grinder' }).click();
  await expect(page.locator('.detail h2')).toHaveText('Northwind Conical Burr Coffee Grinder');
  await expect(page.locator('.chart canvas')).toBeVisible();
  // The drop in the last four weeks is significant against the history before it.
  await expect(page.locator('.advice-list')).toContainText('Conversion fell from');
  await expect(page.locator('table.readings').last().locator('tbody tr')).toHaveCount(30);
  // Compare: the two latest weeks by default, with a change column; the same week twice is refused.
  const compare = page.locator('.compare');
  await expect(compare.locator('thead th')).toHaveText(['Metric', /Nov/, /Nov/, 'Change', 'Change %']);
  await expect(compare).toContainText('two-proportion z-test');
  await page.screenshot({ path: 'docs/screenshots/dashboard-en.png' });
  const [earlier, later] = [compare.locator('select').first(), compare.locator('select').last()];
  await later.selectOption(await earlier.inputValue());
  await expect(compare.getByRole('alert')).toHaveText(
    'These are the same period: pick two different periods to compare.',
  );
  await expect(compare.locator('table')).toHaveCount(0);

  await page.getByRole('button', { name: 'Export & import' }).click();
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'CSV: Listing (30 readings)' }).click();
  const csv = readFileSync((await (await csvDownload).path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).trim().split('\r\n');
  expect(lines[0]).toBe(
    'Marketplace,ASIN / SKU / item id,Name,ASIN,Period from,Period to,Read at (local time),Currency,Sales,Sessions,Units ordered,Conversion,Page,Address',
  );
  expect(lines).toHaveLength(31);
  expect(lines[1]).toMatch(
    /,\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,USD,[\d.]+,\d+,\d+,[\d.]+%,Amazon Business Report,/,
  );
  const xlsxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'XLSX' }).click();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await (await xlsxDownload).path())!);
  expect(wb.worksheets.map((w) => w.name)).toStrictEqual(['Listing', 'Keyword', 'Competitor']);
  expect(wb.getWorksheet('Keyword')!.getRow(2).getCell('M').numFmt).toBe('0.00%');
  await page.screenshot({ path: 'test-results/export-en.png', fullPage: true });

  const jsonDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'JSON backup (everything)' }).click();
  const backupPath = (await (await jsonDownload).path())!;
  const before = await readStore<{ capturedAt: string; key: string }>(context, id, 'history');

  // A colleague's fresh browser profile restores the backup.
  const other = await launchWithExtension('en-US');
  try {
    const { id: id2 } = await extensionIdOf(other.context);
    const p2 = await other.context.newPage();
    await p2.goto(`chrome-extension://${id2}/dashboard.html#export`);
    await p2.locator('input[type=file]').setInputFiles(backupPath);
    await expect(p2.locator('.preview')).toContainText('JSON backup, 62 records to import');
    await p2.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(p2.locator('.export-import')).toContainText('Imported 62 new readings (0 already there).');
    const after = await readStore<{ capturedAt: string; key: string }>(other.context, id2, 'history');
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
  const alert = page.locator('.export-import').getByRole('alert');
  await expect(alert).toContainText('Refused: This backup cannot be restored');
  await expect(alert).toContainText('Nothing was written.');
  await expect(alert).toHaveCSS('color', 'rgb(180, 35, 24)');
  expect(await readStore(context, id, 'history')).toStrictEqual([]);
  // An empty store: nothing to export, and the buttons say why instead of downloading empty files.
  const xlsx = page.getByRole('button', { name: 'XLSX' });
  await expect(xlsx).toBeDisabled();
  await expect(xlsx).toHaveAccessibleDescription('Nothing to export: no readings are stored yet.');
  await expect(page.getByRole('button', { name: 'JSON backup (everything)' })).toBeDisabled();
  // A Business Report without its dates: the date fields say what is wrong, in place.
  await page.getByLabel('From', { exact: true }).fill('2026-11-20');
  await page.getByLabel('To', { exact: true }).fill('2026-11-14');
  await page.locator('input[type=file]').setInputFiles({
    name: 'BusinessReport.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      '(Parent) ASIN,(Child) ASIN,Title,Sessions - Total\r\nB0PARENT01,B0C1K2Z3X4,Kettle,12\r\n',
    ),
  });
  await expect(page.locator('.period').getByRole('alert')).toHaveText(
    'The end date is before the start date.',
  );
  await expect(page.getByLabel('From', { exact: true })).toBeFocused();
  await page.screenshot({ path: 'test-results/export-empty-en.png', fullPage: true });
});

/** The options page: an invalid threshold is refused beside its box, which keeps the focus. */
async function invalidSetting(page: Page, id: string, error: string, shot: string) {
  await page.goto(`chrome-extension://${id}/options.html`);
  const box = page.locator('.settings .grid .field input').first();
  await box.fill('abc');
  await box.press('Enter');
  const field = page.locator('.settings .grid .field').first();
  await expect(field.locator('.field-error')).toHaveText(error);
  await expect(box).toBeFocused();
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(box).toHaveAccessibleDescription(new RegExp(`^${error.replace(/[.()]/g, '\\$&')}`));
  await page.screenshot({ path: shot });
}

test('options page: an invalid value is said beside its field', async ({ ext }) => {
  const page = await ext.context.newPage();
  await invalidSetting(
    page,
    ext.id,
    'Not a valid value: the previous one is kept.',
    'docs/screenshots/options-en.png',
  );
});

test.describe('in Chinese', () => {
  test.use({ lang: 'zh-CN' });
  test('dashboard and options in Chinese: ids, compare with its change column, sources translated', async ({
    ext,
  }) => {
    const { context, id } = ext;
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/dashboard.html#entities`);
    await seed(page);
    await expect(page.locator('.entity', { hasText: 'Coffee Grinder' })).toContainText('30 条读数');
    await page.locator('.entity', { hasText: 'Coffee Grinder' }).click();
    await expect(page.locator('.compare thead th')).toHaveText(['指标', /2026/, /2026/, '变化', '变化 %']);
    await expect(page.locator('.compare')).toContainText('双比例 z 检验');
    await page.screenshot({ path: 'docs/screenshots/dashboard-zh.png' });
    await invalidSetting(page, id, '数值无效：保留原值。', 'docs/screenshots/options-zh.png');
    await expect(page.locator('.settings')).toContainText('来源：Sellics（1X 规则）');
  });
});
