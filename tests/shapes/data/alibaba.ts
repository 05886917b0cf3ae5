import { esc, formatValue, STYLES } from '../format';
import { digits, type Rng } from '../rng';
import type { PageData } from '../types';
import { big, cycle, ITEMS, itemCell, opts, PLANS, WORDS } from './alibaba-cells';
import {
  QIANNIU_COLS,
  SUBWAY_KEYWORD_COLS,
  SUBWAY_REPORT_COLS,
  SYCM_ITEM_COLS,
  SYCM_KEYWORD_COLS,
  WANXIANGTAI_COLS,
} from './alibaba-labels';
import { buildPage, maybe, type RawRow } from './build';

// The data of the six Alibaba back-office pages (all zh). Keys follow the adapters' documented conventions:
// 生意参谋 items = item id from the item link; 商品360 keywords = `itemId|手淘搜索|keyword`; 直通车 keywords =
// `adGroupId|keyword`; 直通车 report (unit tab) = adGroupId; 万相台 = campaignId; 千牛 = item id.

export interface AliScope {
  store: 'tmall' | 'taobao';
  itemId: string;
  campaignId: string;
  adGroupId: string;
}

function sycmItems(r: Rng, s: AliScope): PageData {
  const n = r.int(5, 8);
  const raw: RawRow[] = Array.from({ length: n }, (_, i) => {
    const id = digits(r, 12);
    const visitors = big(r, 800, 60000);
    const buyers = Math.floor((visitors * r.int(50, 400)) / 10000);
    const units = buyers + r.int(0, Math.ceil(buyers / 5));
    const aov = r.int(9900, 89900);
    const sales = buyers * aov;
    const cart = Math.floor((visitors * r.int(200, 900)) / 10000);
    return {
      key: id,
      rowId: id,
      html: {
        item: itemCell(s.store, id, ITEMS[i % ITEMS.length]!),
        action: '<a href="#">单品分析</a> <a href="#">趋势</a>',
      },
      values: {
        visitors,
        pv: maybe(r, big(r, visitors, visitors * 3)),
        microVisitors: r.int(0, 900),
        search: maybe(r, Math.floor(visitors / 2)),
        units,
        buyers,
        sales: maybe(r, sales),
        conv: visitors ? Math.round((buyers / visitors) * 10000) : null,
        aov: buyers ? maybe(r, aov) : null,
        cart: maybe(r, cart),
        cartBuyers: maybe(r, Math.floor(cart * 0.8)),
        fav: maybe(r, Math.floor(visitors / 25)),
        cartRate: visitors ? Math.round((cart / visitors) * 10000) : null,
      },
    };
  });
  return buildPage(
    SYCM_ITEM_COLS,
    raw,
    {
      ...opts('tmall.sycm-items', STYLES.cnPlain, undefined, ['visitors', 'sales']),
      format: { wan: true },
      decorate: cycle,
    },
    r,
  );
}

function sycmKeywords(r: Rng, s: AliScope): PageData {
  const words = r.shuffle(WORDS).slice(0, r.int(5, 7));
  const raw: RawRow[] = words.map((w, i) => {
    const visitors = r.int(40, 9000);
    const buyers = Math.floor((visitors * r.int(0, 600)) / 10000);
    return {
      key: `${s.itemId}|手淘搜索|${w}`,
      rowId: String(i),
      html: { keyword: `<span class="keyword" title="${esc(w)}">${esc(w)}</span>` },
      values: {
        visitors,
        pv: maybe(r, visitors + r.int(0, visitors)),
        bounce: r.int(2000, 7000),
        cartBuyers: maybe(r, Math.floor(visitors / 12)),
        fav: maybe(r, Math.floor(visitors / 30)),
        placed: maybe(r, buyers + r.int(0, 9)),
        buyers: buyers || null,
        conv: buyers ? Math.round((buyers / visitors) * 10000) : null,
      },
    };
  });
  return buildPage(SYCM_KEYWORD_COLS, raw, opts('tmall.sycm-keywords', STYLES.cnPlain, undefined, []), r);
}

