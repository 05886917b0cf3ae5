import { describe, expect, it } from 'vitest';
import { adapterFor } from '../../lib/sites';
import { ALIBABA_CONSOLE_MATCHES } from '../../lib/sites/alibaba';
import { readTable } from '../../lib/sites/reader';
import { chinaDate, hashRoute, shown, storeOf } from '../../lib/sites/tmall/page-state';
import { parseHtml } from '../../scripts/html';
import { CAPTURED_AT, fixture, readFixture } from '../helpers/fixtures';

const urlOf = (path: string) => fixture(path).facts.url;
const run = (html: string, href: string) => {
  const url = new URL(href);
  return adapterFor(url)!.extract(parseHtml(html, href), { url, capturedAt: CAPTURED_AT });
};
const idFor = (href: string) => adapterFor(new URL(href))?.id;

describe('matching back-office addresses', () => {
  // Each fixture's address reaching its folder's adapter: registry.test.ts.
  it('reads the hash route of 直通车 and 万相台, not the path', () => {
    expect(idFor('https://subway.simba.taobao.com/#!/manage/adgroup/detail?adGroupId=1')).toBe(
      'tmall.subway-keywords',
    );
    expect(idFor('https://subway.simba.taobao.com/#!/report/bpreport/index')).toBe('tmall.subway-report');
    expect(idFor('https://subway.simba.taobao.com/#!/home/index')).toBeUndefined();
    expect(idFor('https://subway.simba.taobao.com/manage/adgroup/detail')).toBeUndefined();
    expect(idFor('https://one.alimama.com/index.html#!/report/campaign?bizCode=universalBP')).toBe(
      'tmall.wanxiangtai-plans',
    );
    expect(idFor('https://one.alimama.com/index.html#!/manage/search-detail?campaignId=1')).toBeUndefined();
  });

  it('takes a login page only when it returns to a page we read, and nothing over http or other hosts', () => {
    expect(idFor('https://sycm.taobao.com/custom/login.htm?_target=http://sycm.taobao.com/portal/home')).toBe(
      undefined,
    );
    expect(idFor('https://sycm.taobao.com/custom/login.htm?_target=not a url')).toBeUndefined();
    expect(idFor('http://sycm.taobao.com/cc/item_rank')).toBeUndefined();
    expect(idFor('https://sycm.taobao.com.evil.example/cc/item_rank')).toBeUndefined();
    expect(idFor('https://myseller.taobao.com/home.htm/SellManage/in_stock')).toBeUndefined();
  });

  it('declares narrow https match patterns', () => {
    for (const p of ALIBABA_CONSOLE_MATCHES)
      expect(p).toMatch(/^https:\/\/[a-z.]+\.(taobao|alimama)\.com\/\S*$/);
  });
});

describe('split header/body tables', () => {
  const html = (bodyRow: string) => `<div class="t">
    <div><table><thead><tr><th><input type="checkbox"></th><th>计划名称</th><th>花费<span>点击降序</span></th></tr></thead></table></div>
    <div><table><tbody><tr><td></td><td>A</td><td>1.00</td></tr>${bodyRow}</tbody></table></div></div>`;

  const dict = { campaign: ['计划名称'], spend: ['花费'] };
  it('joins a header table and a body table; sort hints are not part of a label', () => {
    const { found } = readTable(
      parseHtml(html('<tr><td></td><td>B</td><td>2.00</td></tr>'), 'https://x.test/'),
      dict,
      ['campaign', 'spend'],
    );
    expect(found?.grid.headers).toStrictEqual(['', '计划名称', '花费']);
    expect(found?.grid.rows.map((r) => r.map((c) => c?.textContent))).toStrictEqual([
      ['', 'A', '1.00'],
      ['', 'B', '2.00'],
    ]);
  });

  it('never reads a row of another width into the columns: the row is left out', () => {
    const doc = parseHtml(html('<tr><td>B</td><td>2.00</td></tr>'), 'https://x.test/');
    const { found } = readTable(doc, dict, ['campaign', 'spend']);
    expect(found?.grid.rows.map((r) => r.map((c) => c?.textContent))).toStrictEqual([['', 'A', '1.00']]);
  });

  it('a frozen/scrolling pair with a malformed row: that row is left out and counted, the others read right', () => {
    const url = urlOf('tmall/subway-keywords/keywords.html');
    const whole = run(readFixture('tmall/subway-keywords/keywords.html'), url);
    const src = readFixture('tmall/subway-keywords/keywords.html').replace(
      /<td><span>48,210<\/span><\/td>/,
      '',
    );
    const ex = run(src, url);
    expect(ex.status).toBe('ok');
    expect(ex.skippedRows).toBe(1);
    expect(ex.records).toHaveLength(whole.records.length - 1);
    const byKey = new Map(whole.records.map((r) => [r.key, r]));
    for (const r of ex.records) expect(r).toStrictEqual(byKey.get(r.key));
    expect(whole.records.some((r) => r.metrics.impressions === 48210)).toBe(true);
    expect(ex.records.some((r) => r.metrics.impressions === 48210)).toBe(false);
  });
});

