import { consoleTableSteps, extractConsoleTable } from '../console-table';
import type { PageAdapter } from '../types';
import { adsSpec, onAds, scope, scopeAttrs } from './ads';
import { canonicalMatchType } from './ads-labels';

// Amazon Ads, one ad group's keywords and targets (tests/fixtures/amazon/ads-keywords) -> one `keyword` record each.

export const ADS_KEYWORDS = adsSpec(
  'amazon.ads-keywords',
  'keyword',
  ['keyword', 'matchType', 'status', 'bid'],
  'keyword',
  (row, doc, ctx) => {
    const text = row.cells.keyword;
    if (!text) return undefined;
    const s = scope(doc, ctx);
    const matchType = canonicalMatchType(row.cells.matchType);
    const attrs = {
      ...scopeAttrs(s),
      ...(matchType ? { matchType } : {}),
      ...(row.cells.status ? { status: row.cells.status } : {}),
    };
    // The same keyword text lives in many ad groups: the ad group is part of its identity.
    const key = `${text} [${matchType ?? '?'}]${s.adGroupId ? ` @${s.adGroupId}` : ''}`;
    return { key, label: text, attrs };
  },
);

export const amazonAdsKeywords: PageAdapter = {
  id: ADS_KEYWORDS.id,
  columns: ADS_KEYWORDS.columns,
  fields: ADS_KEYWORDS.fields,
  match: (url) => onAds(url) && /\/ad-groups\/\d+\/(targeting|keywords)/.test(url.pathname),
  extract: (doc, ctx) => extractConsoleTable(ADS_KEYWORDS, doc, ctx),
  steps: (doc, ctx) => consoleTableSteps(ADS_KEYWORDS, doc, ctx),
};
