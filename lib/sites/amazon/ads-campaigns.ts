import { consoleTableSteps, extractConsoleTable } from '../console-table';
import { type RowDraft, rowParts } from '../read-rows';
import type { PageAdapter } from '../types';
import { adsSpec, CAMPAIGN_PATH, onAds } from './ads';

// Amazon Ads campaign manager, all campaigns (tests/fixtures/amazon/ads-campaigns) -> one `campaign` record each.

const LINK = 'a[href*="/campaigns/"]';
const idIn = (links: Iterable<Element>) => {
  for (const a of links) {
    const id = CAMPAIGN_PATH.exec(a.getAttribute('href') ?? '')?.[1];
    if (id) return id;
  }
  return undefined;
};
// The campaign's name links to it: that cell first, the whole row (every part of a split grid) only without one.
const campaignIdOf = (row: RowDraft) => {
  const link = row.els.campaign?.querySelector(LINK);
  return (
    (link && idIn([link])) ?? idIn(rowParts(row).flatMap((part) => Array.from(part.querySelectorAll(LINK))))
  );
};

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