describe('never a wrong number', () => {
  it('an unreadable cell drops that metric and names the field', () => {
    const src = readFixture('tmall/subway-keywords/keywords.html').replace(
      '<span>￥3,663.20</span>',
      '<span>约 3663 元起</span>',
    );
    const ex = run(src, urlOf('tmall/subway-keywords/keywords.html'));
    expect(ex.status).toBe('ok');
    // (addToCart and favorites: columns this page never shows.)
    expect(ex.missing).toStrictEqual(['addToCart', 'favorites', 'spend']);
    expect(ex.records[0]!.metrics.spend).toBeUndefined();
    expect(ex.records[1]!.metrics.spend).toBe(2432.08);
  });

  it('money in another currency is not taken for yuan', () => {
    const src = readFixture('tmall/subway-report/report.html').replace(
      '<span>￥12,509.38</span>',
      '<span>US$12,509.38</span>',
    );
    const ex = run(src, urlOf('tmall/subway-report/report.html'));
    expect(ex.missing).toStrictEqual(['addToCart', 'favorites', 'spend']);
    expect(ex.records[0]!.metrics.spend).toBeUndefined();
  });

  it('a column that disappeared is reported missing, and no other column stands in for it', () => {
    const src = readFixture('tmall/wanxiangtai-plans/plans.html').replace(
      /<span class="asiYysqLF5">实际投产比<\/span>/,
      '<span>投产</span>',
    );
    const ex = run(src, urlOf('tmall/wanxiangtai-plans/plans.html'));
    expect(ex.missing).toStrictEqual(['roas']);
    expect(ex.records.some((r) => r.metrics.roas !== undefined)).toBe(false);
  });

  it('a column the user pointed at is read again (issue 6: re-point a field)', () => {
    const src = readFixture('tmall/wanxiangtai-plans/plans.html').replace(
      /<span class="asiYysqLF5">实际投产比<\/span>/,
      '<span>投产</span>',
    );
    const href = urlOf('tmall/wanxiangtai-plans/plans.html');
    const url = new URL(href);
    const plain = run(readFixture('tmall/wanxiangtai-plans/plans.html'), href);
    const ex = adapterFor(url)!.extract(parseHtml(src, href), {
      url,
      capturedAt: CAPTURED_AT,
      remaps: { roas: ['投产'] },
    });
    expect(ex.missing).toStrictEqual([]);
    expect(ex.records.map((r) => r.metrics.roas)).toStrictEqual(plain.records.map((r) => r.metrics.roas));
  });

  it('without a date on the page or in the address, nothing is stored', () => {
    const src = readFixture('tmall/subway-report/report.html').replace(/2026-11-01 至 2026-11-07/, '');
    const ex = run(src, 'https://subway.simba.taobao.com/#!/report/bpreport/index?tab=adgroup');
    expect(ex).toMatchObject({
      status: 'partial',
      records: [],
      missing: ['period', 'addToCart', 'favorites'],
    });
  });

  it('the address dates stand in when the page prints none', () => {
    const src = readFixture('tmall/subway-report/report.html').replace(/2026-11-01 至 2026-11-07/, '');
    const ex = run(src, urlOf('tmall/subway-report/report.html'));
    expect(ex.records[0]?.period).toStrictEqual({ from: '2026-11-01', to: '2026-11-07' });
  });
});

