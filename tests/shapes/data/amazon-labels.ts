import type { ColSpec } from './build';

// Column labels of the Amazon console pages in en / de / ja / zh, as the existing fixtures
// (tests/fixtures/amazon/facts.json) and PAGE-FACTS.md give them. `metric` is set only where the readers'
// label dictionaries know the column: the other columns are rendered (real pages have them) but not expected.

const L = (en: string, de: string, ja: string, zh: string) => ({ en, de, ja, zh });

export const BUSINESS_REPORT_COLS: ColSpec[] = [
  {
    id: 'parent',
    labels: L('(Parent) ASIN', '(Übergeordnete) ASIN', '（親）ASIN', '（父）ASIN'),
    kind: 'text',
    width: 120,
  },
  {
    id: 'child',
    labels: L('(Child) ASIN', '(Untergeordnete) ASIN', '（子）ASIN', '（子）ASIN'),
    kind: 'key',
    width: 130,
  },
  { id: 'title', labels: L('Title', 'Titel', 'タイトル', '标题'), kind: 'text', width: 300 },
  {
    id: 'sessMobile',
    labels: L(
      'Sessions - Mobile App',
      'Sitzungen – mobile App',
      'セッション数 - モバイルアプリ',
      '会话数 - 移动应用',
    ),
    kind: 'num',
    unit: 'count',
    group: L('Traffic', 'Zugriffe', 'トラフィック', '流量'),
  },
  {
    id: 'sessBrowser',
    labels: L('Sessions - Browser', 'Sitzungen – Browser', 'セッション数 - ブラウザ', '会话数 - 浏览器'),
    kind: 'num',
    unit: 'count',
    group: L('Traffic', 'Zugriffe', 'トラフィック', '流量'),
  },
  {
    id: 'sessions',
    labels: L('Sessions - Total', 'Sitzungen – Summe', 'セッション数 - 合計', '会话数 - 总计'),
    kind: 'num',
    unit: 'count',
    metric: 'sessions',
    group: L('Traffic', 'Zugriffe', 'トラフィック', '流量'),
    help: L(
      'Sessions are visits to your Amazon.com pages by a user. Page Views are counted separately.',
      'Sitzungen sind Besuche Ihrer Seiten. Seitenaufrufe werden getrennt gezählt.',
      'セッション数はユーザーによる訪問数です。ページビューは別に数えます。',
      '会话数是用户的访问次数。页面浏览量单独统计。',
    ),
  },
  {
    id: 'sessB2b',
    labels: L(
      'Sessions - Total - B2B',
      'Sitzungen – Summe – B2B',
      'セッション数 - 合計 - B2B',
      '会话 - 总计 - B2B',
    ),
    kind: 'num',
    unit: 'count',
    group: L('Traffic', 'Zugriffe', 'トラフィック', '流量'),
  },
  {
    id: 'sessPct',
    labels: L('Session Percentage - Total', 'Sitzungsanteil – Summe', 'セッション率 - 合計', '转化率 - 总计'),
    kind: 'num',
    unit: 'rate',
    group: L('Traffic', 'Zugriffe', 'トラフィック', '流量'),
  },
  {
    id: 'pageViews',
    labels: L('Page Views - Total', 'Seitenaufrufe – Summe', 'ページビュー - 合計', '页面浏览量 - 总计'),
    kind: 'num',
    unit: 'count',
    metric: 'pageViews',
    group: L('Traffic', 'Zugriffe', 'トラフィック', '流量'),
  },
  {
    id: 'pvPct',
    labels: L(
      'Page Views Percentage - Total',
      'Seitenaufrufanteil – Summe',
      'ページビュー率 - 合計',
      '页面浏览量百分比 - 总计',
    ),
    kind: 'num',
    unit: 'rate',
    group: L('Traffic', 'Zugriffe', 'トラフィック', '流量'),
  },
  {
    id: 'buyBox',
    labels: L(
      'Featured Offer (Buy Box) Percentage',
      'Prozentsatz für Einkaufswagenfeld',
      'おすすめ出品（おすすめ商品）の獲得率',
      '推荐报价（推荐报价展示位）百分比',
    ),
    kind: 'num',
    unit: 'rate',
    metric: 'buyBoxPct',
    group: L('Conversion', 'Konversion', 'コンバージョン', '转化'),
  },
  {
    id: 'units',
    labels: L('Units Ordered', 'Bestellte Einheiten', '注文された商品点数', '已订购商品数量'),
    kind: 'num',
    unit: 'count',
    metric: 'unitsOrdered',
    group: L('Conversion', 'Konversion', 'コンバージョン', '转化'),
  },
  {
    id: 'unitsB2b',
    labels: L('Units Ordered - B2B', 'Bestellte Einheiten – B2B', '注文点数 - B2B', '已订购商品数量 - B2B'),
    kind: 'num',
    unit: 'count',
    group: L('Conversion', 'Konversion', 'コンバージョン', '转化'),
  },
  {
    id: 'conv',
    labels: L(
      'Unit Session Percentage',
      'Prozentsatz an Einheiten pro Sitzung',
      'ユニットセッション率',
      '商品会话百分比',
    ),
    kind: 'num',
    unit: 'rate',
    metric: 'conversionRate',
    group: L('Conversion', 'Konversion', 'コンバージョン', '转化'),
    help: L(
      'Units Ordered divided by Sessions - Total.',
      'Bestellte Einheiten geteilt durch Sitzungen – Summe.',
      '注文された商品点数をセッション数 - 合計で割った値。',
      '已订购商品数量除以会话数 - 总计。',
    ),
  },
  {
    id: 'sales',
    labels: L(
      'Ordered Product Sales',
      'Durch bestellte Produkte erzielter Umsatz',
      '注文商品の売上額',
      '已订购商品销售额',
    ),
    kind: 'num',
    unit: 'money',
    metric: 'sales',
    group: L('Sales', 'Umsatz', '売上', '销售'),
  },
  {
    id: 'salesB2b',
    labels: L(
      'Ordered Product Sales - B2B',
      'Bestellsumme – B2B',
      '注文商品の売上額 - B2B',
      '已订购商品销售额 - B2B',
    ),
    kind: 'num',
    unit: 'money',
    group: L('Sales', 'Umsatz', '売上', '销售'),
  },
  {
    id: 'orders',
    labels: L('Total Order Items', 'Zahl der Bestellposten', '注文品目総数', '订单商品总数'),
    kind: 'num',
    unit: 'count',
    metric: 'orders',
    group: L('Sales', 'Umsatz', '売上', '销售'),
  },
];

