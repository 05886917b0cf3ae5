import type { AdviceRule } from '../../advice/types';
import type { ChangeKind } from '../../changes';
import type { ReportKind } from '../../export/report-common';
import type { Kind } from '../../model';
import type { MetricName } from '../../model/metrics';
import type { AdviceSettings } from '../../settings/advice-settings';

// Names of things the data has: metrics, settings and their sources, rules, entity kinds, changes, fields.
// Each group is total over its type (a new metric or setting without a label is a compile error), so that
// the helpers in ../index.ts (metricLabel, settingLabel, ruleName, ...) take typed names and never a cast.

type Setting = keyof AdviceSettings;

const metrics = {
  metric_price: 'Price',
  metric_listPrice: 'List price',
  metric_sales: 'Sales',
  metric_spend: 'Spend',
  metric_cpc: 'CPC',
  metric_bid: 'Bid',
  metric_sessions: 'Sessions',
  metric_visitors: 'Visitors',
  metric_pageViews: 'Page views',
  metric_unitsOrdered: 'Units ordered',
  metric_orders: 'Orders',
  metric_impressions: 'Impressions',
  metric_clicks: 'Clicks',
  metric_ctr: 'CTR',
  metric_conversionRate: 'Conversion',
  metric_buyBoxPct: 'Buy Box',
  metric_acos: 'ACoS',
  metric_roas: 'ROAS',
  metric_addToCart: 'Add to cart',
  metric_favorites: 'Favorites',
  metric_available: 'Available',
  metric_inbound: 'Inbound',
  metric_reviewCount: 'Reviews',
  metric_rating: 'Rating',
  metric_bsr: 'Best Sellers Rank',
  metric_monthlySales: 'Monthly sales',
  metric_qualityScore: 'Quality score',
  metric_imageCount: 'Images',
  metric_qualityScorePc: 'Quality score (PC)',
  metric_bidPc: 'Bid (PC)',
  metric_serviceScore: 'Service score',
  metric_shippingScore: 'Shipping score',
  metric_netSales: 'Net sales',
  metric_cpm: 'CPM',
  metric_avgOrderValue: 'Average order value',
  metric_addToCartRate: 'Add-to-cart rate',
  metric_searchVisitors: 'Search visitors',
  metric_addToCartBuyers: 'Add-to-cart buyers',
  metric_placedOrderBuyers: 'Buyers who ordered',
  metric_cumulativeSales: 'Total sold',
  metric_searchVolume: 'Search volume',
  metric_marketImpressions: 'Market impressions',
  metric_marketClicks: 'Market clicks',
  metric_marketCartAdds: 'Market cart adds',
  metric_marketPurchases: 'Market purchases',
  metric_impressionShare: 'Impression share',
  metric_clickShare: 'Click share',
  metric_cartAddShare: 'Cart-add share',
  metric_purchaseShare: 'Purchase share',
} satisfies Record<`metric_${MetricName}`, string>;

const settings = {
  setting_breakEvenAcos: 'Break-even ACoS (= unit margin ÷ price)',
  setting_targetAcosGap: 'Target ACoS: points under break-even',
  setting_defaultConversionRate: 'Conversion assumed before a row has orders',
  setting_bidClicksFactor: 'Clicks before judging a bid (× 1X)',
  setting_bidBand: 'ACoS band left alone around target',
  setting_bidMaxRaise: 'Largest bid raise at once',
  setting_negativeClicks: 'Clicks without an order before negating',
  setting_harvestOrders: 'Orders before harvesting a search term',
  setting_pauseClicksFactor: 'Clicks without an order before pausing (× 1X)',
  setting_buyBoxMin: 'Buy Box share worth a look below',
  setting_leadTimeDays: 'Lead time incl. FBA check-in (days)',
  setting_safetyStockDays: 'Safety stock (days of sales)',
  setting_conversionAlpha: 'Significance level of the conversion test',
  setting_breakEvenRoi: 'Break-even ROI (= 1 ÷ margin)',
  setting_minQualityScore: 'Quality score worth work below',
  setting_ctrLowRatio: 'CTR low when under this share of its group’s',
  setting_cartNoPayRatio: 'Carts but no pay: conversion under this share of the shop’s',
  setting_visitorsFallingSnapshots: 'Falls in a row of visitors before warning',
  setting_visitorsFallMin: 'Least total fall of visitors over those readings',
  setting_lifecycleNewDays: 'Lifecycle 新品 (new): first seen within days',
  setting_lifecycleHotShare: 'Lifecycle 爆品 (hot): top share of the shop by daily sales',
  setting_lifecycleGrowth: 'Lifecycle 潜力品 (potential): daily sales growth at least',
  setting_lifecycleDecline: 'Lifecycle 尾货 (tail): daily sales decline at least',
  setting_lifecycleTailShare: 'Lifecycle 尾货 (tail): within the bottom share of the shop',
  setting_lifecycleMinPeers: 'Fewest items on a page to compare against',
} satisfies Record<`setting_${Setting}`, string>;

