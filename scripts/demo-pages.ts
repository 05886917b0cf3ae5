// The pages the demo opens, each a bundled fixture served at its real URL.

export interface DemoPage {
  title: string;
  url: string;
  fixture: string;
  lang?: 'en-US' | 'zh-CN';
  waitFor?: string;
  settleMs?: number;
  watch?: boolean;
  /** Reload once; the second response goes through `rewrite` (a later visit with changed figures). */
  revisit?: boolean;
  rewrite?: (html: string) => string;
  shot?: string;
  shotClip?: 'card' | 'full';
  /** Focus this element before the screenshot (shows a badge's explanation). */
  hover?: string;
}

export const DEMO_PAGES: DemoPage[] = [
  {
    title: 'Amazon.com product page (competitor), watched, then revisited with a lower price',
    url: 'https://www.amazon.com/dp/B0C1K2Z3X4',
    fixture: 'amazon/product/us-table.html',
    waitFor: 'opslens-card .card',
    watch: true,
    revisit: true,
    rewrite: (html) => html.replaceAll('$39.99', '$34.99'),
    shot: 'card-us',
  },
  {
    title: 'Amazon.co.jp product page',
    url: 'https://www.amazon.co.jp/dp/B0BJ8N4K2P',
    fixture: 'amazon/product/jp.html',
    waitFor: 'opslens-card .card',
    watch: true,
    shot: 'card-jp',
  },
  {
    title: 'Seller Central Business Report (By Child Item)',
    url: 'https://sellercentral.amazon.com/business-reports/ref=xx_sitemetric_dnav_xx#/report?id=102%3ADetailSalesTrafficByChildItem',
    fixture: 'amazon/business-report/en-child.html',
    waitFor: 'opslens-panel .panel',
    shot: 'panel-business-report',
  },
  {
    title: 'Manage All Inventory',
    url: 'https://sellercentral.amazon.com/myinventory/inventory?fulfilledBy=all&page=1&pageSize=20&sort=date_created_desc&status=all',
    fixture: 'amazon/inventory/en-grid.html',
    waitFor: 'opslens-panel .panel',
    shot: 'panel-inventory',
  },
  {
    title: 'Advertising console: campaigns',
    url: 'https://advertising.amazon.com/campaign-manager/all-campaigns?entityId=ENTITY3KQ8ZL2M7VX0A',
    fixture: 'amazon/ads-campaigns/campaigns-en.html',
    waitFor: 'opslens-panel .panel',
    shot: 'panel-campaigns',
  },
  {
    title: 'Advertising console: keywords of an ad group',
    url: 'https://advertising.amazon.com/cm/sp/campaigns/384549310501693/ad-groups/394857102938475/targeting?entityId=ENTITY3KQ8ZL2M7VX0A',
    fixture: 'amazon/ads-keywords/keywords-en.html',
    waitFor: 'opslens-panel .panel',
    shot: 'panel-keywords',
  },
  {
    title: 'Advertising console: search terms of an ad group',
    url: 'https://advertising.amazon.com/cm/sp/campaigns/232075920075151/ad-groups/412096385710462/search-terms?entityId=ENTITY3KQ8ZL2M7VX0A',
    fixture: 'amazon/ads-search-terms/search-terms-en.html',
    waitFor: 'opslens-panel .panel',
    shot: 'panel-search-terms',
    hover: 'opslens-badges .badge',
  },
  {
    title: '天猫 item page (competitor), watched',
    url: 'https://detail.tmall.com/item.htm?id=738402516937&skuId=5168830044512&spm=a1z10.3-b-s.w4011-24426768373.61.5c2d7f1aQx2mZk',
    fixture: 'tmall/item/tmall-item.html',
    waitFor: 'opslens-card .card',
    shot: 'card-tmall',
    watch: true,
    shotClip: 'card',
  },
  {
    title: '淘宝 item page (competitor), watched',
    url: 'https://item.taobao.com/item.htm?id=823456789012&ns=1&abbucket=11&spm=a21n57.1.item.4.6b3f523cR2kZ7x',
    fixture: 'taobao/item/taobao-item.html',
    waitFor: 'opslens-card .card',
    shot: 'card-taobao',
    watch: true,
    shotClip: 'card',
  },
  {
    title: '生意参谋 商品排行',
    url: 'https://sycm.taobao.com/cc/item_rank?dateRange=2026-11-01%7C2026-11-07&dateType=recent7',
    fixture: 'tmall/sycm-items/item-rank.html',
    waitFor: 'opslens-panel .panel',
    shot: 'panel-sycm',
  },
  {
    title: '直通车 keywords of a unit (hash route)',
    url: 'https://subway.simba.taobao.com/#!/manage/adgroup/detail?campaignId=72013846&adGroupId=3891027745&productId=101001005&start=2026-11-01&end=2026-11-07',
    fixture: 'tmall/subway-keywords/keywords.html',
    waitFor: 'opslens-panel .panel',
    shot: 'panel-subway',
  },
  {
    title: '万相台 plan report',
    url: 'https://one.alimama.com/index.html#!/report/campaign?rptType=campaign&bizCode=universalBP&startTime=2026-11-01&endTime=2026-11-07&effectEqual=15&unifyType=last_click_by_effect_time&offset=0&pageSize=40',
    fixture: 'tmall/wanxiangtai-plans/plans.html',
    waitFor: 'opslens-panel .panel',
    shot: 'panel-wanxiangtai',
  },
  {
    title: '千牛 出售中的宝贝',
    url: 'https://myseller.taobao.com/home.htm/SellManage/on_sale?current=1&pageSize=50',
    fixture: 'taobao/qianniu-items/on-sale.html',
    waitFor: 'opslens-panel .panel',
    shot: 'panel-qianniu',
  },
];
