import type { ColSpec } from './build';

// Amazon Ads campaign manager column labels (en / de / ja / zh): tests/fixtures/amazon/ads-*/facts.json and the
// ads label dictionary's spellings. `metric` marks the columns the readers know.

const L = (en: string, de: string, ja: string, zh: string) => ({ en, de, ja, zh });

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
