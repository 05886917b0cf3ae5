import { ALIBABA_ADAPTERS } from './alibaba';
import { amazonAdsCampaigns, amazonAdsKeywords, amazonAdsSearchTerms } from './amazon/ads';
import { amazonBusinessReport } from './amazon/business-report';
import { amazonInventory } from './amazon/inventory';
import { amazonProduct } from './amazon/product';
import type { PageAdapter } from './types';

/** Every adapter, most specific first. */
export const ADAPTERS: readonly PageAdapter[] = [
  amazonProduct,
  amazonBusinessReport,
  amazonInventory,
  amazonAdsSearchTerms,
  amazonAdsKeywords,
  amazonAdsCampaigns,
  ...ALIBABA_ADAPTERS,
];

export function adapterFor(url: URL): PageAdapter | undefined {
  return ADAPTERS.find((a) => a.match(url));
}
