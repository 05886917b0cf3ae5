import type { AmazonScope } from '../data/amazon';
import { esc, rangeText } from '../format';
import type { Rng } from '../rng';

// How an Amazon console page states its marketplace and its period. Each context states it ONE way (or not
// at all), so a case tests exactly that statement. Marketplace ids are the public Selling Partner API ids.

export const MARKET_CONTEXTS = [
  'switcher-text',
  'select-option',
  'aria-selected',
  'kat-dropdown',
  'inline-ue_mid',
  'bootstrap-json',
  'host',
  'none-marketplace',
] as const;
export const PERIOD_CONTEXTS = [
  'url-fromDate',
  'url-startDate',
  'url-start-end',
  'url-dateRange',
  'date-button-text',
  'date-button-long',
  'picker-attrs',
  'none-period',
] as const;

interface Market {
  marketplace: string;
  id: string;
  index: number;
}
const MARKETS: Record<string, Market> = {
  en: { marketplace: 'amazon.com', id: 'ATVPDKIKX0DER', index: 0 },
  de: { marketplace: 'amazon.de', id: 'A1PA6795UKMFR9', index: 3 },
  ja: { marketplace: 'amazon.co.jp', id: 'A1VC38T7YXB528', index: 5 },
  zh: { marketplace: 'amazon.com', id: 'ATVPDKIKX0DER', index: 0 },
};
const IDS = [
  'ATVPDKIKX0DER',
  'A2EUQ1WTGCTBG2',
  'A1F83G8C2ARO7P',
  'A1PA6795UKMFR9',
  'A13V1IB3VIYZZH',
  'A1VC38T7YXB528',
];
const NAMES: Record<string, string[]> = {
  en: ['United States', 'Canada', 'United Kingdom', 'Germany', 'France', 'Japan'],
  de: ['Vereinigte Staaten', 'Kanada', 'Vereinigtes Königreich', 'Deutschland', 'Frankreich', 'Japan'],
  ja: ['アメリカ合衆国', 'カナダ', 'イギリス', 'ドイツ', 'フランス', '日本'],
  zh: ['美国', '加拿大', '英国', '德国', '法国', '日本'],
};
const LOCALES: Record<string, string> = { en: 'en-US', de: 'de-DE', ja: 'ja-JP', zh: 'zh-CN' };
const DATE_LABEL: Record<string, string> = {
  en: 'Date range',
  de: 'Datumsbereich',
  ja: '期間',
  zh: '日期范围',
};
const PERIODS: [string, string][] = [
  ['2026-10-01', '2026-10-31'],
  ['2026-11-01', '2026-11-07'],
  ['2026-09-15', '2026-10-14'],
];

export interface AmazonContext {
  url: string;
  htmlLang: string;
  /** Account switcher / marketplace statement in the nav bar. */
  nav: string;
  /** Inline scripts in <head>. */
  scripts: string;
  /** The date control in the toolbar. */
  date: string;
  marketplace?: string;
  period?: { from: string; to: string };
  missing: string[];
}

const isSeller = (page: string) => page === 'amazon.business-report' || page === 'amazon.inventory';

function hostOf(page: string, lang: string, market: string): string {
  if (isSeller(page)) {
    if (lang === 'ja')
      return market === 'host' ? 'sellercentral-japan.amazon.com' : 'sellercentral.amazon.co.jp';
    return lang === 'de' ? 'sellercentral.amazon.de' : 'sellercentral.amazon.com';
  }
  return lang === 'ja' ? 'advertising.amazon.co.jp' : 'advertising.amazon.com';
}

function pathOf(page: string, s: AmazonScope): string {
  if (page === 'amazon.business-report')
    return '/business-reports/ref=xx_sitemetric_dnav_xx#/report?id=102%3ADetailSalesTrafficByChildItem&chartCols=&columns=0%2F1%2F2%2F3%2F4%2F5%2F6%2F7%2F8%2F9%2F10%2F11%2F12%2F13%2F14%2F15%2F16%2F17';
  if (page === 'amazon.inventory')
    return '/myinventory/inventory?fulfilledBy=all&page=1&pageSize=25&sort=date_created_desc&status=all';
  if (page === 'amazon.ads-campaigns') return `/campaign-manager/all-campaigns?entityId=${s.entityId}`;
  const tail = page === 'amazon.ads-keywords' ? 'targeting' : 'search-terms';
  return `/cm/sp/campaigns/${s.campaignId}/ad-groups/${s.adGroupId}/${tail}?entityId=${s.entityId}`;
}

function urlPeriod(kind: string, [from, to]: [string, string]): string {
  if (kind === 'url-fromDate') return `&fromDate=${from}&toDate=${to}`;
  if (kind === 'url-startDate') return `&startDate=${from}&endDate=${to}`;
  if (kind === 'url-start-end') return `&start=${from}&end=${to}`;
  if (kind === 'url-dateRange') return `&dateRange=${from}%7C${to}`;
  return '';
}