export const INVENTORY_COLS: ColSpec[] = [
  { id: 'select', labels: { '*': '' }, kind: 'select' },
  { id: 'status', labels: L('Status', 'Status', 'ステータス', '状态'), kind: 'text', width: 100 },
  { id: 'image', labels: L('Image', 'Bild', '画像', '图片'), kind: 'text', width: 70 },
  {
    id: 'details',
    labels: L('Product details', 'Produktdetails', '商品詳細', '商品详情'),
    kind: 'key',
    width: 340,
  },
  {
    id: 'created',
    labels: L('Date created', 'Erstellungsdatum', '作成日', '创建日期'),
    kind: 'text',
    width: 120,
  },
  {
    id: 'available',
    labels: L('Available', 'Verfügbar', '在庫あり', '可售'),
    kind: 'num',
    unit: 'count',
    metric: 'available',
    group: L('Inventory', 'Bestand', '在庫', '库存'),
  },
  {
    id: 'reserved',
    labels: L('Reserved', 'Reserviert', '予約済み', '预留'),
    kind: 'num',
    unit: 'count',
    group: L('Inventory', 'Bestand', '在庫', '库存'),
  },
  {
    id: 'inbound',
    labels: L('Inbound', 'Eingehend', '入荷予定', '入库'),
    kind: 'num',
    unit: 'count',
    metric: 'inbound',
    group: L('Inventory', 'Bestand', '在庫', '库存'),
  },
  {
    id: 'price',
    labels: L('Price + shipping', 'Preis + Versand', '価格 + 配送料', '价格 + 配送费'),
    kind: 'num',
    unit: 'money',
    metric: 'price',
    group: L('Pricing', 'Preise', '価格設定', '定价'),
  },
  {
    id: 'fee',
    labels: L('Fee preview', 'Gebührenvorschau', '手数料見積り', '费用预览'),
    kind: 'num',
    unit: 'money',
    group: L('Pricing', 'Preise', '価格設定', '定价'),
  },
  {
    id: 'fulfilled',
    labels: L('Fulfilled by', 'Versand durch', 'フルフィルメント', '配送方'),
    kind: 'text',
    width: 110,
  },
  { id: 'action', labels: { '*': '' }, kind: 'action', width: 130 },
];

