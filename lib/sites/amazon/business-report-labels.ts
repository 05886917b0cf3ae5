import type { ColumnDictionary } from '../table';

// Business Reports column headers, current and older generations, in the console languages Seller Central
// offers (PAGE-FACTS.md; tests/fixtures/amazon/business-report). Matched exactly after normalizeLabel, so the
// `- B2B` twins and the Mobile App / Browser splits never match the totals.
export const BUSINESS_REPORT_COLUMNS = {
  parentAsin: ['(Parent) ASIN', '(Übergeordnete) ASIN', '（親）ASIN', '（父）ASIN'],
  childAsin: ['(Child) ASIN', '(Untergeordnete) ASIN', '（子）ASIN', '（子）ASIN'],
  sku: ['SKU'],
  title: ['Title', 'Titel', 'タイトル', '标题', '商品名称'],
  sessions: [
    'Sessions - Total',
    'Sessions',
    'Sitzungen - Summe',
    'Sitzungen',
    'セッション数 - 合計',
    'セッション',
    '会话数 - 总计',
    '会话数',
  ],
  pageViews: [
    'Page Views - Total',
    'Page Views',
    'Seitenaufrufe - Summe',
    'Seitenaufrufe',
    'ページビュー - 合計',
    'ページビュー',
    '页面浏览量 - 总计',
    '页面浏览量',
  ],
  buyBoxPct: [
    'Featured Offer (Buy Box) Percentage',
    'Buy Box Percentage',
    'Prozentsatz für Einkaufswagenfeld',
    'Prozentsatz des Einkaufswagenfelds',
    'おすすめ出品（おすすめ商品）の獲得率',
    'カートボックス獲得率',
    '推荐报价（推荐报价展示位）百分比',
    '购买按钮赢得率',
  ],
  unitsOrdered: ['Units Ordered', 'Bestellte Einheiten', '注文された商品点数', '已订购商品数量'],
  conversionRate: [
    'Unit Session Percentage',
    'Prozentsatz an Einheiten pro Sitzung',
    'ユニットセッション率',
    '商品会话百分比',
  ],
  sales: [
    'Ordered Product Sales',
    'Durch bestellte Produkte erzielter Umsatz',
    '注文商品の売上額',
    '已订购商品销售额',
  ],
  orders: ['Total Order Items', 'Zahl der Bestellposten', '注文品目総数', '订单商品总数'],
} as const satisfies ColumnDictionary<string>;

export type BusinessReportField = keyof typeof BUSINESS_REPORT_COLUMNS;
