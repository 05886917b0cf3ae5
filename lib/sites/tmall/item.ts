import type { ExtractContext, Extraction, SnapshotRecord } from '../../model';
import { type NumberContext, parseFirstNumber, parseNumber } from '../../parse';
import { notRecognised, type PageAdapter } from '../types';
import { itemData } from './item-data';
import {
  priceTextsOf,
  reviewTextOf,
  salesTextOf,
  scoresOf,
  shopNameOf,
  stockOf,
  titleOf,
} from './item-fields';
import { captchaShown, MARKETPLACE, signInShown } from './page-state';

// Public item pages of Tmall (detail.tmall.com) -> one `competitor` record. Taobao's item pages
// (item.taobao.com) share the markup and this reader: lib/sites/taobao/item.ts.

export const ITEM_FIELDS = [
  'title',
  'price',
  'monthlySales',
  'reviewCount',
  'rating',
  'seller',
  'availability',
] as const;

const NUM: NumberContext = { decimal: '.', currency: 'CNY' };
const ITEM_ID = /^\d{5,20}$/;

/** `459`, `￥389`, or a range `459-499` read as its low end with the range kept as text. */
function readPrice(text: string | undefined): { value?: number; range?: string } {
  if (!text) return {};
  const parts = text.split(/\s*[-~～]\s*/);
  if (parts.length === 2) {
    const lo = parseNumber(parts[0], 'money', NUM);
    const hi = parseNumber(parts[1], 'money', NUM);
    if (lo.ok && hi.ok && lo.currency === 'CNY' && hi.currency === 'CNY' && lo.value <= hi.value)
      return { value: lo.value, range: `${lo.value}-${hi.value}` };
    return {};
  }
  const p = parseNumber(text, 'money', NUM);
  return p.ok && p.currency === 'CNY' ? { value: p.value } : {};
}

function platformOf(sellerType: string | undefined, doc: Document, host: string): 'tmall' | 'taobao' {
  if (sellerType === 'B') return 'tmall';
  if (sellerType === 'C') return 'taobao';
  if (doc.querySelector('[class*="ShopHeaderNew--tmallTag"], img[alt="天猫"][class*="tmall" i]'))
    return 'tmall';
  return host.endsWith('tmall.com') ? 'tmall' : 'taobao';
}

const skeletonShown = (doc: Document) =>
  doc.querySelector('[aria-busy="true"], [class*="Skeleton--root"]') !== null;

export function extractItem(id: string, doc: Document, ctx: ExtractContext): Extraction {
  const itemId = ctx.url.searchParams.get('id') ?? '';
  if (!ITEM_ID.test(itemId)) return notRecognised(id, 'unsupported-url');
  if (captchaShown(doc)) return notRecognised(id, 'captcha');
  if (signInShown(doc)) return notRecognised(id, 'sign-in');
  let data = itemData(doc) ?? {};
  // Data about another item (a stale or injected literal) is not this page's.
  if (data.itemId !== undefined && String(data.itemId) !== itemId) data = {};

  const title = titleOf(data, doc);
  if (!title) {
    if (skeletonShown(doc)) return { adapter: id, status: 'loading', records: [], missing: [] };
    return notRecognised(id, 'not-a-product-page');
  }
  const skuId = ctx.url.searchParams.get('skuId');
  const metrics: SnapshotRecord['metrics'] = {};
  const attrs: SnapshotRecord['attrs'] = { itemId };
  const found = new Set<string>(['title']);
  const put = (name: string, value: number | undefined, field = name) => {
    if (value === undefined) return;
    metrics[name] = value;
    found.add(field);
  };

  const texts = priceTextsOf(data, doc, skuId);
  const regular = readPrice(texts.regular);
  const promo = readPrice(texts.promo);
  const shown = promo.value !== undefined ? promo : regular;
  put('price', shown.value);
  if (shown.range) attrs.priceRange = shown.range;
  if (promo.value !== undefined) put('listPrice', regular.value);

  const sales = parseFirstNumber(salesTextOf(data, doc), 'count', NUM);
  if (sales.ok) put('monthlySales', sales.value);
  const reviews = parseFirstNumber(reviewTextOf(data, doc), 'count', NUM);
  if (reviews.ok) put('reviewCount', reviews.value);
  for (const [name, text] of Object.entries(scoresOf(data, doc))) {
    const p = parseNumber(text, 'number', NUM);
    if (p.ok && p.value >= 0 && p.value <= 5) put(name, p.value);
  }
  const seller = shopNameOf(data, doc);
  if (seller) {
    attrs.seller = seller;
    found.add('seller');
  }
  const stock = stockOf(data, doc, skuId);
  if (stock.availability) {
    attrs.availability = stock.availability;
    found.add('availability');
  }
  attrs.stockState = stock.stockState;

  const platform = platformOf(data.sellerType, doc, ctx.url.hostname);
  const record: SnapshotRecord = {
    kind: 'competitor',
    source: id,
    platform,
    marketplace: MARKETPLACE[platform],
    key: itemId,
    label: title,
    ...(metrics.price !== undefined || metrics.listPrice !== undefined ? { currency: 'CNY' } : {}),
    capturedAt: ctx.capturedAt,
    url: `${ctx.url.origin}/item.htm?id=${itemId}`,
    metrics,
    attrs,
  };
  return { adapter: id, status: 'ok', records: [record], missing: ITEM_FIELDS.filter((f) => !found.has(f)) };
}

export const itemPage = (url: URL, host: string) =>
  url.protocol === 'https:' && url.hostname === host && url.pathname === '/item.htm';

export const tmallItem: PageAdapter = {
  id: 'tmall.item',
  match: (url) => itemPage(url, 'detail.tmall.com'),
  extract: (doc, ctx) => extractItem('tmall.item', doc, ctx),
};
