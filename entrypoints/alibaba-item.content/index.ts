import { defineContentScript } from 'wxt/utils/define-content-script';
import { startProductPage } from '../../features/product-start';
import { ALIBABA_PRODUCT_MATCHES } from '../../lib/sites/alibaba';
import { taobaoItem } from '../../lib/sites/taobao/item';
import { tmallItem } from '../../lib/sites/tmall/item';

// Tmall's and Taobao's item pages: this script holds their adapters (and Tmall's page-data schema) only.
export default defineContentScript({
  matches: ALIBABA_PRODUCT_MATCHES,
  runAt: 'document_idle',
  // WXT tells an older copy of this script to stop with a document event; its extra window.postMessage would
  // also run every message listener of the page's own on every load (issue 16).
  noScriptStartedPostMessage: true,
  // The card's CSS is inlined into its shadow root (card.css?inline): no file to fetch at runtime.
  cssInjectionMode: 'manual',
  main: (ctx) => startProductPage(ctx, [tmallItem, taobaoItem]),
});
