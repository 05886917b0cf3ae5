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
    fixture: 'amazon/ads/campaigns-en.html',
    waitFor: 'opslens-panel .panel',
    shot: 'panel-campaigns',
  },
  {
    title: 'Advertising console: keywords of an ad group',
    url: 'https://advertising.amazon.com/cm/sp/campaigns/384549310501693/ad-groups/394857102938475/targeting?entityId=ENTITY3KQ8ZL2M7VX0A',
    fixture: 'amazon/ads/keywords-en.html',
    waitFor: 'opslens-panel .panel',
    shot: 'panel-keywords',
  },
  {
    title: 'Advertising console: search terms of an ad group',
    url: 'https://advertising.amazon.com/cm/sp/campaigns/232075920075151/ad-groups/412096385710462/search-terms?entityId=ENTITY3KQ8ZL2M7VX0A',
    fixture: 'amazon/ads/search-terms-en.html',
    waitFor: 'opslens-panel .panel',
    shot: 'panel-search-terms',
    hover: 'opslens-badges .badge',
  },
];
