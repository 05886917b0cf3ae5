import { formatCount, formatMoney, formatRate } from '../lib/format';
import type { Lang } from '../lib/i18n';
import { METRICS, type MetricName } from '../lib/model/metrics';

const LABELS: Partial<Record<MetricName, [string, string]>> = {
  price: ['Price', '价格'],
  listPrice: ['List price', '原价'],
  sales: ['Sales', '销售额'],
  spend: ['Spend', '花费'],
  cpc: ['CPC', '平均点击花费'],
  bid: ['Bid', '出价'],
  sessions: ['Sessions', '会话数'],
  visitors: ['Visitors', '访客数'],
  pageViews: ['Page views', '浏览量'],
  unitsOrdered: ['Units ordered', '支付件数'],
  orders: ['Orders', '订单数'],
  impressions: ['Impressions', '展现量'],
  clicks: ['Clicks', '点击量'],
  ctr: ['CTR', '点击率'],
  conversionRate: ['Conversion', '转化率'],
  buyBoxPct: ['Buy Box', '购物车占比'],
  acos: ['ACoS', 'ACoS'],
  roas: ['ROAS', '投入产出比'],
  addToCart: ['Add to cart', '加购件数'],
  favorites: ['Favorites', '收藏人数'],
  available: ['Available', '可售库存'],
  inbound: ['Inbound', '在途'],
  reviewCount: ['Reviews', '评价数'],
  rating: ['Rating', '评分'],
  bsr: ['Best Sellers Rank', '畅销排名'],
  monthlySales: ['Monthly sales', '月销量'],
  qualityScore: ['Quality score', '质量分'],
  imageCount: ['Images', '图片数'],
};

export function metricLabel(m: MetricName, lang: Lang): string {
  const l = LABELS[m];
  return l ? l[lang === 'zh' ? 1 : 0] : m;
}

export function formatMetric(m: MetricName, v: number, currency: string | undefined, lang: Lang): string {
  switch (METRICS[m]) {
    case 'money':
      return formatMoney(v, currency, lang);
    case 'rate':
      return formatRate(v, lang);
    case 'rank':
      return `#${formatCount(v, lang)}`;
    case 'ratio':
    case 'rating':
    case 'score':
      return v.toFixed(2).replace(/\.?0+$/, '');
    default:
      return formatCount(v, lang);
  }
}
