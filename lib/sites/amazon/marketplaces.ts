import type { DecimalMark } from '../../parse';

export interface AmazonMarketplace {
  marketplace: string;
  currency: string;
  decimal: DecimalMark;
}

// Product-page hosts we read; the marketplace is the host without `www.`.
export const AMAZON_MARKETPLACES: Record<string, AmazonMarketplace> = {
  'amazon.com': { marketplace: 'amazon.com', currency: 'USD', decimal: '.' },
  'amazon.ca': { marketplace: 'amazon.ca', currency: 'CAD', decimal: '.' },
  'amazon.co.uk': { marketplace: 'amazon.co.uk', currency: 'GBP', decimal: '.' },
  'amazon.de': { marketplace: 'amazon.de', currency: 'EUR', decimal: ',' },
  'amazon.fr': { marketplace: 'amazon.fr', currency: 'EUR', decimal: ',' },
  'amazon.it': { marketplace: 'amazon.it', currency: 'EUR', decimal: ',' },
  'amazon.es': { marketplace: 'amazon.es', currency: 'EUR', decimal: ',' },
  'amazon.co.jp': { marketplace: 'amazon.co.jp', currency: 'JPY', decimal: '.' },
};

export function amazonMarketplaceOf(host: string): AmazonMarketplace | undefined {
  return AMAZON_MARKETPLACES[host.replace(/^www\./, '')];
}
