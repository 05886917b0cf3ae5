// A stable id for "this console account on this host", to remember the operator's answers by.
// Ids and names are hashed: nothing stored from it names a shop or a person in clear.

import { textOf } from '../dom';
import { inlineScripts, urlParam } from './scan';

/** 32-bit FNV-1a of a string, as 8 hex digits: enough to tell one operator's accounts apart. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

// Address parameters naming the account: the ads console's `entityId`, Seller Central's switcher links
// (`mons_sel_dir_mcid=amzn1.merchant.d.…`, `mons_sel_mcid`), 生意参谋/千牛 `shopId`.
const URL_IDS = ['mons_sel_dir_mcid', 'mons_sel_mcid', 'merchantId', 'sellerId', 'shopId'];

// Inline data: Seller Central's nav config (`merchantCustomerId`), `merchantId`, `obfuscatedMerchantId`,
// `sellingPartnerId`, the ads bootstrap's `entityId`, 生意参谋's `runAsShopId` / `runAsUserId` / `mainUserId`.
const INLINE_IDS =
  /\\?["']?\b(merchantCustomerId|obfuscatedMerchantId|merchantId|sellingPartnerId|sellerId|entityId|advertiserId|runAsShopId|shopId|runAsUserId|mainUserId)\\?["']?\s*[:=]\s*\\?["']?([A-Za-z0-9._-]{4,64})/;
const ID_ORDER = [
  'entityId',
  'advertiserId',
  'merchantCustomerId',
  'obfuscatedMerchantId',
  'merchantId',
  'sellingPartnerId',
  'sellerId',
  'runAsShopId',
  'shopId',
  'runAsUserId',
  'mainUserId',
];

// Where consoles print the account's or shop's name (a display name, maybe a person's: hashed).
const NAME_SELECTOR = [
  '.dropdown-account-switcher-header-label-global',
  '[class*="merchantName"]',
  '[class*="merchant-name"]',
  '#sc-merchant-name',
  '[data-test-id="partner-switcher-account-name"]',
  '[class*="shop-name"]',
  '[class*="shopName"]',
  '[class*="store-name"]',
].join(', ');

function inlineId(doc: Document): [string, string] | undefined {
  const found = new Map<string, string>();
  for (const text of inlineScripts(doc)) {
    if (!/Id\b|Id["'\\]/.test(text)) continue;
    for (const m of text.matchAll(new RegExp(INLINE_IDS.source, 'g'))) {
      if (!found.has(m[1]!) && !/^(?:null|undefined|true|false)$/.test(m[2]!)) found.set(m[1]!, m[2]!);
    }
  }
  const key = ID_ORDER.find((k) => found.has(k));
  return key ? [key, found.get(key)!] : undefined;
}

/**
 * `host|id:hash` for the account a console page belongs to: the ads console's `entityId` in the address, else the
 * merchant, entity or shop id in the page's inline data, else one in the address (switcher links), else
 * `host|name:hash` of the shop or account name it prints, else the host alone. The same id gives the same key
 * wherever it was read.
 */
export function consoleAccountOf(doc: Document, url: URL): string {
  const host = url.hostname;
  const id =
    urlParam(url, 'entityId') ?? inlineId(doc)?.[1] ?? URL_IDS.map((n) => urlParam(url, n)).find(Boolean);
  if (id) return `${host}|id:${fnv1a(id)}`;
  for (const el of Array.from(doc.querySelectorAll(NAME_SELECTOR))) {
    const text = textOf(el);
    if (text && text.length <= 80) return `${host}|name:${fnv1a(text.toLowerCase())}`;
  }
  return host;
}
