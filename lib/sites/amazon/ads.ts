import type { Kind } from '../../model';
import type { ConsoleTableSpec } from '../console-table';
import type { FieldSpec } from '../read-rows';
import { ADS_METRIC_COLUMNS, ADS_TEXT_COLUMNS } from './ads-labels';
import { amazonMarketOrAsk, amazonPeriodOrAsk } from './console-context';
import { sellerCentralSignedOut } from './seller-central';

// What the Amazon Ads campaign manager's pages share (ads-campaigns.ts, ads-keywords.ts, ads-search-terms.ts):
// one grid per page, which the app re-renders without changing the URL (tests/fixtures/amazon/ads-*).

const ADS_HOST = /^advertising\.amazon\.(com|ca|co\.uk|de|fr|it|es|co\.jp)$/;
export const CAMPAIGN_PATH = /\/cm\/(?:sp|sb|sd)\/campaigns\/(\d+)/;
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
export function scope(doc: Document, ctx: { url: URL }) {
  let s = scopes.get(ctx);
  if (!s) {
    s = readScope(doc, ctx.url);
    scopes.set(ctx, s);
  }
  return s;
}

export function scopeAttrs(s: ReturnType<typeof readScope>): Record<string, string> {
  const a: Record<string, string> = {};
  if (s.campaign) a.campaign = s.campaign;
  if (s.campaignId) a.campaignId = s.campaignId;
  if (s.adGroup) a.adGroup = s.adGroup;
  if (s.adGroupId) a.adGroupId = s.adGroupId;
  return a;
}

/** A campaign-manager grid: the metric columns every page shows, plus the page's own text columns. */
export function adsSpec<F extends Field>(
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

/** The campaign manager's hosts, one per ads marketplace. */
export const onAds = (url: URL) => ADS_HOST.test(url.hostname);
