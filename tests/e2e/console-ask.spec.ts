import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { fixtureHtml, readStore, servePages } from './browser';
import { expect, test } from './fixtures';

// Issue 11, ask and remember, teach, page shape: the panel asks what a page does not say and stores with the
// answer; an unknown table is taught by clicks; the page-shape report leaks no row text and `extract` reads it.

// Two documents of the same account: the second is reached from another link (another `ref=` tag), so that
// it is a page load of its own and not a hash change of the first (the fixtures are served by address).
const REPORT = (ref: string, from: string, to: string) =>
  `https://sellercentral.amazon.com/business-reports/ref=${ref}#/report?id=102%3ADetailSalesTrafficByChildItem&fromDate=${from}&toDate=${to}`;
const REPORT_URL = REPORT('xx_sitemetric_dnav_xx', '2026-11-01', '2026-11-07');
const REPORT_URL_2 = REPORT('xx_sitemetric_favb_xx', '2026-11-08', '2026-11-14');
const URL_NO_DATES =
  'https://sellercentral.amazon.com/business-reports/ref=xx_sitemetric_dnav_xx#/report?id=102%3ADetailSalesTrafficByChildItem';
const SOURCE = 'amazon.business-report';

const base = fixtureHtml('amazon/business-report/en-child.html');
// Every marketplace statement of the fixture hidden (as tests/unit/context-ask.test.ts does).
const noMarketplace = base
  .replace(/data-marketplace-domain="[^"]*"/g, '')
  .replace(/"marketplaceId":"[A-Z0-9]+"/g, '"marketplaceId":"UNKNOWN"')
  .replace(/ue_mid\s*=\s*'[A-Z0-9]+'/g, "ue_mid = ''")
  .replace(/United States/g, 'Somewhere');
// The same report a week later: its date button says so too.
const noMarketplaceNextWeek = noMarketplace
  .replace(
    /start-value="11\/01\/2026" end-value="11\/07\/2026"/,
    'start-value="11/08/2026" end-value="11/14/2026"',
  )
  .replace('11/01/2026 - 11/07/2026', '11/08/2026 - 11/14/2026');
// The period printed day-ambiguously, with no locale to tell the order.
const ambiguous = base
  .replace(/locale="en-US"/g, '')
  .replace(/"locale":"en_US"/g, '"locale":""')
  .replace(/<html lang="[^"]*"/, '<html')
  .replace(
    /start-value="11\/01\/2026" end-value="11\/07\/2026"/,
    'start-value="01/10/2026" end-value="07/10/2026"',
  )
  .replace('11/01/2026 - 11/07/2026', '01/10/2026 - 07/10/2026');
// No dates anywhere: not in the address, not on the date button.
const undated = base
  .replace(/ start-value="11\/01\/2026" end-value="11\/07\/2026"/, '')
  .replace('11/01/2026 - 11/07/2026', 'Custom range');
// Headers no adapter label names: the table is not recognised until it is taught.
const RENAMED: Record<string, string> = {
  '(Child) ASIN': 'Artikel-Kennung',
  'Sessions - Total': 'Besuche gesamt',
  'Units Ordered': 'Stück',
  'Ordered Product Sales': 'Umsatz bestellt',
  Title: 'Name',
};
const unknownTable = Object.entries(RENAMED).reduce((html, [a, b]) => html.replace(`>${a}<`, `>${b}<`), base);

interface Row {
  key: string;
  source: string;
  marketplace: string;
  capturedAt: string;
  period?: { from: string; to: string };
  metrics: Record<string, number>;
}
const facts = JSON.parse(fixtureHtml('amazon/business-report/facts.json'))['en-child.html'] as {
  rows: Record<string, string>[];
};
const shown = (column: string) =>
  new Map(facts.rows.map((r) => [r['(Child) ASIN']!, Number(r[column]!.replace(/[$,]/g, ''))]));

const snapshots = async (context: BrowserContext, id: string) =>
  (await readStore<Row>(context, id, 'history')).filter((r) => r.source === SOURCE);
const panelOf = (page: Page) => page.locator('opslens-panel .panel');

