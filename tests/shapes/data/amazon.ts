import { esc, formatValue, type NumberStyle, STYLES } from '../format';
import { asin, digits, type Rng } from '../rng';
import type { PageData } from '../types';
import {
  ADS_CAMPAIGN_COLS,
  ADS_KEYWORD_COLS,
  ADS_TERM_COLS,
  MATCH_KEYS,
  MATCH_TYPES,
} from './amazon-ads-labels';
import { BUSINESS_REPORT_COLS, INVENTORY_COLS } from './amazon-labels';
import { KEYWORDS, PRODUCTS, t } from './amazon-text';
import { buildPage, maybe, type RawRow } from './build';

// The data of the five Amazon console pages. Each page's rows are drawn from a seed, so the same case always
// holds the same numbers; the oracle (`metrics`) is what these numbers display as.

export interface AmazonScope {
  entityId: string;
  campaignId: string;
  adGroupId: string;
}

export const amazonStyle = (lang: string): NumberStyle => STYLES[lang as 'en' | 'de' | 'ja' | 'zh'];

function businessReport(lang: string, r: Rng): PageData {
  const st = amazonStyle(lang);
  const n = r.int(5, 8);
  const raw: RawRow[] = Array.from({ length: n }, (_, i) => {
    const child = asin(r);
    const mobile = i === n - 1 ? 0 : r.int(40, 1400);
    const browser = i === n - 1 ? 0 : r.int(20, 900);
    const sessions = mobile + browser;
    const units = i === n - 1 ? r.int(1, 3) : r.int(0, Math.max(1, Math.floor(sessions / 6)));
    const price = st.moneyDecimals === 0 ? r.int(1500, 9800) : r.int(1299, 8999);
    const ratio = (a: number, b: number) => (b ? Math.round((a / b) * 10000) : null);
    const title = r.pick(PRODUCTS[lang]!);
    return {
      key: child,
      rowId: String(i),
      html: {
        parent: esc(asin(r)),
        child: `<a href="/dp/${child}" target="_blank">${child}</a>`,
        title: `<span title="${esc(title)}">${esc(title)}</span>`,
      },
      values: {
        sessMobile: mobile,
        sessBrowser: browser,
        sessions: maybe(r, sessions, 0.04),
        sessB2b: maybe(r, Math.floor(sessions / 25), 0.3),
        sessPct: ratio(sessions, 24000),
        pageViews: maybe(r, sessions + r.int(0, sessions)),
        pvPct: ratio(sessions, 31000),
        buyBox: sessions ? maybe(r, r.int(7800, 10000)) : null,
        units: maybe(r, units, 0.04),
        unitsB2b: maybe(r, Math.floor(units / 10), 0.3),
        conv: ratio(units, sessions),
        sales: maybe(r, units * price, 0.04),
        salesB2b: maybe(r, Math.floor(units / 10) * price, 0.3),
        orders: maybe(r, Math.max(0, units - r.int(0, 3)), 0.04),
      },
    };
  });
  return buildPage(
    BUSINESS_REPORT_COLS,
    raw,
    base('amazon.business-report', lang, st, ['sessions', 'units', 'sales']),
    r,
  );
}

function base(page: string, lang: string, style: NumberStyle, kpiIds: string[]) {
  return { page, lang, style, emptyText: t('empty', lang), totalsLabel: t('total', lang), kpiIds };
}