/** 直通车 prints `-` for zero: a zero value is no value. */
const zeroDash = (v: Record<string, number | null>) =>
  Object.fromEntries(Object.entries(v).map(([k, x]) => [k, x === 0 ? null : x]));

function adValues(r: Rng, idle: boolean): Record<string, number | null> {
  const impressions = idle ? r.int(0, 40) : r.int(900, 300000);
  const clicks = idle ? 0 : Math.max(1, Math.floor((impressions * r.int(50, 400)) / 10000));
  const cpc = r.int(40, 420);
  const spend = clicks * cpc;
  const orders = idle ? 0 : Math.floor((clicks * r.int(0, 5)) / 100);
  const sales = orders * r.int(9900, 59900);
  return zeroDash({
    impressions,
    clicks,
    ctr: impressions ? Math.round((clicks / impressions) * 10000) : 0,
    spend,
    cpc: clicks ? Math.round(spend / clicks) : 0,
    conv: clicks ? Math.round((orders / clicks) * 10000) : 0,
    roas: spend ? Math.round((sales / spend) * 100) : 0,
    sales,
    orders,
  });
}

function subwayKeywords(r: Rng, s: AliScope): PageData {
  const words = r.shuffle(WORDS).slice(0, r.int(5, 8));
  const raw: RawRow[] = words.map((w, i) => ({
    key: `${s.adGroupId}|${w}`,
    rowId: digits(r, 10),
    html: {
      select: '<input type="checkbox">',
      status: i === words.length - 1 ? '暂停推广' : '推广中',
      keyword: `<span class="keyword-text" title="${esc(w)}">${esc(w)}</span>`,
      rankPc: r.pick(['首页(前三)', '首页(非前三)', '4~6页', '-']),
      rankMobile: r.pick(['移动前三', '移动4~6条', '移动7~10条', '-']),
    },
    values: {
      qsPc: r.int(3, 10),
      qs: r.int(3, 10),
      bidPc: r.int(40, 500),
      bid: r.int(40, 500),
      ...adValues(r, i === words.length - 1),
    },
    attrs: { 'data-keyword-id': digits(r, 10) },
  }));
  return buildPage(
    SUBWAY_KEYWORD_COLS,
    raw,
    opts('tmall.subway-keywords', STYLES.cnYen, undefined, ['spend']),
    r,
  );
}

function subwayReport(r: Rng, s: AliScope): PageData {
  const n = r.int(5, 8);
  const raw: RawRow[] = Array.from({ length: n }, (_, i) => {
    const unit = digits(r, 10);
    const item = digits(r, 12);
    const plan = digits(r, 8);
    const smart = i === 2;
    const unitLink = `<a class="unit-link" href="#!/manage/adgroup/detail?campaignId=${plan}&amp;adGroupId=${unit}">查看推广单元</a>`;
    return {
      key: unit,
      rowId: unit,
      html: {
        status: i === n - 1 ? '暂停推广' : '推广中',
        item: itemCell(s.store, item, ITEMS[i % ITEMS.length]!, unitLink),
        type: smart ? '智能推广' : '标准推广',
        campaign: `<a href="#!/manage/campaign/detail?campaignId=${plan}" title="${esc(PLANS[i % PLANS.length]!)}">${esc(PLANS[i % PLANS.length]!)}</a>`,
      },
      values: { bid: smart ? null : r.int(50, 400), ...adValues(r, i === n - 1) },
      attrs: { 'data-adgroup-id': unit },
    };
  });
  return buildPage(
    SUBWAY_REPORT_COLS,
    raw,
    opts('tmall.subway-report', STYLES.cnYen, '合计', ['impressions', 'spend']),
    r,
  );
}