const ADS_METRICS: ColSpec[] = [
  ['impressions', 'count', L('Impressions', 'Impressionen', 'インプレッション', '展示量')],
  ['clicks', 'count', L('Clicks', 'Klicks', 'クリック数', '点击量')],
  ['ctr', 'rate', L('CTR', 'Klickrate (CTR)', 'クリック率 (CTR)', '点击率 (CTR)')],
  ['spend', 'money', L('Spend', 'Ausgaben', '広告費', '支出')],
  ['cpc', 'money', L('CPC', 'Kosten pro Klick (CPC)', 'クリック単価 (CPC)', '每次点击费用 (CPC)')],
  ['orders', 'count', L('Orders', 'Bestellungen', '注文数', '订单数')],
  ['sales', 'money', L('Sales', 'Umsatz', '売上', '销售额')],
  ['acos', 'rate', L('ACOS', 'ACOS', 'ACOS', 'ACOS')],
  ['roas', 'ratio', L('ROAS', 'ROAS', 'ROAS', 'ROAS')],
].map(([id, unit, labels]) => ({
  id: id as string,
  labels: labels as Record<string, string>,
  kind: 'num' as const,
  unit: unit as ColSpec['unit'],
  metric: id as string,
  group: ['impressions', 'clicks', 'ctr'].includes(id as string)
    ? L('Traffic', 'Zugriffe', 'トラフィック', '流量')
    : L('Performance', 'Leistung', 'パフォーマンス', '效果'),
  ...(id === 'acos'
    ? {
        help: L(
          'Advertising cost of sales: Spend divided by Sales.',
          'Werbekosten zu Umsatz: Ausgaben geteilt durch Umsatz.',
          '売上高広告費比率：広告費を売上で割った値。',
          '广告投入产出比：支出除以销售额。',
        ),
      }
    : {}),
}));

const TOGGLE: ColSpec = { id: 'select', labels: { '*': '' }, kind: 'select' };
const ACTIVE: ColSpec = {
  id: 'active',
  labels: L('Active', 'Aktiv', '有効', '有效'),
  kind: 'text',
  width: 70,
};
const STATUS: ColSpec = {
  id: 'status',
  labels: L('Status', 'Status', 'ステータス', '状态'),
  kind: 'text',
  width: 110,
};

export const ADS_CAMPAIGN_COLS: ColSpec[] = [
  TOGGLE,
  ACTIVE,
  { id: 'name', labels: L('Campaigns', 'Kampagnen', 'キャンペーン', '广告活动'), kind: 'key', width: 260 },
  STATUS,
  { id: 'type', labels: L('Type', 'Typ', 'タイプ', '类型'), kind: 'text', width: 150 },
  {
    id: 'targeting',
    labels: L('Targeting', 'Ausrichtung', 'ターゲティング', '投放'),
    kind: 'text',
    width: 100,
  },
  { id: 'budget', labels: L('Budget', 'Budget', '予算', '预算'), kind: 'num', unit: 'money', width: 100 },
  ...ADS_METRICS,
];

export const ADS_KEYWORD_COLS: ColSpec[] = [
  TOGGLE,
  ACTIVE,
  { id: 'keyword', labels: L('Keyword', 'Keyword', 'キーワード', '关键词'), kind: 'key', width: 240 },
  {
    id: 'match',
    labels: L('Match type', 'Übereinstimmungstyp', 'マッチタイプ', '匹配类型'),
    kind: 'text',
    width: 110,
  },
  STATUS,
  {
    id: 'suggested',
    labels: L('Suggested bid', 'Vorgeschlagenes Gebot', '推奨入札額', '建议竞价'),
    kind: 'text',
    width: 150,
  },
  {
    id: 'bid',
    labels: L('Bid', 'Gebot', '入札額', '竞价'),
    kind: 'num',
    unit: 'money',
    metric: 'bid',
    width: 100,
  },
  ...ADS_METRICS,
];

export const ADS_TERM_COLS: ColSpec[] = [
  {
    id: 'term',
    labels: L('Customer search term', 'Suchbegriff des Kunden', 'カスタマーの検索ワード', '客户搜索词'),
    kind: 'key',
    width: 240,
  },
  {
    id: 'targeting',
    labels: L('Targeting', 'Ausrichtung', 'ターゲティング', '投放'),
    kind: 'text',
    width: 180,
  },
  {
    id: 'match',
    labels: L('Match type', 'Übereinstimmungstyp', 'マッチタイプ', '匹配类型'),
    kind: 'text',
    width: 110,
  },
  { id: 'addedAs', labels: L('Added as', 'Hinzugefügt als', '追加済み', '添加为'), kind: 'text', width: 110 },
  ...ADS_METRICS,
];

export const MATCH_TYPES: Record<string, [string, string, string]> = {
  en: ['Exact', 'Phrase', 'Broad'],
  de: ['Genau', 'Wortgruppe', 'Weitgehend'],
  ja: ['完全一致', 'フレーズ一致', '部分一致'],
  zh: ['精准', '词组', '广泛'],
};
export const MATCH_KEYS = ['EXACT', 'PHRASE', 'BROAD'] as const;
