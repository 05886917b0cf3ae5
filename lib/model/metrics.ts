// The metric vocabulary of ../shared/DATA-DICTIONARY.md, in code. Units drive validation, formatting and export.

export type MetricUnit = 'money' | 'count' | 'rate' | 'ratio' | 'rank' | 'rating' | 'score';

export const METRICS = {
  price: 'money',
  listPrice: 'money',
  sales: 'money',
  spend: 'money',
  cpc: 'money',
  bid: 'money',
  sessions: 'count',
  visitors: 'count',
  pageViews: 'count',
  unitsOrdered: 'count',
  orders: 'count',
  impressions: 'count',
  clicks: 'count',
  ctr: 'rate',
  conversionRate: 'rate',
  buyBoxPct: 'rate',
  acos: 'rate',
  roas: 'ratio',
  addToCart: 'count',
  favorites: 'count',
  available: 'count',
  inbound: 'count',
  reviewCount: 'count',
  rating: 'rating',
  bsr: 'rank',
  monthlySales: 'count',
  qualityScore: 'score',
  imageCount: 'count',
  qualityScorePc: 'score',
  bidPc: 'money',
  serviceScore: 'rating',
  shippingScore: 'rating',
  netSales: 'money',
  cpm: 'money',
  avgOrderValue: 'money',
  addToCartRate: 'rate',
  searchVisitors: 'count',
  addToCartBuyers: 'count',
  placedOrderBuyers: 'count',
  cumulativeSales: 'count',
  // Brand Analytics Search Query Performance (market-wide figures beside the brand's own).
  searchVolume: 'count',
  marketImpressions: 'count',
  marketClicks: 'count',
  marketCartAdds: 'count',
  marketPurchases: 'count',
  impressionShare: 'rate',
  clickShare: 'rate',
  cartAddShare: 'rate',
  purchaseShare: 'rate',
} as const satisfies Record<string, MetricUnit>;

export type MetricName = keyof typeof METRICS;
export const METRIC_NAMES = Object.keys(METRICS) as MetricName[];

export function isMetricName(name: string): name is MetricName {
  return Object.hasOwn(METRICS, name);
}

/** Whether a value is admissible for a metric of this unit: the last line of defence against wrong numbers. */
export function validMetricValue(unit: MetricUnit, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  switch (unit) {
    case 'money':
      return value >= 0;
    case 'count':
      return Number.isInteger(value) && value >= 0;
    case 'rank':
      return Number.isInteger(value) && value >= 1;
    case 'rate':
    case 'ratio':
      return value >= 0;
    case 'rating':
      return value >= 0 && value <= 5;
    case 'score':
      return value >= 0 && value <= 10;
  }
}
