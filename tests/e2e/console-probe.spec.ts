import { fixtureHtml, servePages } from './browser';
import { expect, test } from './fixtures';

// The console content script's first look (issue 16): the reader, panel and their text (console-main.js) are
// loaded only on a page that shows a table the reader knows, and then from the content script itself, so a
// console's strict Content-Security-Policy does not stop it.

const REPORT_URL =
  'https://sellercentral.amazon.com/business-reports/ref=xx_sitemetric_dnav_xx#/report?id=102%3ADetailSalesTrafficByChildItem&fromDate=2026-11-01&toDate=2026-11-07';
const REPORT = 'amazon/business-report/en-child.html';

test('a report behind a strict Content-Security-Policy is read and saved', async ({ ext }) => {
  const { context } = ext;
  await servePages(context, {});
  await context.route(
    (u) => u.href.startsWith('https://sellercentral.amazon.com/business-reports/'),
    (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: {
          'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'",
        },
        body: fixtureHtml(REPORT),
      }),
  );
  const page = await context.newPage();
  await page.goto(REPORT_URL);
  await expect(page.locator('opslens-panel .meta')).toContainText('Saved 25 rows');
});

test('a sign-in form at a report address loads no reader; the report rendered later is read', async ({
  ext,
}) => {
  const { context } = ext;
  const signedOut = fixtureHtml('amazon/business-report/signed-out.html');
  await servePages(context, { [REPORT_URL]: signedOut });
  const loads: string[] = [];
  context.on('request', (r) => {
    if (r.url().endsWith('/console-main.js')) loads.push(r.url());
  });
  const page = await context.newPage();
  await page.goto(REPORT_URL);
  // The first look ran (it is what would load the reader); the page keeps changing under it meanwhile.
  for (let i = 0; i < 4; i++) {
    await page.evaluate(
      (n) => document.body.append(Object.assign(document.createElement('p'), { textContent: `tick ${n}` })),
      i,
    );
    await page.waitForTimeout(400);
  }
  await expect(page.locator('opslens-panel')).toHaveCount(0);
  expect(loads).toStrictEqual([]);

  // The console app signs in and renders the report without a reload (a single-page app).
  const report = fixtureHtml(REPORT);
  await page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    document.body.replaceChildren(...Array.from(doc.body.childNodes, (n) => document.importNode(n, true)));
  }, report);
  await expect(page.locator('opslens-panel .meta')).toContainText('Saved 25 rows');
  // Chromium reports the session's dynamic address (use_dynamic_url) and the file it stands for.
  expect(loads.length).toBeGreaterThan(0);
});

test('a report an app renders later inside its shadow root is read (no mutation reaches the document)', async ({
  ext,
}) => {
  const { context } = ext;
  const shell = `<!DOCTYPE html><html lang="en"><head><title>Business Reports</title></head>
    <body><app-root><template shadowrootmode="open"><p>Loading…</p></template></app-root></body></html>`;
  await servePages(context, { [REPORT_URL]: shell });
  const page = await context.newPage();
  await page.goto(REPORT_URL);
  await page.waitForTimeout(1500);
  await expect(page.locator('opslens-panel')).toHaveCount(0);
  // The app draws the report inside its own shadow root: the document's MutationObserver hears nothing.
  const report = fixtureHtml(REPORT);
  await page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const root = document.querySelector('app-root')!.shadowRoot!;
    root.replaceChildren(...Array.from(doc.body.childNodes, (n) => document.importNode(n, true)));
  }, report);
  await expect(page.locator('opslens-panel .meta')).toContainText('Saved 25 rows', { timeout: 15_000 });
});

