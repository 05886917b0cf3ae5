import { describe, expect, it } from 'vitest';
import { SnapshotRecord as RecordSchema, type SnapshotRecord } from '../../lib/model';
import { adapterFor } from '../../lib/sites';
import { ALIBABA_PRODUCT_MATCHES } from '../../lib/sites/alibaba';
import { taobaoItem } from '../../lib/sites/taobao/item';
import { tmallItem } from '../../lib/sites/tmall/item';
import { parseHtml } from '../../scripts/html';
import { CAPTURED_AT, extractFixture, type Fixture, pageFixtures, readFixture } from '../helpers/fixtures';

interface ItemFacts {
  recognised: boolean;
  reason?: string;
  url: string;
  platform: 'tmall' | 'taobao';
  marketplace: string;
  itemId?: string;
  title?: string;
  price?: number;
  promoPrice?: number | null;
  monthlySales?: number;
  reviewCount?: number;
  shopName?: string;
  shopScores?: Record<string, number>;
  stockState?: string;
}

// The colleague's oracle (tests/fixtures/{tmall,taobao}/item/facts.json), written with the fixtures, not with
// the adapter. The folder names the adapter that reads the page.
const ITEMS = [...pageFixtures<ItemFacts>('tmall.item'), ...pageFixtures<ItemFacts>('taobao.item')];
const ALL = Object.fromEntries(ITEMS.map((f) => [f.rel, f.facts]));

// The oracle has no availability sentence; read off each fixture by hand: the quantity tip, or the banner
// of a delisted item.
const AVAILABILITY: Record<string, string> = {
  'tmall/item/tmall-item.html': '有货',
  'taobao/item/taobao-item.html': '有货',
  'tmall/item/tmall-soldout.html': '此商品已下架',
  'tmall/item/xss.html': '有货',
};

/** The whole extraction for an item page with these facts: price is the 券后 price when one is shown. */
function expected({ rel: path, page: adapter, facts: f }: Fixture<ItemFacts>) {
  const url = new URL(f.url);
  const metrics: SnapshotRecord['metrics'] = {};
  metrics.price = f.promoPrice ?? f.price!;
  if (f.promoPrice != null) metrics.listPrice = f.price!;
  metrics.monthlySales = f.monthlySales!;
  metrics.reviewCount = f.reviewCount!;
  metrics.rating = f.shopScores!.宝贝描述!;
  metrics.serviceScore = f.shopScores!.卖家服务!;
  metrics.shippingScore = f.shopScores!.物流服务!;
  const record: SnapshotRecord = {
    kind: 'competitor',
    source: adapter,
    platform: f.platform,
    marketplace: f.marketplace,
    key: f.itemId!,
    label: f.title!,
    currency: 'CNY',
    capturedAt: CAPTURED_AT,
    url: `${url.origin}/item.htm?id=${f.itemId}`,
    metrics,
    attrs: {
      itemId: f.itemId!,
      seller: f.shopName!,
      availability: AVAILABILITY[path]!,
      stockState: f.stockState!,
    },
  };
  return { adapter, status: 'ok', records: [record], missing: [] };
}

const run = (html: string, href: string) => {
  const url = new URL(href);
  return adapterFor(url)!.extract(parseHtml(html, href), { url, capturedAt: CAPTURED_AT });
};

describe('Tmall/Taobao item pages: whole extraction of every fixture', () => {
  for (const fx of ITEMS) {
    const { rel: path, facts } = fx;
    it(path, () => {
      const ex = extractFixture(path, facts.url);
      if (!facts.recognised) {
        expect(ex).toStrictEqual({
          adapter: fx.page,
          status: 'not-recognised',
          records: [],
          missing: [],
          reason: facts.reason,
        });
        return;
      }
      expect(ex).toStrictEqual(expected(fx));
      for (const r of ex.records) expect(RecordSchema.safeParse(r).success).toBe(true);
    });
  }

  // Without __ICE_APP_CONTEXT__ (an older bundle, or the script blocked) the hashed-class DOM gives the same record.
  for (const fx of ITEMS.filter((f) => f.facts.recognised)) {
    it(`${fx.rel} from the DOM alone`, () => {
      const html = readFixture(fx.rel).replace(/<script>window\.__ICE_APP_CONTEXT__[\s\S]*?<\/script>/, '');
      expect(html).not.toContain('__ICE_APP_CONTEXT__');
      expect(run(html, fx.facts.url)).toStrictEqual(expected(fx));
    });
  }
});

