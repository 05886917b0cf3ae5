import type { Kind } from '../../model';
import { type ConsoleTableSpec, extractConsoleTable } from '../console-table';
import { type FieldSpec, type RowDraft, rowParts } from '../read-rows';
import type { PageAdapter } from '../types';
import { ADS_METRIC_COLUMNS, ADS_TEXT_COLUMNS, canonicalAddedAs, canonicalMatchType } from './ads-labels';
import { amazonMarketOrAsk, amazonPeriodOrAsk } from './console-context';
import { sellerCentralSignedOut } from './seller-central';

// Amazon Ads campaign manager: campaigns, an ad group's keywords/targets, and its search terms.
// One grid per page; the app re-renders it without changing the URL (tests/fixtures/amazon/ads).

const ADS_HOST = /^advertising\.amazon\.(com|ca|co\.uk|de|fr|it|es|co\.jp)$/;
const CAMPAIGN_PATH = /\/cm\/(?:sp|sb|sd)\/campaigns\/(\d+)/;
const AD_GROUP_PATH = /\/ad-groups\/(\d+)/;

type MetricField = keyof typeof ADS_METRIC_COLUMNS;
type TextField = keyof typeof ADS_TEXT_COLUMNS;
type Field = MetricField | TextField;

const METRIC_FIELDS: Record<MetricField, FieldSpec> = {
  impressions: { metric: 'impressions', unit: 'count' },
  clicks: { metric: 'clicks', unit: 'count' },
  ctr: { metric: 'ctr', unit: 'rate' },
  spend: { metric: 'spend', unit: 'money' },
  cpc: { metric: 'cpc', unit: 'money' },
  orders: { metric: 'orders', unit: 'count' },
  sales: { metric: 'sales', unit: 'money' },
  acos: { metric: 'acos', unit: 'rate' },
  roas: { metric: 'roas', unit: 'ratio' },
};

function fields(
  text: TextField[],
  extra: Partial<Record<TextField, FieldSpec>> = {},
): Record<Field, FieldSpec> {
  const out = { ...METRIC_FIELDS } as Record<Field, FieldSpec>;
  for (const t of text) out[t] = extra[t] ?? {};
  return out;
}

function columns(text: TextField[]) {
  const out: Record<string, readonly string[]> = { ...ADS_METRIC_COLUMNS };
  for (const t of text) out[t] = ADS_TEXT_COLUMNS[t];
  return out as Record<Field, readonly string[]>;
}

/** Campaign and ad group of a drill-down page, from the URL and the breadcrumb links. */
function readScope(doc: Document, url: URL) {
  const campaignId = CAMPAIGN_PATH.exec(url.pathname)?.[1];
  const adGroupId = AD_GROUP_PATH.exec(url.pathname)?.[1];
  const links = Array.from(
    doc.querySelectorAll('nav[aria-label="breadcrumb" i] a, [data-e2e-id="breadcrumb"] a'),
  );
  const nameOf = (test: (href: string) => boolean) =>
    links.find((a) => test(a.getAttribute('href') ?? ''))?.textContent?.trim() || undefined;
  return {
    campaignId,
    adGroupId,
    campaign: campaignId
      ? nameOf((h) => h.includes(`campaigns/${campaignId}`) && !/ad-groups\/\d/.test(h))
      : undefined,
    adGroup: adGroupId ? nameOf((h) => h.includes(`ad-groups/${adGroupId}`)) : undefined,
  };
}

// Rows of one page share its campaign and ad group: read the breadcrumb once per extraction, not per row.
const scopes = new WeakMap<object, ReturnType<typeof readScope>>();
function scope(doc: Document, ctx: { url: URL }) {
  let s = scopes.get(ctx);
  if (!s) {
    s = readScope(doc, ctx.url);
    scopes.set(ctx, s);
  }
  return s;
}

function scopeAttrs(s: ReturnType<typeof readScope>): Record<string, string> {
  const a: Record<string, string> = {};
  if (s.campaign) a.campaign = s.campaign;
  if (s.campaignId) a.campaignId = s.campaignId;
  if (s.adGroup) a.adGroup = s.adGroup;
  if (s.adGroupId) a.adGroupId = s.adGroupId;
  return a;
}

function spec<F extends Field>(
  id: string,
  kind: Kind,
  text: TextField[],
  keyField: TextField,
  identify: ConsoleTableSpec<Field>['identify'],
): ConsoleTableSpec<Field> {
  return {
    id,
    kind,
    columns: columns(text),
    fields: fields(text, { bid: { metric: 'bid', unit: 'money' } }),
    signature: [keyField, 'impressions', 'clicks', 'spend', 'orders'] as F[],
    minMatch: 3,
    keyFields: [keyField],
    quiet: text.filter((t) => t !== 'bid'),
    needsPeriod: true,
    market: amazonMarketOrAsk,
    period: amazonPeriodOrAsk,
    signedOut: sellerCentralSignedOut,
    identify,
  };
}

const campaignIdOf = (row: RowDraft) =>
  rowParts(row)
    .flatMap((part) => Array.from(part.querySelectorAll('a[href*="/campaigns/"]')))
    .map((a) => CAMPAIGN_PATH.exec(a.getAttribute('href') ?? '')?.[1])
    .find(Boolean);

export const ADS_CAMPAIGNS = spec(
  'amazon.ads-campaigns',
  'campaign',
  ['campaign', 'status', 'type', 'targeting', 'budget'],
  'campaign',
  (row) => {
    const name = row.cells.campaign;
    if (!name) return undefined;
    const id = campaignIdOf(row);
    const attrs: Record<string, string> = { campaign: name };
    if (id) attrs.campaignId = id;
    for (const f of ['status', 'type', 'targeting'] as const)
      if (row.cells[f]) attrs[f === 'targeting' ? 'targetingType' : f] = row.cells[f]!;
    return { key: id ?? name, label: name, attrs };
  },
);

export const ADS_KEYWORDS = spec(
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

export const ADS_SEARCH_TERMS = spec(
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

const onAds = (url: URL) => ADS_HOST.test(url.hostname);

export const amazonAdsCampaigns: PageAdapter = {
  id: ADS_CAMPAIGNS.id,
  columns: ADS_CAMPAIGNS.columns,
  match: (url) =>
    onAds(url) && (/^\/campaign-manager/.test(url.pathname) || /^\/cm\/campaigns\/?$/.test(url.pathname)),
  extract: (doc, ctx) => extractConsoleTable(ADS_CAMPAIGNS, doc, ctx),
};

export const amazonAdsKeywords: PageAdapter = {
  id: ADS_KEYWORDS.id,
  columns: ADS_KEYWORDS.columns,
  match: (url) => onAds(url) && /\/ad-groups\/\d+\/(targeting|keywords)/.test(url.pathname),
  extract: (doc, ctx) => extractConsoleTable(ADS_KEYWORDS, doc, ctx),
};

export const amazonAdsSearchTerms: PageAdapter = {
  id: ADS_SEARCH_TERMS.id,
  columns: ADS_SEARCH_TERMS.columns,
  match: (url) => onAds(url) && /\/ad-groups\/\d+\/search-terms/.test(url.pathname),
  extract: (doc, ctx) => extractConsoleTable(ADS_SEARCH_TERMS, doc, ctx),
};
