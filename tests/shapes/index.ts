import { ALI_PERIOD_CONTEXTS, aliContext, STORE_CONTEXTS } from './contexts/alibaba';
import { amazonContext, MARKET_CONTEXTS, PERIOD_CONTEXTS } from './contexts/amazon';
import { ALIBABA_PAGES, type AliScope, alibabaData } from './data/alibaba';
import { AMAZON_PAGES, type AmazonScope, amazonData } from './data/amazon';
import { esc, STYLES } from './format';
import { pageHtml } from './page';
import { agGridPinned } from './renderers/ag-grid';
import { ANTD_SHAPES } from './renderers/antd';
import { GRID_SHAPES } from './renderers/aria';
import { FUSION_ELEMENT_SHAPES } from './renderers/fusion-element';
import { HTML_SHAPES } from './renderers/html';
import { KATAL_MAGIX_SHAPES } from './renderers/katal-magix';
import { digits, rng, seedOf } from './rng';
import type { CaseFilter, PageData, Row, Shape, ShapeCase } from './types';

// The shape-family generator: the same data in every table shape the consoles are built with, in each
// console language, under each way a page states its marketplace/store and period. Deterministic.

export { attachDeclarativeShadowRoots } from './shadow';
export type { CaseFilter, ShapeCase } from './types';

export const SHAPES: Shape[] = [
  ...HTML_SHAPES,
  ...GRID_SHAPES,
  ...ANTD_SHAPES,
  ...FUSION_ELEMENT_SHAPES,
  agGridPinned,
  ...KATAL_MAGIX_SHAPES,
];
export const PAGES = [...AMAZON_PAGES, ...ALIBABA_PAGES];
export const AMAZON_LANGS = ['en', 'de', 'ja', 'zh'];

/** A case plus what the generator knows beyond the contract: the displayed text of each expected metric. */
export interface CaseDetail {
  case: ShapeCase;
  rows: Row[];
}

const TITLES: Record<string, Record<string, string>> = {
  'amazon.business-report': {
    en: 'Detail Page Sales and Traffic By Child Item',
    de: 'Verkäufe und Traffic nach untergeordnetem Artikel',
    ja: '（子）商品別詳細ページ 売上・トラフィック',
    zh: '子商品详情页面上的销售量与访问量',
  },
  'amazon.inventory': {
    en: 'Manage All Inventory',
    de: 'Gesamten Bestand verwalten',
    ja: '在庫管理',
    zh: '管理所有库存',
  },
  'amazon.ads-campaigns': { en: 'Campaigns', de: 'Kampagnen', ja: 'キャンペーン', zh: '广告活动' },
  'amazon.ads-keywords': { en: 'Targeting', de: 'Ausrichtung', ja: 'ターゲティング', zh: '投放' },
  'amazon.ads-search-terms': { en: 'Search terms', de: 'Suchbegriffe', ja: '検索ワード', zh: '搜索词' },
  'tmall.sycm-items': { zh: '商品排行' },
  'tmall.sycm-keywords': { zh: '手淘搜索 · 关键词' },
  'tmall.subway-keywords': { zh: '关键词' },
  'tmall.subway-report': { zh: '推广单元报表' },
  'tmall.wanxiangtai-plans': { zh: '计划报表' },
  'taobao.qianniu-items': { zh: '出售中的宝贝' },
};

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function amazonCase(page: string, shape: Shape, lang: string, market: string, period: string): CaseDetail {
  const context = page === 'amazon.inventory' ? market : `${market}+${period}`;
  const id = `${page}/${shape.id}/${lang}/${context}`;
  const seed = seedOf(id);
  const r = rng(seed);
  const scope: AmazonScope = {
    entityId: `ENTITY${Array.from({ length: 13 }, () => r.pick([...ALNUM])).join('')}`,
    campaignId: digits(r, 15),
    adGroupId: digits(r, 15),
  };
  const data = amazonData(page, lang, rng(seedOf(`${page}/${lang}`)), scope);
  const ctx = amazonContext(page, lang, market, period, scope, r);
  const ads = page.startsWith('amazon.ads-') && page !== 'amazon.ads-campaigns';
  const breadcrumb = ads
    ? `<nav aria-label="Breadcrumb" class="breadcrumb"><a href="/cm/campaigns?entityId=${scope.entityId}">${esc(TITLES['amazon.ads-campaigns']![lang]!)}</a> › <a href="/cm/sp/campaigns/${scope.campaignId}/ad-groups?entityId=${scope.entityId}">SP - Northwind ${scope.campaignId.slice(-3)}</a> › <a href="/cm/sp/campaigns/${scope.campaignId}/ad-groups/${scope.adGroupId}/targeting?entityId=${scope.entityId}">Ad group ${scope.adGroupId.slice(-3)}</a></nav>`
    : '';
  const html = pageHtml(
    data,
    {
      platform: 'amazon',
      htmlLang: ctx.htmlLang,
      title: TITLES[page]![lang]!,
      nav: ctx.nav,
      scripts: ctx.scripts,
      date: ctx.date,
      breadcrumb,
      table: shape.render(data, seed),
    },
    r,
  );
  const ok = ctx.missing.length === 0;
  return {
    rows: data.rows,
    case: {
      id,
      page,
      shape: shape.id,
      lang,
      context,
      url: ctx.url,
      html,
      layoutOnly: shape.layoutOnly,
      expected: {
        status: ok ? 'ok' : 'partial',
        ...(ok ? {} : { missing: ctx.missing }),
        platform: 'amazon',
        ...(ctx.marketplace ? { marketplace: ctx.marketplace } : {}),
        ...(ok ? { currency: STYLES[lang as 'en'].currency } : {}),
        ...(ctx.period ? { period: ctx.period } : {}),
        records: ok ? recordsOf(data) : [],
      },
    },
  };
}

