import type { BrowserContext } from 'playwright-core';
import { fixture } from '../helpers/fixture-pages';
import { card, fixtureHtml, readStore, servePages } from './browser';
import { expect, test } from './fixtures';

test.use({ lang: 'zh-CN' });

const url = (rel: string) => fixture(rel).facts.url;
/** The rows a person counts on the page (its facts' `rows`): every one is stored, once. */
const rowsOf = (rel: string) => fixture<{ rows: unknown[] }>(rel).facts.rows.length;

async function stored(context: BrowserContext, id: string, source: string) {
  return (await readStore<{ source: string }>(context, id, 'history')).filter((r) => r.source === source)
    .length;
}

test('天猫 and 淘宝 item pages: Chinese card, Watch, and a popup that mixes both platforms', async ({
  ext,
}) => {
  const { context, id } = ext;
  await servePages(context, {
    [url('tmall/item/tmall-item.html')]: 'tmall/item/tmall-item.html',
    [url('taobao/item/taobao-item.html')]: 'taobao/item/taobao-item.html',
  });
  const page = await context.newPage();
  await page.goto(url('tmall/item/tmall-item.html'));
  const c = card(page);
  await expect(c.locator('.title')).toHaveText(/^九阳破壁机家用1.75L大容量/);
  const text = await c.innerText();
  expect(text).toContain('¥389.00');
  expect(text).toContain('原 ¥459.00');
  expect(text).toContain('已售');
  expect(text).toContain('10,000+');
  expect(text).toContain('描述 4.8 · 服务 4.8 · 物流 4.7');
  expect(text).toContain('九阳官方旗舰店');
  await c.locator('button.watch').click();
  await expect(c.locator('button.watch')).toHaveAttribute('aria-pressed', 'true');

  await page.goto(url('taobao/item/taobao-item.html'));
  await card(page).locator('button.watch').click();
  await expect(card(page).locator('button.watch')).toHaveAttribute('aria-pressed', 'true');

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${id}/popup.html`);
  await expect(popup.locator('h1')).toHaveText('关注的商品');
  await expect(popup.locator('.item .market')).toHaveText(['taobao.com', 'tmall.com']);
});

test('生意参谋 商品排行 is stored once with its 统计日期, and the panel speaks Chinese', async ({ ext }) => {
  const { context, id } = ext;
  await servePages(context, { [url('tmall/sycm-items/item-rank.html')]: 'tmall/sycm-items/item-rank.html' });
  const page = await context.newPage();
  await page.goto(url('tmall/sycm-items/item-rank.html'));
  const panel = page.locator('opslens-panel .panel');
  const rows = rowsOf('tmall/sycm-items/item-rank.html');
  await expect(panel.locator('.meta')).toContainText(`已保存 ${rows} 行`);
  await expect(panel.locator('.meta')).toContainText('2026-11-01 至 2026-11-07');
  expect(await stored(context, id, 'tmall.sycm-items')).toBe(rows);
});

test('直通车 is hash-routed: moving from the report to a keyword page reads the new page without a reload', async ({
  ext,
}) => {
  const { context, id } = ext;
  await servePages(context, { [url('tmall/subway-report/report.html')]: 'tmall/subway-report/report.html' });
  const page = await context.newPage();
  await page.goto(url('tmall/subway-report/report.html'));
  const reportRows = rowsOf('tmall/subway-report/report.html');
  await expect(page.locator('opslens-panel .meta')).toContainText(`已保存 ${reportRows} 行`);
  expect(await stored(context, id, 'tmall.subway-report')).toBe(reportRows);

  // The SPA swaps its view and the hash, as Magix does.
  const keywordsUrl = new URL(url('tmall/subway-keywords/keywords.html'));
  await page.evaluate(
    ({ html, hash }) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const app = document.body;
      app.replaceChildren(...Array.from(doc.body.childNodes).map((n) => document.importNode(n, true)));
      history.pushState(null, '', hash);
    },
    { html: fixtureHtml('tmall/subway-keywords/keywords.html'), hash: keywordsUrl.hash },
  );
  const panel = page.locator('opslens-panel .panel');
  const keywords = rowsOf('tmall/subway-keywords/keywords.html');
  await expect(panel.locator('.meta')).toContainText(`已保存 ${keywords} 行`);
  await expect(panel.locator('.chip').first()).toBeVisible();
  await expect(panel).toContainText('质量分');
  expect(await stored(context, id, 'tmall.subway-keywords')).toBe(keywords);
  await page.screenshot({ path: 'test-results/subway-keywords-zh.png' });
});
