import type { FieldSpec } from '../read-rows';
import type { ColumnDictionary } from '../table';

// Column labels of the Alibaba back-office tables (PAGE-FACTS.md, Tmall/Taobao; the fixtures under
// tests/fixtures/tmall/<page>/ and taobao/qianniu-items/). Matched exactly after normalizeLabel, which
// folds full-width brackets: `质量分（PC）` ~ `质量分(PC)`.

const m = (metric: FieldSpec['metric'], unit: FieldSpec['unit']): FieldSpec => ({ metric, unit });
const text: FieldSpec = {};

// 生意参谋 商品排行 / 商品效果.
export const SYCM_ITEM_COLUMNS = {
  item: ['商品', '商品名称', '商品信息'],
  visitors: ['商品访客数', '访客数'],
  pageViews: ['商品浏览量', '浏览量'],
  unitsOrdered: ['支付件数'],
  orders: ['支付买家数'],
  sales: ['支付金额'],
  conversionRate: ['支付转化率', '商品支付转化率'],
  addToCart: ['商品加购件数', '加购件数'],
  addToCartBuyers: ['商品加购人数', '加购人数'],
  favorites: ['商品收藏人数', '收藏人数'],
  avgOrderValue: ['客单价'],
  addToCartRate: ['访问加购转化率'],
  searchVisitors: ['搜索引导访客数'],
  placedOrderBuyers: ['下单买家数'],
} as const satisfies ColumnDictionary<string>;
export type SycmItemField = keyof typeof SYCM_ITEM_COLUMNS;
export const SYCM_ITEM_FIELDS: Record<SycmItemField, FieldSpec> = {
  item: text,
  visitors: m('visitors', 'count'),
  pageViews: m('pageViews', 'count'),
  unitsOrdered: m('unitsOrdered', 'count'),
  orders: m('orders', 'count'),
  sales: m('sales', 'money'),
  conversionRate: m('conversionRate', 'rate'),
  addToCart: m('addToCart', 'count'),
  addToCartBuyers: m('addToCartBuyers', 'count'),
  favorites: m('favorites', 'count'),
  avgOrderValue: m('avgOrderValue', 'money'),
  addToCartRate: m('addToCartRate', 'rate'),
  searchVisitors: m('searchVisitors', 'count'),
  placedOrderBuyers: m('placedOrderBuyers', 'count'),
};

// 生意参谋 商品360 流量来源 > 关键词.
export const SYCM_KEYWORD_COLUMNS = {
  keyword: ['关键词', '搜索词', '来源关键词'],
  visitors: ['访客数'],
  pageViews: ['浏览量'],
  addToCartBuyers: ['加购人数'],
  favorites: ['收藏人数'],
  placedOrderBuyers: ['下单买家数'],
  orders: ['支付买家数'],
  unitsOrdered: ['支付件数'],
  conversionRate: ['支付转化率'],
} as const satisfies ColumnDictionary<string>;
export type SycmKeywordField = keyof typeof SYCM_KEYWORD_COLUMNS;
export const SYCM_KEYWORD_FIELDS: Record<SycmKeywordField, FieldSpec> = {
  keyword: text,
  visitors: m('visitors', 'count'),
  pageViews: m('pageViews', 'count'),
  addToCartBuyers: m('addToCartBuyers', 'count'),
  favorites: m('favorites', 'count'),
  placedOrderBuyers: m('placedOrderBuyers', 'count'),
  orders: m('orders', 'count'),
  unitsOrdered: m('unitsOrdered', 'count'),
  conversionRate: m('conversionRate', 'rate'),
};

// 直通车 and 万相台 share their metric labels.
const AD_METRIC_COLUMNS = {
  impressions: ['展现量'],
  clicks: ['点击量'],
  ctr: ['点击率'],
  spend: ['花费'],
  cpc: ['平均点击花费', 'PPC'],
  conversionRate: ['点击转化率'],
  roas: ['投入产出比', '实际投产比', 'ROI'],
  sales: ['总成交金额'],
  orders: ['总成交笔数'],
  addToCart: ['总购物车数'],
  favorites: ['收藏宝贝数', '总收藏数'],
} as const;
const AD_METRIC_FIELDS = {
  impressions: m('impressions', 'count'),
  clicks: m('clicks', 'count'),
  ctr: m('ctr', 'rate'),
  spend: m('spend', 'money'),
  cpc: m('cpc', 'money'),
  conversionRate: m('conversionRate', 'rate'),
  roas: m('roas', 'ratio'),
  sales: m('sales', 'money'),
  orders: m('orders', 'count'),
  addToCart: m('addToCart', 'count'),
  favorites: m('favorites', 'count'),
};

