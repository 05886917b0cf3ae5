import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterFor, consoleAdapterFor, productAdapterFor } from '../../lib/sites';
import { fixturePages, htmlFiles, pageFixtures } from '../helpers/fixtures';

// The registry against oracles it does not define: the fixture folders (tests/fixtures/<platform>/<page>/ is
// the page `<platform>.<page>`, and each facts entry names the address the file was saved from), and addresses
// of real console and product pages written by hand below, with near misses that no adapter may take.

const SITES = join(import.meta.dirname, '..', '..', 'lib', 'sites');
/** Public product pages (the product content script); every other page is a seller console's. */
const PRODUCT_PAGES = new Set(['amazon.product', 'tmall.item', 'taobao.item']);

/** Every adapter that matches, and the one each content script's own registry picks. */
function routes(href: string) {
  const url = new URL(href);
  return {
    all: ADAPTERS.filter((a) => a.match(url)).map((a) => a.id),
    product: productAdapterFor(url)?.id,
    console: consoleAdapterFor(url)?.id,
  };
}
const expected = (id: string | null) => ({
  all: id ? [id] : [],
  product: id && PRODUCT_PAGES.has(id) ? id : undefined,
  console: id && !PRODUCT_PAGES.has(id) ? id : undefined,
});

describe('fixture pages reach the adapter their folder names', () => {
  for (const page of fixturePages()) {
    describe(page, () => {
      it('has a facts entry for every HTML file, and a file for every entry', () => {
        expect(
          pageFixtures(page)
            .map((f) => f.file)
            .sort(),
        ).toStrictEqual(htmlFiles(page));
      });
      for (const f of pageFixtures(page)) {
        const want = f.facts.adapter === null ? null : page;
        it(`${f.file} (${new URL(f.facts.url).host}) is read by ${want ?? 'no adapter'} alone`, () => {
          expect(routes(f.facts.url)).toStrictEqual(expected(want));
        });
      }
    });
  }

  it('every adapter has its fixture folder, and its file lib/sites/<platform>/<page>.ts declares its id', () => {
    const read = fixturePages().filter((p) => pageFixtures(p).some((f) => f.facts.adapter !== null));
    expect(ADAPTERS.map((a) => a.id).sort()).toStrictEqual(read.sort());
    for (const { id } of ADAPTERS) {
      const file = join(SITES, `${id.replace('.', '/')}.ts`);
      expect(existsSync(file), file).toBe(true);
      expect(readFileSync(file, 'utf8'), file).toContain(`'${id}'`);
    }
  });
});

