import { describe, expect, it } from 'vitest';
import type { SnapshotRecord } from '../../lib/model';
import { SnapshotRecord as RecordSchema } from '../../lib/model';
import { amazonProduct } from '../../lib/sites/amazon/product';
import { parseHtml } from '../../scripts/html';
import { CAPTURED_AT, extractFixture, pageFixtures, readFixture } from '../helpers/fixtures';

interface Facts {
  recognised: boolean;
  reason?: string;
  asin?: string;
  title?: string;
  price?: number | null;
  currency?: string;
  listPrice?: number | null;
  rating?: number | null;
  reviewCount?: number | null;
  bsr?: number | null;
  bsrCategory?: string | null;
  subRanks?: { rank: number; category: string }[];
  availability?: string | null;
  stockState?: string;
  seller?: string | null;
  brand?: string | null;
  monthlySales?: number | null;
  imageCount?: number | null;
}

// What a careful human read off each fixture (written with the fixtures, independently of the adapter), and the
// address each was saved from (tests/fixtures/amazon/product/facts.json).
const FACTS = Object.fromEntries(pageFixtures<Facts>('amazon.product').map((f) => [f.file, f.facts]));
const urlOf = (file: string) => FACTS[file]!.url;

const METRICS = ['price', 'listPrice', 'rating', 'reviewCount', 'bsr', 'monthlySales', 'imageCount'] as const;
const ATTRS = ['availability', 'seller', 'brand'] as const;

/** The whole extraction the adapter must produce for a page with these facts. */
function expected(file: string, f: Facts) {
  const metrics: SnapshotRecord['metrics'] = {};
  for (const m of METRICS) if (f[m] != null) metrics[m] = f[m] as number;
  const attrs: SnapshotRecord['attrs'] = { asin: f.asin! };
  if (f.availability) attrs.availability = f.availability;
  attrs.stockState = f.stockState ?? 'unknown';
  if (f.seller) attrs.seller = f.seller;
  if (f.brand) attrs.brand = f.brand;
  if (f.bsrCategory) attrs.bsrCategory = f.bsrCategory;
  if (f.subRanks?.length) attrs.subRanks = f.subRanks.map((r) => `${r.rank}:${r.category}`).join('|');
  const present = new Set<string>([
    'title',
    ...METRICS.filter((m) => f[m] != null),
    ...ATTRS.filter((a) => f[a]),
  ]);
  const fields = [
    'title',
    'price',
    'listPrice',
    'rating',
    'reviewCount',
    'bsr',
    'availability',
    'seller',
    'brand',
    'monthlySales',
    'imageCount',
  ];
  const host = new URL(urlOf(file)).origin;
  return {
    adapter: 'amazon.product',
    status: 'ok',
    missing: fields.filter((x) => !present.has(x)),
    records: [
      {
        kind: 'competitor',
        source: 'amazon.product',
        platform: 'amazon',
        marketplace: new URL(host).hostname.replace('www.', ''),
        key: f.asin,
        label: f.title,
        ...(f.currency ? { currency: f.currency } : {}),
        capturedAt: CAPTURED_AT,
        url: `${host}/dp/${f.asin}`,
        metrics,
        attrs,
      },
    ],
  };
}

describe('Amazon product adapter: whole extraction of every fixture', () => {
  for (const [file, facts] of Object.entries(FACTS)) {
    it(file, () => {
      const ex = extractFixture(`amazon/product/${file}`, urlOf(file));
      if (!facts.recognised) {
        expect(ex).toStrictEqual({
          adapter: 'amazon.product',
          status: 'not-recognised',
          records: [],
          missing: [],
          reason: facts.reason,
        });
        return;
      }
      expect(ex).toStrictEqual(expected(file, facts));
      for (const r of ex.records) expect(RecordSchema.safeParse(r).success).toBe(true);
    });
  }
});