// 直通车 推广单元 > 关键词: PC and mobile split; `qualityScore`/`bid` are the mobile ones, where most traffic is.
export const SUBWAY_KEYWORD_COLUMNS = {
  status: ['状态'],
  keyword: ['关键词'],
  qualityScorePc: ['质量分（PC）', '质量分（计算机）'],
  qualityScore: ['质量分（移动）', '质量分（无线）', '质量分'],
  rankPc: ['排名（PC）', '排名（计算机）'],
  rankMobile: ['排名（移动）', '排名（无线）'],
  bidPc: ['出价（PC）', '出价（计算机）'],
  bid: ['出价（移动）', '出价（无线）', '出价'],
  ...AD_METRIC_COLUMNS,
} as const satisfies ColumnDictionary<string>;
export type SubwayKeywordField = keyof typeof SUBWAY_KEYWORD_COLUMNS;
export const SUBWAY_KEYWORD_FIELDS: Record<SubwayKeywordField, FieldSpec> = {
  status: text,
  keyword: text,
  qualityScorePc: m('qualityScorePc', 'number'),
  qualityScore: m('qualityScore', 'number'),
  rankPc: text,
  rankMobile: text,
  bidPc: m('bidPc', 'money'),
  bid: m('bid', 'money'),
  ...AD_METRIC_FIELDS,
};

// 直通车 报表 (推广单元 or 计划 tab).
export const SUBWAY_REPORT_COLUMNS = {
  status: ['状态'],
  item: ['商品名称', '宝贝名称'],
  adGroupType: ['推广单元类型'],
  campaign: ['计划名称', '推广计划'],
  bid: ['默认出价'],
  ...AD_METRIC_COLUMNS,
} as const satisfies ColumnDictionary<string>;
export type SubwayReportField = keyof typeof SUBWAY_REPORT_COLUMNS;
export const SUBWAY_REPORT_FIELDS: Record<SubwayReportField, FieldSpec> = {
  status: text,
  item: text,
  adGroupType: text,
  campaign: text,
  bid: m('bid', 'money'),
  ...AD_METRIC_FIELDS,
};

// 万相台无界版 计划报表.
export const WANXIANGTAI_COLUMNS = {
  campaign: ['计划名称'],
  status: ['状态'],
  scene: ['营销场景'],
  netSales: ['净成交金额'],
  cpm: ['千次展现花费'],
  ...AD_METRIC_COLUMNS,
} as const satisfies ColumnDictionary<string>;
export type WanxiangtaiField = keyof typeof WANXIANGTAI_COLUMNS;
export const WANXIANGTAI_FIELDS: Record<WanxiangtaiField, FieldSpec> = {
  campaign: text,
  status: text,
  scene: text,
  netSales: m('netSales', 'money'),
  cpm: m('cpm', 'money'),
  ...AD_METRIC_FIELDS,
};

// 千牛 商品管理 > 出售中的宝贝. Price is read apart: it can be a range.
export const QIANNIU_COLUMNS = {
  item: ['商品', '宝贝名称', '商品名称'],
  price: ['价格'],
  available: ['库存'],
  cumulativeSales: ['累计销量', '总销量'],
  monthlySales: ['30日销量', '30天销量', '月销量'],
  created: ['创建时间', '发布时间'],
} as const satisfies ColumnDictionary<string>;
export type QianniuField = keyof typeof QIANNIU_COLUMNS;
export const QIANNIU_FIELDS: Record<QianniuField, FieldSpec> = {
  item: text,
  price: text,
  available: m('available', 'count'),
  cumulativeSales: m('cumulativeSales', 'count'),
  monthlySales: m('monthlySales', 'count'),
  created: text,
};

// 直通车 分时报表: one row per hour of the day (`0`, `00:00-01:00`, `0点`), the ad metrics beside it.
export const SUBWAY_HOUR_COLUMNS = {
  hour: ['小时', '时段', '时间段', '分时', '时间'],
  ...AD_METRIC_COLUMNS,
} as const satisfies ColumnDictionary<string>;
export type SubwayHourField = keyof typeof SUBWAY_HOUR_COLUMNS;
export const SUBWAY_HOUR_FIELDS: Record<SubwayHourField, FieldSpec> = { hour: text, ...AD_METRIC_FIELDS };
