// The label -> metric maps of the Alibaba back-office pages, by fixture: the data dictionary's names
// (../shared/DATA-DICTIONARY.md plus those issue 4 adds) for each column label, written independently of the
// adapters' label files (tests/unit/tmall-console.test.ts uses them as its oracle).

const AD_METRICS: Record<string, string> = {
  展现量: 'impressions',
  点击量: 'clicks',
  点击率: 'ctr',
  花费: 'spend',
  平均点击花费: 'cpc',
  点击转化率: 'conversionRate',
  投入产出比: 'roas',
  实际投产比: 'roas',
  总成交金额: 'sales',
  总成交笔数: 'orders',
  总购物车数: 'addToCart',
  收藏宝贝数: 'favorites',
};
export const MAPS: Record<string, Record<string, string>> = {
  'tmall/sycm-items/item-rank.html': {
    商品访客数: 'visitors',
    商品浏览量: 'pageViews',
    支付件数: 'unitsOrdered',
    支付买家数: 'orders',
    支付金额: 'sales',
    支付转化率: 'conversionRate',
    商品加购件数: 'addToCart',
    商品收藏人数: 'favorites',
    客单价: 'avgOrderValue',
    访问加购转化率: 'addToCartRate',
    搜索引导访客数: 'searchVisitors',
  },
  'tmall/sycm-keywords/keywords.html': {
    访客数: 'visitors',
    浏览量: 'pageViews',
    加购人数: 'addToCartBuyers',
    收藏人数: 'favorites',
    下单买家数: 'placedOrderBuyers',
    支付买家数: 'orders',
    支付转化率: 'conversionRate',
  },
  'tmall/subway-keywords/keywords.html': {
    '质量分（PC）': 'qualityScorePc',
    '质量分（移动）': 'qualityScore',
    '出价（PC）': 'bidPc',
    '出价（移动）': 'bid',
    ...AD_METRICS,
  },
  'tmall/subway-report/report.html': { 默认出价: 'bid', ...AD_METRICS },
  'tmall/wanxiangtai-plans/plans.html': { 净成交金额: 'netSales', 千次展现花费: 'cpm', ...AD_METRICS },
  'taobao/qianniu-items/on-sale.html': {
    库存: 'available',
    累计销量: 'cumulativeSales',
    '30日销量': 'monthlySales',
  },
};
