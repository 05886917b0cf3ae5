import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { featuresOffItem, runFeatures } from '../features/feature';
import { type ProductPage, productCard } from '../features/product-card';
import '../lib/i18n/with-page';
import { provide } from '../lib/page-modules';

// The product page's card and its text, loaded by the product content script (product.content) once the page
// was read and saved: the reading's work and the card's are two tasks of the page's main thread, not one.
export type ProductCard = (ctx: ContentScriptContext, page: ProductPage) => Promise<void>;

export default defineUnlistedScript(() => {
  provide('productCard', (async (ctx, page) => {
    await runFeatures(ctx, [productCard], page, await featuresOffItem.getValue());
  }) satisfies ProductCard);
});
