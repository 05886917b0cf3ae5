import { amazonProduct } from './amazon/product';
import { taobaoItem } from './taobao/item';
import { tmallItem } from './tmall/item';
import type { PageAdapter } from './types';

// The item-page adapters, for the registry and tests. The product-page content scripts each bundle their own
// sites' adapters only (amazon-product.content, alibaba-item.content), as console.js bundles the consoles'.

/** Adapters for public product pages. */
export const PRODUCT_ADAPTERS: readonly PageAdapter[] = [amazonProduct, tmallItem, taobaoItem];

export function productAdapterFor(url: URL): PageAdapter | undefined {
  return PRODUCT_ADAPTERS.find((a) => a.match(url));
}
