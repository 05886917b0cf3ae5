import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ProductCard } from '../entrypoints/product-card';
import { langOf } from '../lib/i18n/lang';
import { loadModule } from '../lib/page-modules';
import { send } from '../lib/runtime';
import type { PageAdapter } from '../lib/sites/types';
import type { ProductPage } from './product-card';

// What both product-page content scripts do (amazon-product.content, alibaba-item.content). Each bundles only
// its own sites' adapters (issue 16: an Amazon page does not evaluate Tmall's page-data schema), reads the page,
// saves the reading and loads the card's code.

/** Reads and saves the page with the adapter for its address, then loads and shows the card. */
export async function startProductPage(ctx: ContentScriptContext, adapters: readonly PageAdapter[]) {
  const page = await readAndSave(ctx, adapters);
  // The card's code is loaded after the reading (a second, smaller task for the page).
  if (page && !ctx.isInvalid) await (await loadModule<ProductCard>('productCard'))(ctx, page);
}

/**
 * Reads the product page and saves the reading (history builds up with every feature switched off); returns
 * what the features show, or nothing for pages with nothing of ours on them (captcha, sign-in, 404).
 */
async function readAndSave(
  ctx: ContentScriptContext,
  adapters: readonly PageAdapter[],
): Promise<ProductPage | undefined> {
  const url = new URL(location.href);
  const adapter = adapters.find((a) => a.match(url));
  if (!adapter) return undefined;
  // No paint isolation here (console pages have entrypoints/console.content/paint-isolation.css): the card is one fixed box with its own layer, and
  // `npm run bench` measured the same repaint on hover with the page isolated or not (2.1 ms), so restyling
  // the page's body would cost a style pass and a repaint for nothing.
  // Item pages may still be rendering (skeletons): read again until they settle, a few seconds at most.
  let extraction = adapter.extract(document, { url, capturedAt: new Date().toISOString() });
  for (let i = 0; i < 8 && extraction.status === 'loading'; i++) {
    await new Promise<void>((r) => ctx.setTimeout(r, 750));
    extraction = adapter.extract(document, { url, capturedAt: new Date().toISOString() });
  }
  if (extraction.status === 'loading') return undefined;
  const record = extraction.records[0];
  const page: ProductPage = {
    lang: langOf(browser.i18n.getUILanguage()),
    extraction,
    previous: null,
    watched: false,
    error: undefined,
  };
  if (record) {
    try {
      const [put, entity] = await Promise.all([
        send({ type: 'snapshots.put', records: [record] }),
        send({ type: 'entity.state', ref: record }),
      ]);
      page.previous = put.previous[0] ?? null;
      page.watched = entity.watched;
    } catch (err) {
      page.error = String((err as Error)?.message ?? err);
    }
  } else if (extraction.status === 'not-recognised' && extraction.reason !== 'not-a-product-page') {
    return undefined;
  }
  return page;
}