test.describe('in English', () => {
  test('a report that names no marketplace asks once; the answer is kept for the account', async ({
    ext,
  }) => {
    const { context, id } = ext;
    await servePages(context, {
      [REPORT_URL]: () => noMarketplace,
      [REPORT_URL_2]: () => noMarketplaceNextWeek,
    });
    const page = await context.newPage();
    await page.goto(REPORT_URL);
    const panel = panelOf(page);
    const ask = panel.locator('.ask-marketplace');
    await expect(ask.locator('.question')).toHaveText(
      'This page does not say which marketplace it is for. Which one is it?',
    );
    // The account switcher's other marketplaces come first; the one shown is named nowhere the page says.
    await expect(ask.locator('.choice.suggested')).toHaveText([
      'Amazon.ca (Canada)',
      'Amazon.com.mx (Mexico)',
      'Amazon.com.br (Brazil)',
    ]);
    await expect(ask.locator('.choice').first()).toBeFocused();
    const us = ask.getByRole('button', { name: 'Amazon.com (United States)' });
    await expect(ask.getByRole('button', { name: 'Amazon.de (Germany)' })).toBeVisible();
    expect(await snapshots(context, id)).toHaveLength(0);
    await page.locator('opslens-panel').screenshot({ path: 'docs/screenshots/panel-ask-en.png' });

    await us.click();
    await expect(panel.locator('.meta')).toContainText('Saved 25 rows');
    await expect(panel.locator('.ask')).toHaveCount(0);
    let rows = await snapshots(context, id);
    expect(rows).toHaveLength(25);
    expect(new Set(rows.map((r) => r.marketplace))).toStrictEqual(new Set(['amazon.com']));

    // Another report of the same account: stored at once, nothing asked.
    const next = await context.newPage();
    await next.goto(REPORT_URL_2);
    await expect(panelOf(next).locator('.meta')).toContainText('Saved 25 rows');
    await expect(panelOf(next).locator('.meta')).toContainText('2026-11-08 – 2026-11-14');
    await expect(panelOf(next).locator('.ask')).toHaveCount(0);
    rows = await snapshots(context, id);
    expect(rows.filter((r) => r.period?.from === '2026-11-08')).toHaveLength(25);

    // Settings list the answer; removing it makes the page ask again.
    const settings = await context.newPage();
    await settings.goto(`chrome-extension://${id}/options.html`);
    const answers = settings.locator('.answers');
    await expect(answers).toContainText('account on sellercentral.amazon.com');
    await expect(answers).toContainText('Marketplace: amazon.com');
    await answers.getByRole('button', { name: 'Remove' }).click();
    await expect(answers).toContainText('None.');
    await next.bringToFront();
    await expect(panelOf(next).locator('.ask-marketplace')).toBeVisible();
  });

  test('a day-ambiguous period asks with both readings; the day-first one is stored', async ({ ext }) => {
    const { context, id } = ext;
    await servePages(context, { [URL_NO_DATES]: () => ambiguous });
    const page = await context.newPage();
    await page.goto(URL_NO_DATES);
    const ask = panelOf(page).locator('.ask-period');
    await expect(ask.locator('.question')).toHaveText('The report dates can be read two ways. Which is it?');
    await expect(ask.locator('.choice')).toHaveText([
      'Jan 10, 2026 – Jul 10, 2026',
      'Oct 1, 2026 – Oct 7, 2026',
    ]);
    await expect(ask.locator('.choice').first()).toBeFocused();
    expect(await snapshots(context, id)).toHaveLength(0);
    await ask.getByRole('button', { name: 'Oct 1, 2026 – Oct 7, 2026' }).click();
    await expect(panelOf(page).locator('.meta')).toContainText('Saved 25 rows');
    const rows = await snapshots(context, id);
    expect(rows).toHaveLength(25);
    for (const r of rows) expect(r.period).toStrictEqual({ from: '2026-10-01', to: '2026-10-07' });
  });

  test('a report that shows no dates asks for them; they are kept for that address only', async ({ ext }) => {
    const { context, id } = ext;
    await servePages(context, { [URL_NO_DATES]: () => undated });
    const page = await context.newPage();
    await page.goto(URL_NO_DATES);
    const ask = panelOf(page).locator('.ask-period');
    await expect(ask.locator('.question')).toHaveText(
      'This page does not say which dates the report covers. Which dates?',
    );
    const from = ask.getByLabel('From');
    await expect(from).toBeFocused();
    // A period that ends before it starts is refused, and says why.
    await from.fill('2026-11-07');
    await ask.getByLabel('To').fill('2026-11-01');
    await ask.getByRole('button', { name: 'Save dates' }).click();
    await expect(ask.getByRole('alert')).toHaveText('Choose both dates, the first not after the last.');
    await from.fill('2026-11-01');
    await ask.getByLabel('To').fill('2026-11-07');
    await ask.getByRole('button', { name: 'Save dates' }).click();
    await expect(panelOf(page).locator('.meta')).toContainText('Saved 25 rows');
    const rows = await snapshots(context, id);
    expect(rows).toHaveLength(25);
    for (const r of rows) expect(r.period).toStrictEqual({ from: '2026-11-01', to: '2026-11-07' });
  });

  test('an unknown table is taught by pointing at its columns, then stored', async ({ ext }) => {
    const { context, id } = ext;
    await servePages(context, { [REPORT_URL]: () => unknownTable });
    const page = await context.newPage();
    await page.goto(REPORT_URL);
    const panel = panelOf(page);
    await expect(panel.locator('.summary')).toHaveText(
      'OpsLens does not know this table. Nothing was saved.',
    );
    await expect(panel.locator('.teach .point')).toHaveText([
      'Point at ASIN column',
      'Point at Sessions',
      'Point at Units ordered',
      'Point at Sales',
      'Point at title column',
    ]);
    await page.locator('opslens-panel').screenshot({ path: 'docs/screenshots/panel-teach-en.png' });
    const header = (label: string) => page.locator('kat-table-head').getByText(label, { exact: true });
    const point = async (field: string, label: string) => {
      await panel.locator(`.point[data-field="${field}"]`).click();
      await expect(panel.locator('.banner')).toContainText('Click the column header');
      await header(label).click();
      await expect(panel.locator('.banner')).toHaveCount(0);
    };
    await point('childAsin', 'Artikel-Kennung');
    await expect(panel.locator('.teach .taught')).toHaveText(['✓ “Artikel-Kennung”']);
    expect(await snapshots(context, id)).toHaveLength(0);
    await point('sessions', 'Besuche gesamt');
    await expect(panel.locator('.meta')).toContainText('Saved 25 rows');
    // The stored reading still lacks units ordered: the panel offers it, like any column it could not read.
    await point('unitsOrdered', 'Stück');
    await expect(panel.locator('.repoint [data-field="unitsOrdered"]')).toHaveCount(0);
    await expect(panel.locator('.meta')).toContainText('Saved 25 rows');

    const rows = await snapshots(context, id);
    const latest = new Map<string, Row>();
    for (const r of rows) if ((latest.get(r.key)?.capturedAt ?? '') <= r.capturedAt) latest.set(r.key, r);
    expect(latest.size).toBe(25);
    const sessions = shown('Sessions - Total');
    const units = shown('Units Ordered');
    for (const r of rows) expect(r.metrics.sessions).toBe(sessions.get(r.key));
    for (const r of latest.values()) expect(r.metrics.unitsOrdered).toBe(units.get(r.key));
  });

  test('the page-shape report holds no row text and extract reads it', async ({ ext }) => {
    const { context } = ext;
    await servePages(context, { [REPORT_URL]: () => base });
    const page = await context.newPage();
    await page.goto(REPORT_URL);
    const panel = panelOf(page);
    await expect(panel.locator('.meta')).toContainText('Saved 25 rows');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Save page shape' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^opslens-page-shape-amazon\.business-report-\d{4}-\d{2}-\d{2}\.html$/,
    );
    const dir = mkdtempSync(join(tmpdir(), 'opslens-shape-'));
    try {
      const file = join(dir, download.suggestedFilename());
      await download.saveAs(file);
      const html = readFileSync(file, 'utf8');
      // Every row text with a digit is gone. Long ones (ASINs, titles, money) appear nowhere in the file; short
      // ones (a count, a rate) may equal another cell's mask by chance, so each cell is compared with its own.
      const withDigits = [...new Set(facts.rows.flatMap((r) => Object.values(r)))].filter((v) =>
        /\d/.test(v),
      );
      expect(withDigits.length).toBeGreaterThan(100);
      expect(withDigits.filter((v) => v.length >= 7 && html.includes(v))).toStrictEqual([]);
      const kept = await page.evaluate(
        ({ source, values }) => {
          const cells = (d: Document) =>
            Array.from(
              d.querySelectorAll('kat-table-body kat-table-cell'),
              (c) => c.textContent?.trim() ?? '',
            );
          const report = cells(new DOMParser().parseFromString(source, 'text/html'));
          const shown = cells(document);
          const wanted = new Set(values);
          return {
            cells: report.length === shown.length ? report.length : -1,
            kept: shown.filter((v, i) => wanted.has(v) && report[i] === v),
          };
        },
        { source: html, values: withDigits },
      );
      expect(kept).toStrictEqual({ cells: 25 * 37, kept: [] });
      const out = execFileSync('npx', ['tsx', 'scripts/extract.ts', file], { encoding: 'utf8' });
      const read = JSON.parse(out) as { status: string; records: unknown[] };
      expect(read.status).toBe('ok');
      expect(read.records).toHaveLength(25);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

test.describe('in Chinese', () => {
  test.use({ lang: 'zh-CN' });

  test('the questions and the teaching panel speak Chinese', async ({ ext }) => {
    const { context } = ext;
    await servePages(context, { [REPORT_URL]: () => noMarketplace, [REPORT_URL_2]: () => unknownTable });
    const page = await context.newPage();
    await page.goto(REPORT_URL);
    const ask = panelOf(page).locator('.ask-marketplace');
    await expect(ask.locator('.question')).toHaveText('此页面没有说明属于哪个站点。是哪个站点？');
    await expect(ask.getByRole('button', { name: '德国' })).toBeVisible();
    await expect(ask.getByRole('button', { name: '美国' })).toBeVisible();
    await expect(ask.locator('.choice').first()).toBeFocused();
    await page.locator('opslens-panel').screenshot({ path: 'docs/screenshots/panel-ask-zh.png' });
    await page.goto(REPORT_URL_2);
    await expect(panelOf(page).locator('.summary')).toHaveText('OpsLens 不认识这个表格。未保存任何数据。');
    await expect(panelOf(page).locator('.teach .point').first()).toHaveText('指定ASIN 列');
    await page.locator('opslens-panel').screenshot({ path: 'docs/screenshots/panel-teach-zh.png' });
  });
});
