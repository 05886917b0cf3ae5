import { amazonProduct } from './amazon/product';
import { taobaoItem } from './taobao/item';
import { tmallItem } from './tmall/item';
import type { PageAdapter } from './types';

// The product content script's own registry: it bundles only the item-page adapters (console.js likewise).

/** Adapters for public product pages. */
export const PRODUCT_ADAPTERS: readonly PageAdapter[] = [amazonProduct, tmallItem, taobaoItem];

export function productAdapterFor(url: URL): PageAdapter | undefined {
  return PRODUCT_ADAPTERS.find((a) => a.match(url));
}
