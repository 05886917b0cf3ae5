/** Every marketplace OpsLens reads, in the order the UI lists them. */
export const MARKETPLACES = [
  'amazon.com',
  'amazon.ca',
  'amazon.co.uk',
  'amazon.de',
  'amazon.fr',
  'amazon.it',
  'amazon.es',
  'amazon.co.jp',
  'tmall.com',
  'taobao.com',
] as const;
