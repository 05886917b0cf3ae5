import type { ColSpec } from './build';

// Column labels of the Alibaba back-office tables (PAGE-FACTS.md; tests/fixtures/{tmall,taobao}/<page>/facts.json).
// `metric` is the data-dictionary name where the readers know the column; other columns are drawn but not expected.

type Num = [id: string, label: string, unit: ColSpec['unit'], metric?: string, group?: string];

const nums = (list: Num[]): ColSpec[] =>
  list.map(([id, label, unit, metric, group]) => ({
    id,
    labels: { '*': label },
    kind: 'num' as const,
    unit,
    ...(metric ? { metric } : {}),
    ...(group ? { group: { '*': group } } : {}),
  }));

const sel: ColSpec = { id: 'select', labels: { '*': '' }, kind: 'select' };
const op = (label = '操作'): ColSpec => ({
  id: 'action',
  labels: { '*': label },
  kind: 'action',
  width: 120,
});

export const SYCM_ITEM_COLS: ColSpec[] = [
  { id: 'item', labels: { '*': '商品' }, kind: 'key', width: 320 },
  ...nums([
    ['visitors', '商品访客数', 'count', 'visitors', '流量'],
    ['pv', '商品浏览量', 'count', 'pageViews', '流量'],
    ['microVisitors', '商品微详情访客数', 'count', undefined, '流量'],
    ['search', '搜索引导访客数', 'count', 'searchVisitors', '流量'],
    ['units', '支付件数', 'count', 'unitsOrdered', '转化'],
    ['buyers', '支付买家数', 'count', 'orders', '转化'],
    ['sales', '支付金额', 'money', 'sales', '转化'],
    ['conv', '支付转化率', 'rate', 'conversionRate', '转化'],
    ['aov', '客单价', 'money', 'avgOrderValue', '转化'],
    ['cart', '商品加购件数', 'count', 'addToCart', '意向'],
    ['cartBuyers', '商品加购人数', 'count', 'addToCartBuyers', '意向'],
    ['fav', '商品收藏人数', 'count', 'favorites', '意向'],
    ['cartRate', '访问加购转化率', 'rate', 'addToCartRate', '意向'],
  ]),
  op(),
];

export const SYCM_KEYWORD_COLS: ColSpec[] = [
  { id: 'keyword', labels: { '*': '关键词' }, kind: 'key', width: 200 },
  ...nums([
    ['visitors', '访客数', 'count', 'visitors', '流量'],
    ['pv', '浏览量', 'count', 'pageViews', '流量'],
    ['bounce', '跳失率', 'rate', undefined, '流量'],
    ['cartBuyers', '加购人数', 'count', 'addToCartBuyers', '意向'],
    ['fav', '收藏人数', 'count', 'favorites', '意向'],
    ['placed', '下单买家数', 'count', 'placedOrderBuyers', '成交'],
    ['buyers', '支付买家数', 'count', 'orders', '成交'],
    ['conv', '支付转化率', 'rate', 'conversionRate', '成交'],
  ]),
];

const AD_METRICS: Num[] = [
  ['impressions', '展现量', 'count', 'impressions', '基础指标'],
  ['clicks', '点击量', 'count', 'clicks', '基础指标'],
  ['ctr', '点击率', 'rate', 'ctr', '基础指标'],
  ['spend', '花费', 'money', 'spend', '基础指标'],
  ['cpc', '平均点击花费', 'money', 'cpc', '基础指标'],
  ['conv', '点击转化率', 'rate', 'conversionRate', '成交指标'],
  ['roas', '投入产出比', 'ratio', 'roas', '成交指标'],
  ['sales', '总成交金额', 'money', 'sales', '成交指标'],
  ['orders', '总成交笔数', 'count', 'orders', '成交指标'],
];

export const SUBWAY_KEYWORD_COLS: ColSpec[] = [
  sel,
  { id: 'status', labels: { '*': '状态' }, kind: 'text', width: 80 },
  { id: 'keyword', labels: { '*': '关键词' }, kind: 'key', width: 200 },
  ...nums([
    ['qsPc', '质量分（PC）', 'score', 'qualityScorePc', '质量分'],
    ['qs', '质量分（移动）', 'score', 'qualityScore', '质量分'],
  ]),
  { id: 'rankPc', labels: { '*': '排名（PC）' }, kind: 'text', width: 100, group: { '*': '排名' } },
  { id: 'rankMobile', labels: { '*': '排名（移动）' }, kind: 'text', width: 100, group: { '*': '排名' } },
  ...nums([
    ['bidPc', '出价（PC）', 'money', 'bidPc', '出价'],
    ['bid', '出价（移动）', 'money', 'bid', '出价'],
    ...AD_METRICS,
  ]),
];

export const SUBWAY_REPORT_COLS: ColSpec[] = [
  { id: 'status', labels: { '*': '状态' }, kind: 'text', width: 80 },
  { id: 'item', labels: { '*': '商品名称' }, kind: 'key', width: 300 },
  { id: 'type', labels: { '*': '推广单元类型' }, kind: 'text', width: 110 },
  { id: 'campaign', labels: { '*': '计划名称' }, kind: 'text', width: 180 },
  ...nums([['bid', '默认出价', 'money', 'bid', '出价'], ...AD_METRICS]),
];

export const WANXIANGTAI_COLS: ColSpec[] = [
  sel,
  { id: 'campaign', labels: { '*': '计划名称' }, kind: 'key', width: 280 },
  { id: 'status', labels: { '*': '状态' }, kind: 'text', width: 80 },
  { id: 'scene', labels: { '*': '营销场景' }, kind: 'text', width: 120 },
  ...nums([
    ['spend', '花费', 'money', 'spend', '花费'],
    ['netSales', '净成交金额', 'money', 'netSales', '成交'],
    ['sales', '总成交金额', 'money', 'sales', '成交'],
    ['roas', '实际投产比', 'ratio', 'roas', '成交'],
    ['impressions', '展现量', 'count', 'impressions', '流量'],
    ['clicks', '点击量', 'count', 'clicks', '流量'],
    ['ctr', '点击率', 'rate', 'ctr', '流量'],
    ['cpc', '平均点击花费', 'money', 'cpc', '花费'],
    ['cpm', '千次展现花费', 'money', 'cpm', '花费'],
    ['orders', '总成交笔数', 'count', 'orders', '成交'],
    ['conv', '点击转化率', 'rate', 'conversionRate', '成交'],
    ['cart', '总购物车数', 'count', 'addToCart', '意向'],
    ['fav', '收藏宝贝数', 'count', 'favorites', '意向'],
  ]),
];

export const QIANNIU_COLS: ColSpec[] = [
  sel,
  { id: 'item', labels: { '*': '商品' }, kind: 'key', width: 340 },
  { id: 'price', labels: { '*': '价格' }, kind: 'text', width: 140 },
  ...nums([
    ['stock', '库存', 'count', 'available'],
    ['total', '累计销量', 'count', 'cumulativeSales'],
    ['month', '30日销量', 'count', 'monthlySales'],
  ]),
  { id: 'created', labels: { '*': '创建时间' }, kind: 'text', width: 150 },
  op(),
];
