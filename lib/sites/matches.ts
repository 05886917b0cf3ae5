// Match patterns for the manifest's content scripts: exactly the pages adapters read, nothing broader.
import { ALIBABA_PRODUCT_MATCHES } from './alibaba';
import { AMAZON_MARKETPLACES } from './amazon/marketplaces';

const amazonHosts = Object.keys(AMAZON_MARKETPLACES).map((h) => `www.${h}`);

export const PRODUCT_PAGE_MATCHES = [
  ...amazonHosts.flatMap((h) => [`https://${h}/dp/*`, `https://${h}/*/dp/*`, `https://${h}/gp/product/*`]),
  ...ALIBABA_PRODUCT_MATCHES,
];