// [address, the adapter that must read it or null]: pages as operators open them, then look-alikes.
const ADDRESSES: [string, string | null][] = [
  ['https://www.amazon.com/dp/B0C1K2Z3X4', 'amazon.product'],
  ['https://www.amazon.de/Brewhaus-Teeautomat/dp/B0DKT7M2Q9/ref=sr_1_3?keywords=tee&qid=1', 'amazon.product'],
  ['https://www.amazon.co.jp/gp/product/B0BJ8N4K2P?th=1', 'amazon.product'],
  ['https://www.amazon.co.uk/Kitchenbrook-Digital/dp/B0CX9L2M7K', 'amazon.product'],
  ['https://www.amazon.com/s?k=electric+kettle', null],
  ['https://www.amazon.com/product-reviews/B0C1K2Z3X4', null],
  ['https://www.amazon.com.evil.example/dp/B0C1K2Z3X4', null],
  ['https://detail.tmall.com/item.htm?id=738402516937&skuId=5168830044512', 'tmall.item'],
  ['https://item.taobao.com/item.htm?id=823456789012&ns=1', 'taobao.item'],
  ['http://detail.tmall.com/item.htm?id=738402516937', null],
  ['https://detail.tmall.hk/item.htm?id=738402516937', null],
  ['https://item.taobao.com/item_list.htm?id=823456789012', null],
  [
    'https://sellercentral.amazon.com/business-reports/ref=xx_sitemetric_dnav_xx#/report?id=102%3ADetailSalesTrafficByChildItem',
    'amazon.business-report',
  ],
  [
    'https://sellercentral-europe.amazon.com/gp/site-metrics/report.html#&reportID=102:DetailSalesTrafficByChildItem',
    'amazon.business-report',
  ],
  ['https://sellercentral.amazon.co.jp/business-reports', 'amazon.business-report'],
  ['https://sellercentral.amazon.com/myinventory/inventory?fulfilledBy=all', 'amazon.inventory'],
  ['https://sellercentral.amazon.de/inventory/ref=xx_invmgr_dnav_xx', 'amazon.inventory'],
  ['https://sellercentral.amazon.com/home', null],
  ['https://sellercentral.amazon.com/orders-v3/ref=xx_myo_dnav_xx', null],
  [
    'https://sellercentral.amazon.com/ap/signin?openid.return_to=https%3A%2F%2Fsellercentral.amazon.com%2Fbusiness-reports',
    null,
  ],
  ['https://sellercentral.amazon.com.evil.example/business-reports', null],
  [
    'https://advertising.amazon.com/campaign-manager/all-campaigns?entityId=ENTITY3KQ8ZL2M7VX0A',
    'amazon.ads-campaigns',
  ],
  ['https://advertising.amazon.de/cm/campaigns?entityId=ENTITY1W4R8TN2C6HQ9', 'amazon.ads-campaigns'],
  [
    'https://advertising.amazon.co.uk/cm/sp/campaigns/1/ad-groups/2/targeting?entityId=X',
    'amazon.ads-keywords',
  ],
  ['https://advertising.amazon.com/cm/sp/campaigns/1/ad-groups/2/keywords', 'amazon.ads-keywords'],
  ['https://advertising.amazon.co.jp/cm/sp/campaigns/1/ad-groups/2/search-terms', 'amazon.ads-search-terms'],
  ['https://advertising.amazon.com/cm/sp/campaigns/1/ad-groups/2/negative-targeting', null],
  ['https://advertising.amazon.com/cm/sp/campaigns/1/ad-groups', null],
  ['https://advertising.amazon.com.au/cm/sp/campaigns/1/ad-groups/2/search-terms', null],
  [
    'https://sycm.taobao.com/cc/item_rank?dateRange=2026-11-01%7C2026-11-07&dateType=recent7',
    'tmall.sycm-items',
  ],
  [
    'https://sycm.taobao.com/custom/login.htm?_target=http://sycm.taobao.com/cc/item_rank',
    'tmall.sycm-items',
  ],
  [
    'https://sycm.taobao.com/cc/item_archives?activeKey=flow&dateType=recent7&itemId=738402516937',
    'tmall.sycm-keywords',
  ],
  ['https://sycm.taobao.com/portal/home.htm', null],
  ['http://sycm.taobao.com/cc/item_rank', null],
  [
    'https://subway.simba.taobao.com/#!/manage/adgroup/detail?campaignId=1&adGroupId=2',
    'tmall.subway-keywords',
  ],
  ['https://subway.simba.taobao.com/#!/report/bpreport/index?tab=adgroup', 'tmall.subway-report'],
  [
    'https://subway.simba.taobao.com/#!/report/hourreport/index?campaignId=72013846&start=2026-11-01&end=2026-11-07',
    'tmall.subway-hours',
  ],
  ['https://subway.simba.taobao.com/#!/home/index', null],
  [
    'https://one.alimama.com/index.html#!/report/campaign?rptType=campaign&bizCode=universalBP',
    'tmall.wanxiangtai-plans',
  ],
  ['https://one.alimama.com/index.html#!/manage/search-detail?campaignId=1', null],
  ['https://myseller.taobao.com/home.htm/SellManage/on_sale?current=2&pageSize=20', 'taobao.qianniu-items'],
  ['https://myseller.taobao.com/home.htm/SellManage/in_stock', null],
];

describe('hand-written addresses', () => {
  for (const [href, id] of ADDRESSES)
    it(`${href.slice(0, 90)} -> ${id ?? 'none'}`, () => {
      expect(routes(href)).toStrictEqual(expected(id));
      expect(adapterFor(new URL(href))?.id).toBe(id ?? undefined);
    });

  it('name every adapter at least once', () => {
    expect([...new Set(ADDRESSES.map(([, id]) => id).filter(Boolean))].sort()).toStrictEqual(
      ADAPTERS.map((a) => a.id).sort(),
    );
  });
});
