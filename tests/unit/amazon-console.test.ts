import { describe, expect, it } from 'vitest';
import { SnapshotRecord as RecordSchema } from '../../lib/model';
import { adapterFor } from '../../lib/sites';
import { CAPTURED_AT, extractFixture, type Fixture, pageFixtures } from '../helpers/fixtures';

interface Facts {
  url: string;
  status: string;
  marketplace?: string;
  currency?: string;
  period?: { from: string; to: string } | null;
  rows?: Record<string, string>[];
  items?: { sku: string; asin: string; title: string; status: string; fulfilledBy: string }[];
  campaign?: { name: string; id: string };
  adGroup?: { name: string; id: string };
  campaigns?: { name: string; id: string }[];
}
// The oracle: what a careful human read off each page, written with the fixtures (tests/fixtures/amazon/README.md),
// one facts file per page folder; the folder names the adapter and so the records' source.
const KIND_OF = {
  'amazon.business-report': 'listing',
  'amazon.inventory': 'listing',
  'amazon.ads-campaigns': 'campaign',
  'amazon.ads-keywords': 'keyword',
  'amazon.ads-search-terms': 'searchTerm',
} as const;
const FIXTURES = Object.keys(KIND_OF).flatMap((page) => pageFixtures<Facts>(page));

// Which displayed header is which dictionary metric, by a human reading the pages (not the adapter's tables).
const METRIC_OF: Record<string, [string, 'count' | 'money' | 'rate' | 'ratio']> = {};
const add = (unit: 'count' | 'money' | 'rate' | 'ratio', metric: string, ...headers: string[]) => {
  for (const h of headers) METRIC_OF[h] = [metric, unit];
};
add(
  'count',
  'sessions',
  'Sessions - Total',
  'Sessions – Total',
  'Sessions',
  'Sitzungen – Summe',
  'セッション数 - 合計',
  '会话数 - 总计',
);
add(
  'count',
  'pageViews',
  'Page Views - Total',
  'Page Views',
  'Seitenaufrufe – Summe',
  'ページビュー - 合計',
  '页面浏览量 - 总计',
);
add(
  'rate',
  'buyBoxPct',
  'Featured Offer (Buy Box) Percentage',
  'Buy Box Percentage',
  'Prozentsatz für Einkaufswagenfeld',
  'おすすめ出品（おすすめ商品）の獲得率',
  '推荐报价（推荐报价展示位）百分比',
);
add('count', 'unitsOrdered', 'Units Ordered', 'Bestellte Einheiten', '注文された商品点数', '已订购商品数量');
add(
  'rate',
  'conversionRate',
  'Unit Session Percentage',
  'Prozentsatz an Einheiten pro Sitzung',
  'ユニットセッション率',
  '商品会话百分比',
);
add(
  'money',
  'sales',
  'Ordered Product Sales',
  'Durch bestellte Produkte erzielter Umsatz',
  '注文商品の売上額',
  '已订购商品销售额',
  'Sales',
  'Umsatz',
);
add(
  'count',
  'orders',
  'Total Order Items',
  'Zahl der Bestellposten',
  '注文品目総数',
  '订单商品总数',
  'Orders',
  'Bestellungen',
);
add('count', 'available', 'Available', 'Verfügbar');
add('count', 'inbound', 'Inbound', 'Eingehend');
add('money', 'price', 'Price', 'Price + shipping', 'Preis + Versand');
add('count', 'impressions', 'Impressions', 'Impressionen');
add('count', 'clicks', 'Clicks', 'Klicks');
add('rate', 'ctr', 'CTR', 'Klickrate (CTR)');
add('money', 'spend', 'Spend', 'Ausgaben');
add('money', 'cpc', 'CPC', 'Kosten pro Klick (CPC)');
add('rate', 'acos', 'ACOS');
add('ratio', 'roas', 'ROAS');
add('money', 'bid', 'Bid');

/** A deliberately naive reading of a displayed number, independent of lib/parse. */
function naive(text: string, unit: string, decimalComma: boolean): number | undefined {
  let t = text.split(' + ')[0]!.replace(/[$€￥¥£\s\u00a0%]|US\$/g, '');
  if (t === '' || t === '--' || t === '—' || t === '-') return undefined;
  t = decimalComma ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, '');
  const n = Number(t);
  if (!Number.isFinite(n)) throw new Error(`oracle cannot read ${text}`);
  return unit === 'rate' ? Math.round((n / 100) * 1e10) / 1e10 : n;
}

const MATCH: Record<string, string> = {
  Exact: 'EXACT',
  Phrase: 'PHRASE',
  Broad: 'BROAD',
  Weitgehend: 'BROAD',
  Wortgruppe: 'PHRASE',
  Genau: 'EXACT',
};

