// Match patterns for the manifest's content scripts: exactly the pages adapters read, nothing broader.
import { ALIBABA_CONSOLE_MATCHES, ALIBABA_PRODUCT_MATCHES } from './alibaba';
import { AMAZON_MARKETPLACES } from './amazon/marketplaces';
import { SELLER_CENTRAL_MATCH_HOSTS } from './amazon/seller-central';

const amazonHosts = Object.keys(AMAZON_MARKETPLACES).map((h) => `www.${h}`);

/** Amazon's product pages (amazon-product.content); Tmall's and Taobao's are ALIBABA_PRODUCT_MATCHES. */
export const AMAZON_PRODUCT_MATCHES = amazonHosts.flatMap((h) => [
  `https://${h}/dp/*`,
  `https://${h}/*/dp/*`,
  `https://${h}/gp/product/*`,
]);

/** Every public product page, of both product content scripts. */
export const PRODUCT_PAGE_MATCHES = [...AMAZON_PRODUCT_MATCHES, ...ALIBABA_PRODUCT_MATCHES];

const ADS_HOSTS = ['com', 'ca', 'co.uk', 'de', 'fr', 'it', 'es', 'co.jp'].map(
  (tld) => `advertising.amazon.${tld}`,
);

/** Console pages: the report, inventory and campaign-manager paths we read, and the Alibaba back office. */
export const CONSOLE_MATCHES = [
  ...SELLER_CENTRAL_MATCH_HOSTS.flatMap((h) => [
    `https://${h}/business-reports*`,
    `https://${h}/gp/site-metrics/*`,
    `https://${h}/myinventory/*`,
    `https://${h}/inventory*`,
  ]),
  // The campaign manager navigates between campaigns, ad groups and tabs without reloading.
  ...ADS_HOSTS.flatMap((h) => [`https://${h}/campaign-manager*`, `https://${h}/cm/*`]),
  ...ALIBABA_CONSOLE_MATCHES,
];

const originsOf = (patterns: readonly string[]) => [
  ...new Set(patterns.map((p) => `${p.slice(0, p.indexOf('/', 8))}/*`)),
];
/** The console pages' origins (`https://host/*`), from which the console reader's bundle may be loaded. */
export const CONSOLE_MAIN_ORIGINS = originsOf(CONSOLE_MATCHES);
/** The product pages' origins, from which the product card's bundle may be loaded. */
export const PRODUCT_CARD_ORIGINS = originsOf(PRODUCT_PAGE_MATCHES);