function navOf(kind: string, lang: string, r: Rng): { nav: string; scripts: string } {
  const mk = MARKETS[lang]!;
  const names = NAMES[lang]!;
  const name = names[mk.index]!;
  const account = '<span class="partner-name">Northwind Home</span>';
  // A hidden flyout listing every marketplace: a duplicate a reader must not take as the selection.
  const flyout = `<div class="mkt-flyout" hidden><ul>${names.map((n) => `<li><a href="#">${esc(n)}</a></li>`).join('')}</ul></div>`;
  if (kind === 'switcher-text')
    return {
      nav: `<div class="account-switcher"><button type="button" class="dropdown-account-switcher-header" aria-haspopup="true">${account}<span class="sep"> | </span><span class="dropdown-account-switcher-header-label-regional">${esc(name)}</span></button>${flyout}</div>`,
      scripts: '',
    };
  if (kind === 'select-option')
    return {
      nav: `<div class="account-switcher">${account}<label class="a-offscreen" for="mkt-select">Marketplace</label><select id="${r.pick(['sc-mkt-picker-switcher-select', 'marketplace-select'])}" name="marketplace">${names
        .map((n, i) => `<option value="${IDS[i]}"${i === mk.index ? ' selected' : ''}>${esc(n)}</option>`)
        .join('')}</select></div>`,
      scripts: '',
    };
  if (kind === 'aria-selected')
    return {
      nav: `<div class="account-switcher">${account}<ul role="listbox" aria-label="Marketplace" class="mkt-list">${names
        .map(
          (n, i) =>
            `<li role="option" aria-selected="${i === mk.index}" class="${i === mk.index ? 'mkt-item selected' : 'mkt-item'}">${esc(n)}</li>`,
        )
        .join('')}</ul></div>`,
      scripts: '',
    };
  if (kind === 'kat-dropdown') {
    const options = JSON.stringify(names.map((n, i) => ({ name: n, value: IDS[i] })));
    return {
      nav: `<div class="account-switcher">${account}<kat-dropdown id="mkt-dropdown" label="Marketplace" value="${mk.id}" options="${esc(options)}"></kat-dropdown></div>`,
      scripts: '',
    };
  }
  if (kind === 'inline-ue_mid')
    return {
      nav: `<div class="account-switcher">${account}</div>`,
      scripts: `<script>var ue_t0 = ue_t0 || +new Date(); var ue_mid = '${mk.id}', ue_sid = '${r.int(100, 999)}-${r.int(1000000, 9999999)}';</script>`,
    };
  if (kind === 'bootstrap-json') {
    const json = JSON.stringify({ marketplaceId: mk.id, merchantId: 'A3NWHOME9XQ2', locale: LOCALES[lang] });
    const variants = [
      `<script>window.__CM_BOOTSTRAP__ = ${json};</script>`,
      `<script type="application/json" id="sc-nav-config">${json}</script>`,
      `<script>window.__INITIAL_STATE__ = {"session":{"account":${json}}};</script>`,
      `<script>P.when('A').execute(function () { window.SC_CONFIG = ${json}; });</script>`,
    ];
    return { nav: `<div class="account-switcher">${account}</div>`, scripts: r.pick(variants) };
  }
  return { nav: `<div class="account-switcher">${account}</div>`, scripts: '' };
}

function dateOf(kind: string, lang: string, [from, to]: [string, string]): string {
  const label = `<span class="date-label">${esc(DATE_LABEL[lang]!)}</span>`;
  if (kind === 'date-button-text' || kind === 'date-button-long')
    return `<div class="date-range-control">${label}<button type="button" class="date-range-button" aria-haspopup="dialog">${esc(rangeText(from, to, lang, kind === 'date-button-long'))}</button></div>`;
  if (kind === 'picker-attrs') {
    const f = rangeText(from, to, lang).split(/ 至 | - /);
    return `<div class="date-range-control">${label}<kat-date-range-picker locale="${LOCALES[lang]}" start-value="${esc(f[0]!)}" end-value="${esc(f[1]!)}"></kat-date-range-picker></div>`;
  }
  return `<div class="date-range-control"><button type="button" class="date-range-button">${esc(DATE_LABEL[lang]!)}</button></div>`;
}

export function amazonContext(
  page: string,
  lang: string,
  market: string,
  periodKind: string,
  s: AmazonScope,
  r: Rng,
): AmazonContext {
  const p = r.pick(PERIODS);
  const host = hostOf(page, lang, market);
  const hasPeriod = page !== 'amazon.inventory';
  const path = pathOf(page, s);
  const url = `https://${host}${path}${hasPeriod ? urlPeriod(periodKind, p) : ''}`;
  const { nav, scripts } = navOf(market, lang, r);
  const missing: string[] = [];
  if (market === 'none-marketplace') missing.push('marketplace');
  if (hasPeriod && periodKind === 'none-period') missing.push('period');
  return {
    url,
    htmlLang: LOCALES[lang]!,
    nav,
    scripts,
    date: hasPeriod ? dateOf(periodKind, lang, p) : '',
    ...(market !== 'none-marketplace' ? { marketplace: MARKETS[lang]!.marketplace } : {}),
    ...(hasPeriod && periodKind !== 'none-period' ? { period: { from: p[0], to: p[1] } } : {}),
    missing,
  };
}