function inventory(lang: string, r: Rng): PageData {
  const st = amazonStyle(lang);
  const n = r.int(5, 8);
  const raw: RawRow[] = Array.from({ length: n }, (_, i) => {
    const a = i === 2 ? undefined : asin(r);
    const sku = `NW-${r.pick(['KTL', 'KNF', 'DRP', 'FRT', 'SCL'])}-${digits(r, 3)}`;
    const title = r.pick(PRODUCTS[lang]!);
    const details = [
      `<div class="product-title"><a href="${a ? `/dp/${a}` : '#'}">${esc(title)}</a></div>`,
      `<div class="product-meta">${a ? `<span>ASIN: ${a}</span> ` : ''}<span>SKU: ${sku}</span> <span>${esc(t('condition', lang))}</span></div>`,
    ].join('');
    const on = i !== n - 1;
    return {
      key: a ?? sku,
      rowId: sku,
      html: {
        select: `<input type="checkbox" aria-label="${esc(sku)}">`,
        status: esc(t(on ? 'active' : 'inactive', lang)),
        image: `<img src="https://m.media-amazon.com/images/I/${digits(r, 6)}.jpg" alt="" width="40" height="40">`,
        details,
        created: `2025-0${r.int(1, 9)}-1${r.int(0, 9)}`,
        fulfilled: esc(r.chance(0.7) ? 'Amazon' : t('merchant', lang)),
        action: `<button type="button" class="edit-button">${esc(t('edit', lang))}</button>`,
      },
      values: {
        available: maybe(r, on ? r.int(0, 900) : 0, 0.05),
        reserved: r.int(0, 30),
        inbound: maybe(r, r.int(0, 240), 0.1),
        price: maybe(r, st.moneyDecimals === 0 ? r.int(1500, 9800) : r.int(999, 8999), 0.05),
        fee: st.moneyDecimals === 0 ? r.int(300, 900) : r.int(299, 1299),
      },
    };
  });
  const o = {
    ...base('amazon.inventory', lang, st, []),
    decorate: (text: string, col: { id: string }, rr: Rng) =>
      col.id === 'price' && rr.chance(0.4)
        ? `${esc(text)} + ${esc(formatValue('money', st.moneyDecimals ? 499 : 350, st))}`
        : esc(text),
  };
  delete (o as { totalsLabel?: string }).totalsLabel;
  return buildPage(INVENTORY_COLS, raw, o, r);
}

/** Impressions … ROAS of one ads row, consistent with each other, dashes where the console prints them. */
function adsValues(r: Rng, st: NumberStyle, idle: boolean): Record<string, number | null> {
  const impressions = idle ? r.int(0, 60) : r.int(800, 180000);
  const clicks = idle ? 0 : Math.max(1, Math.floor((impressions * r.int(15, 300)) / 10000));
  const cpc = st.moneyDecimals === 0 ? r.int(18, 140) : r.int(28, 240);
  const spend = clicks * cpc;
  const orders = idle ? 0 : Math.floor((clicks * r.int(0, 16)) / 100);
  const price = st.moneyDecimals === 0 ? r.int(1800, 7800) : r.int(1499, 5999);
  const sales = orders * price;
  return {
    impressions,
    clicks,
    ctr: impressions ? Math.round((clicks / impressions) * 10000) : null,
    spend,
    cpc: clicks ? Math.round(spend / clicks) : null,
    orders,
    sales,
    acos: sales ? Math.round((spend / sales) * 10000) : null,
    roas: spend && sales ? Math.round((sales / spend) * 100) : null,
  };
}

const toggle = (on: boolean, label: string) =>
  `<label class="switch"><input type="checkbox" role="switch" aria-label="${esc(label)}"${on ? ' checked' : ''}><span class="slider"></span></label>`;

function adsCampaigns(lang: string, r: Rng, scope: AmazonScope): PageData {
  const st = amazonStyle(lang);
  const n = r.int(5, 8);
  const suffixes = MATCH_TYPES[lang]!;
  const raw: RawRow[] = Array.from({ length: n }, (_, i) => {
    const id = digits(r, 15);
    const sb = i === 3;
    const name = `${sb ? 'SB' : 'SP'} - ${r.pick(KEYWORDS[lang]!)} - ${r.pick([...suffixes, t('auto', lang)])} ${i + 1}`;
    const href = `/cm/${sb ? 'sb' : 'sp'}/campaigns/${id}/ad-groups?entityId=${scope.entityId}`;
    const on = i !== n - 1;
    return {
      key: id,
      rowId: id,
      html: {
        select: `<input type="checkbox" aria-label="${esc(name)}">`,
        active: toggle(on, name),
        name: `<a href="${href}" class="campaign-name">${esc(name)}</a>`,
        status: esc(t(on ? 'delivering' : 'paused', lang)),
        type: esc(t(sb ? 'sb' : 'sp', lang)),
        targeting: esc(t(r.chance(0.5) ? 'manual' : 'auto', lang)),
      },
      values: {
        budget: st.moneyDecimals ? r.int(10, 300) * 100 : r.int(10, 300) * 100,
        ...adsValues(r, st, !on),
      },
    };
  });
  return buildPage(
    ADS_CAMPAIGN_COLS,
    raw,
    base('amazon.ads-campaigns', lang, st, ['impressions', 'clicks', 'spend', 'sales']),
    r,
  );
}