function wanxiangtai(r: Rng): PageData {
  const n = r.int(5, 8);
  const raw: RawRow[] = Array.from({ length: n }, (_, i) => {
    const id = digits(r, 11);
    const name = `${r.pick(['全站推广', '关键词推广', '人群推广', '货品加速'])}-${PLANS[i % PLANS.length]}`;
    const v = adValues(r, i === n - 1);
    const spend = v.spend ?? 0;
    const sales = v.sales ?? 0;
    const impressions = v.impressions ?? 0;
    return {
      key: id,
      rowId: id,
      html: {
        select: '<input type="checkbox">',
        campaign: `<div class="plan-name"><a href="#!/manage/campaign?campaignId=${id}" title="${esc(name)}">${esc(name)}</a></div><div class="plan-sub"><span>计划组：${esc(PLANS[(i + 1) % PLANS.length]!.split('-')[0]!)}</span><span class="tag">智能出价</span></div>`,
        status: i === n - 1 ? '已暂停' : '推广中',
        scene: r.pick(['货品全站推广', '关键词推广', '精准人群推广']),
      },
      values: {
        ...v,
        netSales: sales ? Math.floor(sales * 0.9) : null,
        roas: spend && sales ? Math.round((Math.floor(sales * 0.9) / spend) * 100) : null,
        cpm: impressions ? Math.round((spend / impressions) * 1000) : null,
        cart: maybe(r, r.int(0, 3000)),
        fav: maybe(r, r.int(0, 1500)),
      },
    };
  });
  return buildPage(
    WANXIANGTAI_COLS,
    raw,
    opts('tmall.wanxiangtai-plans', STYLES.cnPlain, '合计', ['spend', 'sales']),
    r,
  );
}

function qianniu(r: Rng, s: AliScope): PageData {
  const n = r.int(5, 8);
  const raw: RawRow[] = Array.from({ length: n }, (_, i) => {
    const id = digits(r, 12);
    const lo = r.int(1900, 49900);
    const range = i === 3;
    const shown = `${formatValue('money', lo, STYLES.cnQianniu)}${range ? ` - ${formatValue('money', lo + 2000, { ...STYLES.cnQianniu, moneyPrefix: '' })}` : ''}`;
    return {
      key: id,
      rowId: id,
      html: {
        select: '<input type="checkbox">',
        item: itemCell(
          s.store,
          id,
          ITEMS[i % ITEMS.length]!,
          `<div class="outer-id">商家编码：JY-${digits(r, 4)}</div>`,
        ),
        price: `<span class="price">${esc(shown)}</span>`,
        created: `<div>2025-0${r.int(1, 9)}-1${r.int(0, 9)} 1${r.int(0, 9)}:2${r.int(0, 9)}</div><div class="tag">出售中</div>`,
        action: '<a href="#">编辑商品</a> <a href="#">立即下架</a> <a href="#">更多</a>',
      },
      values: { stock: r.int(0, 4000), total: r.int(100, 30000), month: maybe(r, r.int(0, 3000), 0.15) },
      extra: { metrics: { price: lo / 100 }, shown: { price: formatValue('money', lo, STYLES.cnQianniu) } },
    };
  });
  return buildPage(QIANNIU_COLS, raw, opts('taobao.qianniu-items', STYLES.cnQianniu, undefined, []), r);
}

export function alibabaData(page: string, r: Rng, s: AliScope): PageData {
  if (page === 'tmall.sycm-items') return sycmItems(r, s);
  if (page === 'tmall.sycm-keywords') return sycmKeywords(r, s);
  if (page === 'tmall.subway-keywords') return subwayKeywords(r, s);
  if (page === 'tmall.subway-report') return subwayReport(r, s);
  if (page === 'tmall.wanxiangtai-plans') return wanxiangtai(r);
  return qianniu(r, s);
}

export const ALIBABA_PAGES = [
  'tmall.sycm-items',
  'tmall.sycm-keywords',
  'tmall.subway-keywords',
  'tmall.subway-report',
  'tmall.wanxiangtai-plans',
  'taobao.qianniu-items',
];