describe('Tmall/Taobao item pages: edges', () => {
  const tmall = ALL['tmall/item/tmall-item.html']!;

  it('matches item pages on both hosts and nothing else', () => {
    expect(tmallItem.match(new URL('https://detail.tmall.com/item.htm?id=738402516937'))).toBe(true);
    expect(taobaoItem.match(new URL('https://item.taobao.com/item.htm?id=823456789012&ns=1'))).toBe(true);
    expect(tmallItem.match(new URL('https://detail.tmall.com/list.htm?id=1'))).toBe(false);
    expect(tmallItem.match(new URL('http://detail.tmall.com/item.htm?id=738402516937'))).toBe(false);
    expect(taobaoItem.match(new URL('https://item.taobao.com.evil.example/item.htm?id=1'))).toBe(false);
    expect(adapterFor(new URL('https://detail.tmall.com/item.htm?id=1'))?.id).toBe('tmall.item');
    expect(ALIBABA_PRODUCT_MATCHES).toStrictEqual([
      'https://detail.tmall.com/item.htm*',
      'https://item.taobao.com/item.htm*',
    ]);
  });

  it('refuses an address without a numeric item id', () => {
    const ex = run(readFixture('tmall/item/tmall-item.html'), 'https://detail.tmall.com/item.htm?id=abc');
    expect(ex).toMatchObject({ status: 'not-recognised', reason: 'unsupported-url', records: [] });
  });

  it('ignores embedded data about another item and reads the DOM', () => {
    const html = readFixture('tmall/item/tmall-item.html')
      .replace('"itemId":"738402516937","title"', '"itemId":"111111111111","title"')
      .replace('"salesDesc":"已售 1万+"', '"salesDesc":"已售 9999万+"');
    const rec = run(html, tmall.url).records[0]!;
    expect(rec.metrics.monthlySales).toBe(10000);
    expect(rec.key).toBe('738402516937');
  });

  it('drops embedded values of the wrong shape instead of trusting them', () => {
    const html = readFixture('tmall/item/tmall-item.html').replace(
      '"rateVO":{"rateCount":"2万+"',
      '"rateVO":{"rateCount":{"toString":"9"}',
    );
    // The DOM still prints 累计评价 2万+.
    expect(run(html, tmall.url).records[0]?.metrics.reviewCount).toBe(20000);
  });

  it('a hidden, solved captcha dialog is not a captcha; a shown one is', () => {
    const html = readFixture('tmall/item/tmall-item.html');
    expect(html).toContain('class="baxia-dialog auto" style="display: none;"');
    expect(run(html, tmall.url).status).toBe('ok');
    const shown = html.replace(
      'class="baxia-dialog auto" style="display: none;"',
      'class="baxia-dialog auto"',
    );
    expect(run(shown, tmall.url)).toMatchObject({ status: 'not-recognised', reason: 'captcha' });
  });

  it('a skeleton with no data yet is loading', () => {
    const html = readFixture('tmall/item/captcha.html').replace(/<div class="baxia-dialog auto"[\s\S]*$/, '');
    expect(run(html, ALL['tmall/item/captcha.html']!.url)).toStrictEqual({
      adapter: 'tmall.item',
      status: 'loading',
      records: [],
      missing: [],
    });
  });

  it('keeps hostile text as text', () => {
    const f = ALL['tmall/item/xss.html']!;
    const rec = extractFixture('tmall/item/xss.html', f.url).records[0]!;
    expect(rec.label).toBe(f.title);
    expect(rec.attrs.seller).toBe(f.shopName);
    expect(rec.label).toMatch(/<img|<script/);
  });

  it('reports fields it could not read as missing, never as a number', () => {
    const html = readFixture('taobao/item/taobao-item.html')
      .replace('"salesDesc":"月销 2000+"', '"salesDesc":"月销 很多"')
      .replace('"vagueSellCount":"2000+"', '"vagueSellCount":"很多"')
      .replace('>月销 2000+<', '>月销 很多<');
    const ex = run(html, ALL['taobao/item/taobao-item.html']!.url);
    expect(ex.missing).toStrictEqual(['monthlySales']);
    expect(ex.records[0]?.metrics.monthlySales).toBeUndefined();
  });

  it('reads a price range as its low end and keeps the range', () => {
    const html = readFixture('taobao/item/taobao-item.html').replace(
      '"priceVO":{"price":{"priceText":"128"',
      '"priceVO":{"price":{"priceText":"128-168"',
    );
    const rec = run(html, ALL['taobao/item/taobao-item.html']!.url).records[0]!;
    expect(rec.metrics.price).toBe(128);
    expect(rec.attrs.priceRange).toBe('128-168');
  });
});

describe('Tmall/Taobao item pages: 评价数 wherever the page shows it', () => {
  const f = ALL['tmall/item/tmall-item.html']!;
  // The fixture without its embedded rate count and comments header: only a tab can tell.
  const withTab = (tab: string) =>
    readFixture('tmall/item/tmall-item.html')
      .replace('"rateVO":{"rateCount":"2万+",', '"rateVO":{')
      .replace(/<span class="Comments--count--[^"]*">[^<]*<\/span>/, '')
      .replace(/<div class="Tabs--title--ugWQL3E Tabs--active--5jmvLCP"><span>用户评价<\/span><\/div>/, tab);

  const cases: [string, number][] = [
    ['<div class="Tabs--title--ugWQL3E"><span>宝贝评价(1.2万)</span></div>', 12000],
    ['<div class="Tabs--title--ugWQL3E"><span>累计评价 3000+</span></div>', 3000],
    ['<li class="tm-tab"><a href="#J_Reviews">评价 (999+)</a></li>', 999],
    ['<div class="Tabs--title--ugWQL3E"><span>宝贝评价（86）</span></div>', 86],
  ];
  for (const [tab, count] of cases) {
    it(`reads ${tab.replace(/<[^>]+>/g, '')} as ${count}`, () => {
      const html = withTab(tab);
      expect(html).not.toContain('"rateCount"');
      expect(run(html, f.url).records[0]?.metrics.reviewCount).toBe(count);
    });
  }

  it('a tab that names no number gives no review count', () => {
    const ex = run(withTab('<div class="Tabs--title--ugWQL3E"><span>用户评价</span></div>'), f.url);
    expect(ex.records[0]?.metrics.reviewCount).toBeUndefined();
    expect(ex.missing).toContain('reviewCount');
  });
});