test('the popup can ask a page with no table it knows to be read anyway; the panel then says why nothing was stored', async ({
  ext,
}) => {
  const { context, id } = ext;
  // An unrelated table on a report address: the first look passes over it.
  const orders = `<!DOCTYPE html><html lang="en"><head><title>Business Reports</title></head><body><h1>Detail Page Sales and Traffic</h1>
    <table><thead><tr><th>Besuche</th><th>Stückzahl</th><th>Warenkorb</th></tr></thead>
    <tbody><tr><td>1.204</td><td>87</td><td>91 %</td></tr></tbody></table></body></html>`;
  await servePages(context, { [REPORT_URL]: orders });
  const page = await context.newPage();
  await page.goto(REPORT_URL);
  await page.waitForTimeout(800);
  await expect(page.locator('opslens-panel')).toHaveCount(0);

  // What the popup does (components/ThisPage.tsx), from an extension page: ask each tab what it found.
  const ext_ = await context.newPage();
  await ext_.goto(`chrome-extension://${id}/options.html`);
  const ask = (type: string) =>
    ext_.evaluate(async (type) => {
      const { tabs } = (
        globalThis as unknown as {
          chrome: {
            tabs: {
              query(q: object): Promise<{ id?: number }[]>;
              sendMessage(id: number, m: unknown): Promise<unknown>;
            };
          };
        }
      ).chrome;
      const replies = [];
      for (const tab of await tabs.query({}))
        replies.push(await tabs.sendMessage(tab.id!, { type }).catch(() => undefined));
      return replies.filter(Boolean);
    }, type);
  expect(await ask('page.look')).toStrictEqual([{ state: 'waiting' }]);
  expect(await ask('nonsense')).toStrictEqual([]);
  expect(await ask('page.read')).toStrictEqual([{ state: 'reading' }]);

  await page.bringToFront();
  const panel = page.locator('opslens-panel .panel');
  // The teach flow the first look would have hidden: point at the columns, and the page is read.
  await expect(panel).toContainText('OpsLens does not know this table. Nothing was saved.');
  await expect(panel).toContainText('Point at Sessions');
  expect(await ask('page.look')).toStrictEqual([{ state: 'reading' }]);
});

// The popup's side of "Read this page" (components/ThisPage.tsx). A popup opened as a tab is its own active
// tab, so here the tab API it calls stands in for the console tab; the page's side is the test above.
for (const [lang, text] of [
  ['en-US', { nothing: 'OpsLens found no table it knows on this page.', read: 'Read this page' }],
  ['zh-CN', { nothing: '此页面上没有 OpsLens 认识的表格。', read: '读取此页' }],
] as const) {
  test.describe(lang, () => {
    test.use({ lang });
    test(`the popup offers to read a console page the first look passed over (${lang})`, async ({ ext }) => {
      const popup = await ext.context.newPage();
      // The popup's own width (popup.css).
      await popup.setViewportSize({ width: 400, height: 420 });
      await popup.addInitScript(() => {
        type Api = { tabs?: Record<string, unknown> };
        const sent: unknown[] = [];
        const g = globalThis as unknown as { chrome: Api; browser?: Api; sent: unknown[] };
        g.sent = sent;
        for (const api of [g.chrome, g.browser]) {
          if (!api?.tabs) continue;
          api.tabs.query = async () => [{ id: 7 }];
          api.tabs.sendMessage = async (_id: number, m: { type: string }) => {
            sent.push(m);
            return { state: m.type === 'page.read' ? 'reading' : 'waiting' };
          };
        }
        window.close = () => sent.push('closed');
      });
      await popup.goto(`chrome-extension://${ext.id}/popup.html`);
      const card = popup.locator('.this-page');
      await expect(card).toContainText(text.nothing);
      await popup.screenshot({ path: `docs/screenshots/popup-this-page-${lang.slice(0, 2)}.png` });
      await card.getByRole('button', { name: text.read }).press('Enter');
      await expect
        .poll(() => popup.evaluate(() => (globalThis as unknown as { sent: unknown[] }).sent))
        .toStrictEqual([{ type: 'page.look' }, { type: 'page.read' }, 'closed']);
    });
  });
}