const recordsOf = (d: PageData) => d.rows.map((r) => ({ key: r.key, metrics: { ...r.metrics } }));

function alibabaCase(page: string, shape: Shape, store: string, period: string): CaseDetail {
  const context = page === 'taobao.qianniu-items' ? store : `${store}+${period}`;
  const id = `${page}/${shape.id}/zh/${context}`;
  const seed = seedOf(id);
  const r = rng(seed);
  const scope: AliScope = {
    store: store === 'badge-taobao' || store === 'config-isTmall' ? 'taobao' : 'tmall',
    itemId: digits(r, 12),
    campaignId: digits(r, 8),
    adGroupId: digits(r, 10),
  };
  const data = alibabaData(page, rng(seedOf(`${page}/${scope.store}`)), scope);
  const ctx = aliContext(page, store, period, scope, r);
  const title = TITLES[page]!.zh!;
  const card = (t: { html: string; css: string }) => ({
    html: `<div class="card"><div class="card-header"><span class="card-title">${esc(title)}</span></div>${
      page === 'tmall.subway-keywords'
        ? `<div class="adgroup-info"><span>推广单元：九阳破壁机 ${scope.adGroupId.slice(-4)}</span></div>`
        : ''
    }${t.html}</div>`,
    css: t.css,
  });
  const html = pageHtml(
    data,
    {
      platform: 'alibaba',
      htmlLang: 'zh-CN',
      title,
      nav: ctx.header,
      scripts: ctx.scripts,
      date: ctx.date,
      table: card(shape.render(data, seed)),
    },
    r,
  );
  const ok = ctx.missing.length === 0;
  return {
    rows: data.rows,
    case: {
      id,
      page,
      shape: shape.id,
      lang: 'zh',
      context,
      url: ctx.url,
      html,
      layoutOnly: shape.layoutOnly,
      expected: {
        status: ok ? 'ok' : 'partial',
        ...(ok ? {} : { missing: ctx.missing }),
        platform: ctx.store,
        marketplace: ctx.store === 'taobao' ? 'taobao.com' : 'tmall.com',
        ...(ok ? { currency: 'CNY' } : {}),
        ...(ctx.period ? { period: ctx.period } : {}),
        records: ok ? recordsOf(data) : [],
      },
    },
  };
}

/** Every case's coordinates: each shape in each language, contexts rotated so each appears many times. */
function plan(): [page: string, shape: Shape, lang: string, a: string, b: string][] {
  const out: [string, Shape, string, string, string][] = [];
  for (const page of PAGES) {
    SHAPES.forEach((shape, i) => {
      for (let k = 0; k < 4; k++) {
        if (page.startsWith('amazon.')) {
          const lang = AMAZON_LANGS[k]!;
          let m: string = MARKET_CONTEXTS[(i * 3 + k * 5) % MARKET_CONTEXTS.length]!;
          if (m === 'host' && lang !== 'ja') m = 'none-marketplace';
          if (m === 'none-marketplace' && lang === 'ja') m = 'host';
          if (lang === 'ja' && (i + k) % 5 === 0) m = 'host';
          out.push([page, shape, lang, m, PERIOD_CONTEXTS[(i * 5 + k * 3 + 1) % PERIOD_CONTEXTS.length]!]);
        } else {
          out.push([
            page,
            shape,
            'zh',
            STORE_CONTEXTS[k]!,
            ALI_PERIOD_CONTEXTS[(i + k) % ALI_PERIOD_CONTEXTS.length]!,
          ]);
        }
      }
    });
  }
  return out;
}

const matches = (f: CaseFilter, page: string, shape: string, lang: string, context: string) =>
  (!f.page || f.page === page) &&
  (!f.shape || f.shape === shape) &&
  (!f.lang || f.lang === lang) &&
  (!f.context || f.context === context || context.split('+').includes(f.context));

export function generateCaseDetails(filter: CaseFilter = {}): CaseDetail[] {
  const out: CaseDetail[] = [];
  for (const [page, shape, lang, a, b] of plan()) {
    const inventory = page === 'amazon.inventory';
    const qianniu = page === 'taobao.qianniu-items';
    const context = inventory || qianniu ? a : `${a}+${b}`;
    if (!matches(filter, page, shape.id, lang, context)) continue;
    out.push(
      page.startsWith('amazon.') ? amazonCase(page, shape, lang, a, b) : alibabaCase(page, shape, a, b),
    );
  }
  return out;
}

export function generateCases(filter: CaseFilter = {}): ShapeCase[] {
  return generateCaseDetails(filter).map((d) => d.case);
}