function adsKeywords(lang: string, r: Rng, scope: AmazonScope): PageData {
  const st = amazonStyle(lang);
  const words = r.shuffle(KEYWORDS[lang]!).slice(0, 4);
  const pairs = words.flatMap((w, i) =>
    i < 2
      ? [
          [w, 0],
          [w, 1],
        ]
      : [[w, r.int(0, 2)]],
  ) as [string, number][];
  const raw: RawRow[] = pairs.map(([word, m], i) => {
    const bid = st.moneyDecimals === 0 ? r.int(20, 160) : r.int(35, 260);
    const lo = formatValue('money', Math.round(bid * 0.8), st);
    const hi = formatValue('money', Math.round(bid * 1.5), st);
    const sug = formatValue('money', Math.round(bid * 1.1), st);
    return {
      key: `${word} [${MATCH_KEYS[m]}] @${scope.adGroupId}`,
      rowId: digits(r, 15),
      html: {
        select: `<input type="checkbox" aria-label="${esc(word)}">`,
        active: toggle(i !== 2, word),
        keyword: `<span class="keyword-text">${esc(word)}</span>`,
        match: esc(MATCH_TYPES[lang]![m]!),
        status: esc(t(i !== 2 ? 'delivering' : 'paused', lang)),
        suggested: `<div>${esc(sug)}</div><div class="range">${esc(lo)}–${esc(hi)}</div>`,
      },
      values: { bid, ...adsValues(r, st, i === pairs.length - 1) },
    };
  });
  return buildPage(ADS_KEYWORD_COLS, raw, base('amazon.ads-keywords', lang, st, ['impressions', 'spend']), r);
}

function adsSearchTerms(lang: string, r: Rng, scope: AmazonScope): PageData {
  const st = amazonStyle(lang);
  const terms = [...r.shuffle(KEYWORDS[lang]!).slice(0, 5), asin(r).toLowerCase()];
  const raw: RawRow[] = terms.map((term, i) => {
    const m = r.int(0, 2);
    return {
      key: `${term} @${scope.adGroupId}`,
      rowId: String(i),
      html: {
        term: `<span class="search-term">${esc(term)}</span>`,
        targeting: esc(i === terms.length - 1 ? 'close-match' : r.pick(KEYWORDS[lang]!)),
        match: i === terms.length - 1 ? '-' : esc(MATCH_TYPES[lang]![m]!),
        addedAs: esc(i === 0 ? t('keyword', lang) : i === 1 ? t('negative', lang) : '-'),
      },
      values: adsValues(r, st, false),
    };
  });
  return buildPage(
    ADS_TERM_COLS,
    raw,
    base('amazon.ads-search-terms', lang, st, ['impressions', 'clicks']),
    r,
  );
}

export function amazonData(page: string, lang: string, r: Rng, scope: AmazonScope): PageData {
  if (page === 'amazon.business-report') return businessReport(lang, r);
  if (page === 'amazon.inventory') return inventory(lang, r);
  if (page === 'amazon.ads-campaigns') return adsCampaigns(lang, r, scope);
  if (page === 'amazon.ads-keywords') return adsKeywords(lang, r, scope);
  return adsSearchTerms(lang, r, scope);
}

export const AMAZON_PAGES = [
  'amazon.business-report',
  'amazon.inventory',
  'amazon.ads-campaigns',
  'amazon.ads-keywords',
  'amazon.ads-search-terms',
];
