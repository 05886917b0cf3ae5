import { consoleTableSteps, extractConsoleTable } from '../console-table';
import type { PageAdapter } from '../types';
import { adsSpec, onAds, scope, scopeAttrs } from './ads';
import { canonicalAddedAs, canonicalMatchType } from './ads-labels';

// Amazon Ads, one ad group's search terms (tests/fixtures/amazon/ads-search-terms) -> one `searchTerm` record each.

export const ADS_SEARCH_TERMS = adsSpec(
  'amazon.ads-search-terms',
  'searchTerm',
  ['term', 'targeting', 'matchType', 'addedAs'],
  'term',
  (row, doc, ctx) => {
    const term = row.cells.term;
    if (!term) return undefined;
    const s = scope(doc, ctx);
    const matchType = canonicalMatchType(row.cells.matchType);
    const addedAs = canonicalAddedAs(row.cells.addedAs);
    const attrs: Record<string, string> = { ...scopeAttrs(s) };
    if (row.cells.targeting) attrs.targeting = row.cells.targeting;
    if (matchType) attrs.matchType = matchType;
    if (addedAs) attrs.addedAs = addedAs;
    return { key: `${term}${s.adGroupId ? ` @${s.adGroupId}` : ''}`, label: term, attrs };
  },
);

export const amazonAdsSearchTerms: PageAdapter = {
  id: ADS_SEARCH_TERMS.id,
  columns: ADS_SEARCH_TERMS.columns,
  fields: ADS_SEARCH_TERMS.fields,
  match: (url) => onAds(url) && /\/ad-groups\/\d+\/search-terms/.test(url.pathname),
  extract: (doc, ctx) => extractConsoleTable(ADS_SEARCH_TERMS, doc, ctx),
  steps: (doc, ctx) => consoleTableSteps(ADS_SEARCH_TERMS, doc, ctx),
};