function expectedRecords({ page, facts: f }: Fixture<Facts>) {
  const comma = f.marketplace === 'amazon.de';
  const kind = KIND_OF[page as keyof typeof KIND_OF];
  const source = page;
  return (f.rows ?? []).map((row, i) => {
    const metrics: Record<string, number> = {};
    for (const [h, text] of Object.entries(row)) {
      const m = METRIC_OF[h];
      if (!m) continue;
      const v = naive(text, m[1], comma);
      if (v !== undefined) metrics[m[0]] = v;
    }
    const hasMoney = ['price', 'sales', 'spend', 'cpc', 'bid'].some((k) => k in metrics);
    const scope = {
      ...(f.campaign ? { campaign: f.campaign.name, campaignId: f.campaign.id } : {}),
      ...(f.adGroup ? { adGroup: f.adGroup.name, adGroupId: f.adGroup.id } : {}),
    };
    let key: string;
    let label: string;
    let attrs: Record<string, string>;
    if (kind === 'listing' && f.items) {
      const it = f.items[i]!;
      key = it.asin;
      label = it.title;
      attrs = { asin: it.asin, sku: it.sku, status: row.Status!, fulfilledBy: it.fulfilledBy };
    } else if (kind === 'listing') {
      const asin = row['(Child) ASIN'] ?? row['(Untergeordnete) ASIN'] ?? row['（子）ASIN']!;
      const parent =
        row['(Parent) ASIN'] ?? row['(Übergeordnete) ASIN'] ?? row['（親）ASIN'] ?? row['（父）ASIN'];
      key = asin;
      label = row.Title ?? row.Titel ?? row.タイトル ?? row.标题 ?? '';
      attrs = { asin, ...(parent ? { parentAsin: parent } : {}), ...(row.SKU ? { sku: row.SKU } : {}) };
    } else if (kind === 'campaign') {
      const c = f.campaigns![i]!;
      key = c.id;
      label = c.name;
      attrs = {
        campaign: c.name,
        campaignId: c.id,
        status: row.Status!,
        type: row.Type!,
        targetingType: row.Targeting!,
      };
    } else if (kind === 'keyword') {
      const match = MATCH[row['Match type']!]!;
      key = `${row.Keyword} [${match}] @${f.adGroup!.id}`;
      label = row.Keyword!;
      attrs = { ...scope, matchType: match, status: row.Status! };
    } else {
      const term = row['Customer search term'] ?? row['Suchbegriff des Kunden']!;
      const added = row['Added as'] ?? row['Hinzugefügt als'];
      key = `${term} @${f.adGroup!.id}`;
      label = term;
      attrs = {
        ...scope,
        targeting: row.Targeting ?? row.Ausrichtung!,
        matchType: MATCH[row['Match type'] ?? row.Übereinstimmungstyp!]!,
        ...(added && added !== '—' ? { addedAs: /negativ/i.test(added) ? 'negative' : 'keyword' } : {}),
      };
    }
    return {
      kind,
      source,
      platform: 'amazon',
      marketplace: f.marketplace,
      key,
      label,
      ...(hasMoney ? { currency: f.currency } : {}),
      ...(f.period ? { period: f.period } : {}),
      capturedAt: CAPTURED_AT,
      url: f.url,
      metrics,
      attrs,
    };
  });
}

// Columns a fixture does not show, read off the fixture: en-reordered-hidden's column picker left Page Views out.
const NOT_SHOWN: Record<string, string[]> = {
  'amazon/business-report/en-reordered-hidden.html': ['pageViews'],
};

describe('Seller Central and ads console adapters: whole extraction against the oracle', () => {
  for (const fx of FIXTURES) {
    const facts = fx.facts;
    it(fx.rel, () => {
      if (facts.adapter === null) {
        // The sign-in page lives at /ap/signin: no adapter claims it, so nothing is read or stored.
        expect(adapterFor(new URL(facts.url))).toBeUndefined();
        expect(facts.status).toBe('not-recognised');
        return;
      }
      const ex = extractFixture(fx.rel, facts.url);
      const { anchors, seen, ...plain } = ex;
      expect(plain.adapter).toBe(fx.page);
      if (facts.status === 'not-recognised') {
        expect(plain).toMatchObject({ status: 'not-recognised', records: [], reason: 'sign-in' });
        return;
      }
      expect(plain.status).toBe(facts.status);
      expect(plain.missing).toStrictEqual(NOT_SHOWN[fx.rel] ?? []);
      const want = expectedRecords(fx);
      expect(plain.records).toStrictEqual(want);
      for (const r of plain.records) expect(RecordSchema.safeParse(r).success).toBe(true);
      if (facts.status === 'ok') expect(anchors?.rows.length).toBe(plain.records.length);
      expect(seen?.length).toBeGreaterThan(3);
    });
  }

  it('routes each console URL to its adapter and ignores other console pages', () => {
    const id = (u: string) => adapterFor(new URL(u))?.id;
    expect(
      id(
        'https://sellercentral.amazon.com/business-reports/ref=xx_sitemetric_dnav_xx#/report?id=102%3ADetailSalesTrafficByChildItem',
      ),
    ).toBe('amazon.business-report');
    expect(
      id(
        'https://sellercentral.amazon.de/gp/site-metrics/report.html#&reportID=102:DetailSalesTrafficByChildItem',
      ),
    ).toBe('amazon.business-report');
    expect(id('https://sellercentral.amazon.com/myinventory/inventory?fulfilledBy=all')).toBe(
      'amazon.inventory',
    );
    expect(id('https://sellercentral-europe.amazon.com/inventory/ref=xx_invmgr_dnav_xx')).toBe(
      'amazon.inventory',
    );
    expect(id('https://advertising.amazon.com/campaign-manager/all-campaigns?entityId=X')).toBe(
      'amazon.ads-campaigns',
    );
    expect(id('https://advertising.amazon.com/cm/campaigns?entityId=X')).toBe('amazon.ads-campaigns');
    expect(id('https://advertising.amazon.co.uk/cm/sp/campaigns/1/ad-groups/2/targeting?entityId=X')).toBe(
      'amazon.ads-keywords',
    );
    expect(id('https://advertising.amazon.com/cm/sp/campaigns/1/ad-groups/2/search-terms')).toBe(
      'amazon.ads-search-terms',
    );
    expect(id('https://sellercentral.amazon.com/home')).toBeUndefined();
    expect(id('https://sellercentral.amazon.com.evil.example/business-reports')).toBeUndefined();
  });
});