describe('Amazon product adapter: edges', () => {
  it('matches /dp/ and /gp/product/ on the supported marketplaces only', () => {
    expect(amazonProduct.match(new URL('https://www.amazon.com/dp/B0C1K2Z3X4'))).toBe(true);
    expect(amazonProduct.match(new URL('https://www.amazon.co.jp/gp/product/B0C1K2Z3X4/ref=x'))).toBe(true);
    expect(amazonProduct.match(new URL('https://www.amazon.de/Kettle/dp/B0C1K2Z3X4/'))).toBe(true);
    expect(amazonProduct.match(new URL('https://www.amazon.com/s?k=kettle'))).toBe(false);
    expect(amazonProduct.match(new URL('https://www.amazon.com.br/dp/B0C1K2Z3X4'))).toBe(false);
    expect(amazonProduct.match(new URL('https://evil.example/dp/B0C1K2Z3X4'))).toBe(false);
  });

  it('keeps hostile text as text: the payloads are stored verbatim, never interpreted', () => {
    const facts = FACTS['xss.html']!;
    const ex = extractFixture('amazon/product/xss.html', urlOf('xss.html'));
    expect(ex.records[0]?.label).toBe(facts.title);
    expect(ex.records[0]?.label).toMatch(/<img|<script|onerror|onload/);
  });

  it('reports a page whose title block vanished as partial, with nothing to store', () => {
    const html = readFixture('amazon/product/us-table.html').replace(
      /id="(productTitle|title)"/g,
      'id="$1Gone"',
    );
    const url = new URL(urlOf('us-table.html'));
    const ex = amazonProduct.extract(parseHtml(html, url.href), { url, capturedAt: CAPTURED_AT });
    expect(ex.status).toBe('not-recognised');
    expect(ex.records).toStrictEqual([]);
  });

  it('never mistakes the list price for the price', () => {
    const html = readFixture('amazon/product/us-table.html').replace(
      /class="a-price aok-align-center reinventPricePriceToPayMargin priceToPay"/,
      'class="a-price"',
    );
    const url = new URL(urlOf('us-table.html'));
    const rec = amazonProduct.extract(parseHtml(html, url.href), { url, capturedAt: CAPTURED_AT }).records[0];
    expect(rec?.metrics.price === undefined || rec.metrics.price === 39.99).toBe(true);
  });
});

describe('Amazon product adapter: only the featured offer is the price', () => {
  const read = (file: string, edit: (html: string) => string) => {
    const html = edit(readFixture(`amazon/product/${file}`));
    const url = new URL(urlOf(file));
    return amazonProduct.extract(parseHtml(html, url.href), { url, capturedAt: CAPTURED_AT });
  };

  it('without the price to pay, no unit, used, Subscribe & Save, coupon or delivery price stands in', () => {
    const ex = read('us-unit-used-sns.html', (html) => {
      const out = html.replace(
        /<span class="a-price[^"]*priceToPay[^"]*"[\s\S]*?<\/span><\/span><\/span>/,
        '',
      );
      expect(out).not.toContain('priceToPay');
      return out;
    });
    expect(ex.records[0]?.metrics.price).toBeUndefined();
    expect(ex.records[0]?.currency).toBe('USD');
    expect(ex.missing).toContain('price');
  });

  it('refuses the `26,21 € por 2` unit price when the price to pay cannot be read', () => {
    const ex = read('es-unit-price.html', (html) =>
      html.replace(
        /(priceToPay"[^>]*><span class="a-offscreen"> <\/span>)<span aria-hidden="true">[\s\S]*?<\/span><\/span><\/span>/,
        '$1',
      ),
    );
    expect(ex.records[0]?.metrics.price).toBeUndefined();
    expect(ex.records[0]?.currency).toBe('EUR');
  });

  it('reads a range of variation prices as no price', () => {
    const ex = read('fr.html', (html) =>
      html.replace(
        /<span class="a-price aok-align-center reinventPricePriceToPayMargin priceToPay"[\s\S]*?<\/span><\/span><\/span>/,
        '<span class="a-price-range"><span class="a-price" data-a-size="xl"><span class="a-offscreen">19,90 €</span></span> – <span class="a-price" data-a-size="xl"><span class="a-offscreen">29,90 €</span></span></span>',
      ),
    );
    expect(ex.records[0]?.metrics.price).toBeUndefined();
  });
});
