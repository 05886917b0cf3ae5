import { amazonAdsCampaigns } from './amazon/ads-campaigns';
import { amazonAdsKeywords } from './amazon/ads-keywords';
import { amazonAdsSearchTerms } from './amazon/ads-search-terms';
import { amazonBusinessReport } from './amazon/business-report';
import { amazonInventory } from './amazon/inventory';
import { qianniuItems } from './taobao/qianniu-items';
import { subwayHours } from './tmall/subway-hours';
import { subwayKeywords } from './tmall/subway-keywords';
import { subwayReport } from './tmall/subway-report';
import { sycmItems } from './tmall/sycm-items';
import { sycmKeywords } from './tmall/sycm-keywords';
import { wanxiangtaiPlans } from './tmall/wanxiangtai-plans';
import type { PageAdapter } from './types';

// The console content script's own registry: it bundles only the back-office adapters.

/** Adapters for seller-console pages, most specific first. */
export const CONSOLE_ADAPTERS: readonly PageAdapter[] = [
  amazonBusinessReport,
  amazonInventory,
  amazonAdsSearchTerms,
  amazonAdsKeywords,
  amazonAdsCampaigns,
  sycmItems,
  sycmKeywords,
  subwayKeywords,
  subwayHours,
  subwayReport,
  wanxiangtaiPlans,
  qianniuItems,
];

export function consoleAdapterFor(url: URL): PageAdapter | undefined {
  return CONSOLE_ADAPTERS.find((a) => a.match(url));
}
