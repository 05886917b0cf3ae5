import { defineContentScript } from 'wxt/utils/define-content-script';
import { startProductPage } from '../../features/product-start';
import { amazonProduct } from '../../lib/sites/amazon/product';
import { AMAZON_PRODUCT_MATCHES } from '../../lib/sites/matches';

// Amazon's product pages (/dp/, /gp/product/): this script holds Amazon's item adapter only.
export default defineContentScript({
  matches: AMAZON_PRODUCT_MATCHES,
  runAt: 'document_idle',
  // WXT tells an older copy of this script to stop with a document event; its extra window.postMessage would
  // also run every message listener of the page's own on every load (issue 16).
  noScriptStartedPostMessage: true,
  // The card's CSS is inlined into its shadow root (card.css?inline): no file to fetch at runtime.
  cssInjectionMode: 'manual',
  main: (ctx) => startProductPage(ctx, [amazonProduct]),
});
