import type { ColumnDictionary } from '../table';

// Amazon Ads campaign manager grid headers (EN, DE, JA, ZH). The live grids have also been reported to say
// "Total cost" and "Purchases" for Spend and Orders: both are accepted.
export const ADS_METRIC_COLUMNS = {
  impressions: ['Impressions', 'Impressionen', 'インプレッション', '展示量', '曝光量'],
  clicks: ['Clicks', 'Klicks', 'クリック', 'クリック数', '点击量', '点击次数'],
  ctr: [
    'CTR',
    'Click-thru rate (CTR)',
    'Click-through rate (CTR)',
    'Klickrate (CTR)',
    'クリック率 (CTR)',
    '点击率 (CTR)',
    '点击率',
  ],
  spend: ['Spend', 'Total cost', 'Ausgaben', 'Gesamtkosten', '広告費', '支出', '花费'],
  cpc: [
    'CPC',
    'Cost per click (CPC)',
    'Kosten pro Klick (CPC)',
    'クリック単価 (CPC)',
    '每次点击费用 (CPC)',
    '每次点击费用',
  ],
  orders: ['Orders', 'Purchases', 'Bestellungen', 'Käufe', '注文', '注文数', '订单', '订单数'],
  sales: ['Sales', 'Umsatz', '売上', '売上額', '销售额'],
  acos: ['ACOS', 'ACoS', 'Total ACOS'],
  roas: ['ROAS', 'Total ROAS'],
} as const satisfies ColumnDictionary<string>;

export const ADS_TEXT_COLUMNS = {
  campaign: ['Campaigns', 'Campaign', 'Campaign name', 'Kampagnen', 'Kampagne', 'キャンペーン', '广告活动'],
  keyword: ['Keyword', 'Keywords', 'キーワード', '关键词'],
  term: [
    'Customer search term',
    'Search term',
    'Suchbegriff des Kunden',
    'カスタマーの検索ワード',
    '客户搜索词',
    '买家搜索词',
  ],
  targeting: ['Targeting', 'Ausrichtung', 'ターゲティング', '投放'],
  matchType: ['Match type', 'Übereinstimmungstyp', 'マッチタイプ', '匹配类型'],
  addedAs: ['Added as', 'Hinzugefügt als', '追加済み', '添加为'],
  status: ['Status', 'ステータス', '状态'],
  type: ['Type', 'Typ', 'タイプ', '类型'],
  bid: ['Bid', 'Gebot', '入札額', '竞价'],
  budget: ['Budget', '予算', '预算'],
} as const satisfies ColumnDictionary<string>;

/** Match types in the console languages, folded to the report file's spelling. */
export function canonicalMatchType(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const t = text.toLowerCase();
  if (/^(exact|genau|完全一致|精准|精确)$/.test(t)) return 'EXACT';
  if (/^(phrase|wortgruppe|フレーズ一致|词组)$/.test(t)) return 'PHRASE';
  if (/^(broad|weitgehend|部分一致|广泛)$/.test(t)) return 'BROAD';
  return text.toUpperCase();
}

/** "Added as" in the console languages: the search term is already a keyword, or a negative. */
export function canonicalAddedAs(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const t = text.toLowerCase();
  if (/negativ|否定/.test(t)) return 'negative';
  if (/keyword|キーワード|关键词/.test(t)) return 'keyword';
  return undefined;
}
