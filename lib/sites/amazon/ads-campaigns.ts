import { consoleTableSteps, extractConsoleTable } from '../console-table';
import { type RowDraft, rowParts } from '../read-rows';
import type { PageAdapter } from '../types';
import { adsSpec, CAMPAIGN_PATH, onAds } from './ads';

// Amazon Ads campaign manager, all campaigns (tests/fixtures/amazon/ads-campaigns) -> one `campaign` record each.

const campaignIdOf = (row: RowDraft) =>
  rowParts(row)
    .flatMap((part) => Array.from(part.querySelectorAll('a[href*="/campaigns/"]')))
    .map((a) => CAMPAIGN_PATH.exec(a.getAttribute('href') ?? '')?.[1])
    .find(Boolean);

export const ADS_CAMPAIGNS = adsSpec(
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

export const amazonAdsCampaigns: PageAdapter = {
  id: ADS_CAMPAIGNS.id,
  columns: ADS_CAMPAIGNS.columns,
  fields: ADS_CAMPAIGNS.fields,
  match: (url) =>
    onAds(url) && (/^\/campaign-manager/.test(url.pathname) || /^\/cm\/campaigns\/?$/.test(url.pathname)),
  extract: (doc, ctx) => extractConsoleTable(ADS_CAMPAIGNS, doc, ctx),
  steps: (doc, ctx) => consoleTableSteps(ADS_CAMPAIGNS, doc, ctx),
};
