import type { AliScope } from '../data/alibaba';
import type { Rng } from '../rng';

// How an Alibaba back-office page states its store type and its period. Store contexts: a 天猫 / 淘宝 badge next
// to the shop name, the page config (`isTmall`), or nothing (then the data dictionary says tmall). Period
// contexts: the 统计日期 line, a range picker's text, the address (生意参谋 `dateRange=a|b`, 直通车 `start/end`
// in the hash route, 万相台 `startTime/endTime`), or nothing.

export const STORE_CONTEXTS = ['badge-tmall', 'badge-taobao', 'config-isTmall', 'none-store'] as const;
export const ALI_PERIOD_CONTEXTS = ['stat-date-text', 'picker-text', 'url-dates', 'none-period'] as const;

const PERIODS: [string, string][] = [
  ['2026-10-01', '2026-10-31'],
  ['2026-11-01', '2026-11-07'],
  ['2026-11-14', '2026-11-20'],
];

export interface AliContext {
  url: string;
  header: string;
  scripts: string;
  date: string;
  store: 'tmall' | 'taobao';
  period?: { from: string; to: string };
  missing: string[];
}

export const storeOf = (ctx: string): 'tmall' | 'taobao' =>
  ctx === 'badge-taobao' || ctx === 'config-isTmall' ? 'taobao' : 'tmall';

function urlOf(page: string, s: AliScope, withDates: boolean, [from, to]: [string, string]): string {
  if (page === 'tmall.sycm-items')
    return `https://sycm.taobao.com/cc/item_rank?dateType=${withDates ? 'range' : 'recent30'}${withDates ? `&dateRange=${from}%7C${to}` : ''}`;
  if (page === 'tmall.sycm-keywords')
    return `https://sycm.taobao.com/cc/item_archives?activeKey=flow&dateType=range&itemId=${s.itemId}${withDates ? `&dateRange=${from}%7C${to}` : ''}`;
  if (page === 'tmall.subway-keywords')
    return `https://subway.simba.taobao.com/#!/manage/adgroup/detail?campaignId=${s.campaignId}&adGroupId=${s.adGroupId}&productId=101001005${withDates ? `&start=${from}&end=${to}` : ''}`;
  if (page === 'tmall.subway-report')
    return `https://subway.simba.taobao.com/#!/report/bpreport/index?page=1&productId=101001005&tab=adgroup${withDates ? `&start=${from}&end=${to}&effect=15` : ''}`;
  if (page === 'tmall.wanxiangtai-plans')
    return `https://one.alimama.com/index.html#!/report/campaign?rptType=campaign&bizCode=universalBP${withDates ? `&startTime=${from}&endTime=${to}` : ''}&offset=0&pageSize=40`;
  return 'https://myseller.taobao.com/home.htm/SellManage/on_sale?current=1&pageSize=20';
}

export function aliContext(
  page: string,
  storeCtx: string,
  periodKind: string,
  s: AliScope,
  r: Rng,
): AliContext {
  const p = r.pick(PERIODS);
  const hasPeriod = page !== 'taobao.qianniu-items';
  const store = storeOf(storeCtx);
  const shop = store === 'taobao' ? '山野茶舍' : '九阳官方旗舰店';
  const badge =
    storeCtx === 'badge-tmall'
      ? '<span class="shop-badge shop-type-tag" title="天猫">天猫</span>'
      : storeCtx === 'badge-taobao'
        ? '<span class="shop-badge shop-type-tag" title="淘宝店铺">淘宝店铺</span>'
        : '';
  const header = `<div class="shop-info"><img class="shop-logo" src="https://img.alicdn.com/shop-logo.png" alt="" width="24" height="24"><span class="shop-name">${shop}</span>${badge}</div>`;
  const scripts =
    storeCtx === 'config-isTmall'
      ? `<script>window.__SHOP_CONFIG__ = { "shopId": ${r.int(10000000, 99999999)}, "isTmall": false, "mainUserId": ${r.int(1000000, 9999999)} };</script>`
      : '';
  let date = '';
  if (hasPeriod) {
    if (periodKind === 'stat-date-text')
      date = `<div class="stat-date"><span class="stat-date-label">统计日期：</span><span class="stat-date-value">${p[0]}~${p[1]}</span></div>`;
    else if (periodKind === 'picker-text')
      date = `<div class="range-picker" role="button"><span class="range-start">${p[0]}</span><span class="range-sep"> 至 </span><span class="range-end">${p[1]}</span><i class="iconfont">&#xe61c;</i></div>`;
    else
      date =
        '<div class="date-tabs"><span class="tab">实时</span><span class="tab">日</span><span class="tab">周</span><span class="tab">月</span><span class="tab">自定义</span></div>';
  }
  const missing = hasPeriod && periodKind === 'none-period' ? ['period'] : [];
  return {
    url: urlOf(page, s, hasPeriod && periodKind === 'url-dates', p),
    header,
    scripts,
    date,
    store,
    ...(hasPeriod && periodKind !== 'none-period' ? { period: { from: p[0], to: p[1] } } : {}),
    missing,
  };
}