const OURS_NO_CUTOFF = 'OpsLens (Alimama publishes none)';
/** Where each default comes from (../shared/ADVICE-SOURCES.md). */
const sources = {
  settingSource_breakEvenAcos: 'sellerboard',
  settingSource_targetAcosGap: 'Advigator',
  settingSource_defaultConversionRate: 'Sellics (1X rule)',
  settingSource_bidClicksFactor: 'Sellics',
  settingSource_bidBand: 'Sellics step rules',
  settingSource_bidMaxRaise: 'Sellics step rules',
  settingSource_negativeClicks: 'Sellics, Merchjar',
  settingSource_harvestOrders: 'Sellics',
  settingSource_pauseClicksFactor: 'Sellics',
  settingSource_buyBoxMin: 'common practice',
  settingSource_leadTimeDays: 'ecomengine, inventoryhero',
  settingSource_safetyStockDays: 'ecomengine',
  settingSource_conversionAlpha: 'two-proportion z-test',
  settingSource_breakEvenRoi: 'ADVICE-SOURCES',
  settingSource_minQualityScore: '直通车 practice',
  settingSource_ctrLowRatio: OURS_NO_CUTOFF,
  settingSource_cartNoPayRatio: OURS_NO_CUTOFF,
  settingSource_visitorsFallingSnapshots: 'OpsLens',
  settingSource_visitorsFallMin: 'OpsLens',
  settingSource_lifecycleNewDays: 'OpsLens (Alimama PLTV names stages only)',
  settingSource_lifecycleHotShare: 'OpsLens',
  settingSource_lifecycleGrowth: 'OpsLens',
  settingSource_lifecycleDecline: 'OpsLens',
  settingSource_lifecycleTailShare: 'OpsLens',
  settingSource_lifecycleMinPeers: 'OpsLens',
} satisfies Record<`settingSource_${Setting}`, string>;

const rules = {
  rule_bid: 'Bid',
  rule_pause: 'Pause',
  rule_negative: 'Negate',
  rule_harvest: 'Harvest',
  rule_breakEven: 'Over break-even',
  rule_conversion: 'Conversion drop',
  rule_buyBox: 'Buy Box',
  rule_stock: 'Stock',
  rule_roi: 'ROI',
  rule_noSales: 'No sales',
  rule_quality: 'Quality score',
  rule_ctr: 'CTR',
  rule_cartNoPay: 'Carts, no pay',
  rule_visitorsFalling: 'Visitors falling',
  rule_lifecycle: 'Lifecycle',
} satisfies Record<`rule_${AdviceRule}`, string>;

const kinds = {
  kind_listing: 'Listing',
  kind_campaign: 'Campaign',
  kind_keyword: 'Keyword',
  kind_searchTerm: 'Search term',
  kind_competitor: 'Competitor',
} satisfies Record<`kind_${Kind}`, string>;

/** What changed on a watched product since the previous reading. */
const changes = {
  priceDown: 'Price down',
  priceUp: 'Price up',
  newReviews: 'New reviews',
  rankUp: 'Rank up',
  rankDown: 'Rank down',
  ratingChanged: 'Rating changed',
  outOfStock: 'Out of stock',
  backInStock: 'Back in stock',
} satisfies Record<ChangeKind, string>;

/** What a file to import is (the import preview). */
const importKinds = {
  importKind_backup: 'JSON backup',
  'importKind_amazon-business-report': 'Business Report',
  'importKind_amazon-search-terms': 'search term report',
  'importKind_amazon-sqp': 'Search Query Performance report',
  'importKind_sycm-items': '生意参谋 item report',
  'importKind_sycm-shop': '生意参谋 shop overview',
  importKind_unknown: 'unknown file',
} satisfies Record<`importKind_${ReportKind | 'backup' | 'unknown'}`, string>;

export const enLabels = {
  ...metrics,
  ...settings,
  ...sources,
  ...rules,
  ...kinds,
  ...changes,
  ...importKinds,
  // Why a page was not read (Extraction.reason).
  reason_captcha: 'a captcha is shown',
  'reason_sign-in': 'a sign-in page is shown',
  'reason_not-found': 'the page does not exist',
  'reason_not-a-product-page': 'not a product page',
  'reason_unsupported-url': 'this address is not supported',
  'reason_no-table': 'no table OpsLens knows is on the page',
  // Fields a reading can miss that are not metrics (Extraction.missing).
  field_marketplace: 'marketplace',
  field_period: 'report dates',
  field_metrics: 'any metric column',
  field_childAsin: 'ASIN column',
  field_keyword: 'keyword column',
  field_term: 'search term column',
  field_campaign: 'campaign column',
  field_details: 'product column',
  field_title: 'title column',
  field_sku: 'SKU column',
  field_asin: 'ASIN column',
  field_item: 'item column',
};