describe('page states', () => {
  it('judges visibility from markup: inline styles, hidden attributes and UI-kit hidden states', () => {
    const doc = parseHtml(
      `<div class="overflow-hidden"><p id="a">x</p></div><div style="color:red; display: none"><p id="b">x</p></div>
       <div class="ant-popover ant-popover-hidden"><p id="c">x</p></div><div hidden><p id="d">x</p></div>`,
      'https://x.test/',
    );
    expect(['a', 'b', 'c', 'd'].map((id) => shown(doc.getElementById(id)))).toStrictEqual([
      true,
      false,
      false,
      false,
    ]);
    expect(shown(null)).toBe(false);
  });

  it('千牛 with no rows is empty', () => {
    const src = readFixture('taobao/qianniu-items/on-sale.html').replace(
      /<tbody>[\s\S]*<\/tbody>/,
      '<tbody></tbody>',
    );
    expect(run(src, urlOf('taobao/qianniu-items/on-sale.html'))).toMatchObject({
      status: 'empty',
      records: [],
    });
  });

  it('直通车 still loading is loading, even over its empty placeholder', () => {
    const src = readFixture('tmall/subway-report/report.html')
      .replace(/<tbody>[\s\S]*<\/tbody>/, '<tbody><tr><td colspan="14">暂无数据</td></tr></tbody>')
      .replace('<body>', '<body><div class="mx-loading">加载中</div>');
    expect(run(src, urlOf('tmall/subway-report/report.html'))).toMatchObject({
      status: 'loading',
      records: [],
    });
  });

  it('a captcha over a console page is a captcha', () => {
    const src = readFixture('tmall/wanxiangtai-plans/plans.html').replace(
      '<body>',
      '<body><div class="baxia-dialog auto" style="display: block;"><iframe src="https://one.alimama.com/_____tmd_____/punish?x=1"></iframe></div>',
    );
    expect(run(src, urlOf('tmall/wanxiangtai-plans/plans.html'))).toMatchObject({
      status: 'not-recognised',
      reason: 'captcha',
    });
  });

  it('the store type comes from the page: Taobao when it says so, Tmall when it says nothing', () => {
    const page = readFixture('tmall/sycm-items/item-rank.html');
    const taobao = page.replace('isTmall: true,', 'isTmall: false,');
    expect(storeOf(parseHtml(taobao, urlOf('tmall/sycm-items/item-rank.html')))).toBe('taobao');
    expect(run(taobao, urlOf('tmall/sycm-items/item-rank.html')).records[0]).toMatchObject({
      platform: 'taobao',
      marketplace: 'taobao.com',
    });
    const silent = page
      .replace('isTmall: true,', '')
      .replace(/<span class="sycm-shop-type-tag[\s\S]*?<\/span>/, '');
    expect(storeOf(parseHtml(silent, urlOf('tmall/sycm-items/item-rank.html')))).toBeUndefined();
    const rec = run(silent, urlOf('tmall/sycm-items/item-rank.html')).records[0]!;
    expect([rec.platform, rec.marketplace]).toStrictEqual(['tmall', 'tmall.com']);
  });

  it('reads the route of a hash-routed console, and the date in China for relative periods', () => {
    const { path, params } = hashRoute(new URL(urlOf('tmall/subway-keywords/keywords.html')));
    expect([path, params.get('adGroupId'), params.get('start')]).toStrictEqual([
      '/manage/adgroup/detail',
      '3891027745',
      '2026-11-01',
    ]);
    // 2026-11-21T16:30Z is 00:30 on the 22nd in China.
    expect(chinaDate('2026-11-21T16:30:00.000Z')).toBe('2026-11-22');
    expect(chinaDate('2026-11-21T15:59:00.000Z')).toBe('2026-11-21');
  });
});
