import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { storage } from 'wxt/utils/storage';
import { langOf } from '../../lib/i18n';
import { send } from '../../lib/runtime';
import { PRODUCT_PAGE_MATCHES } from '../../lib/sites/matches';
import { productAdapterFor as adapterFor } from '../../lib/sites/product-adapters';
import { type CardState, renderCard } from './card';
import cardCss from './card.css?inline';

const collapsedItem = storage.defineItem<boolean>('local:ui.cardCollapsed', { fallback: false, version: 1 });

export default defineContentScript({
  matches: PRODUCT_PAGE_MATCHES,
  runAt: 'document_idle',
  // The card's CSS is inlined into its shadow root (card.css?inline): no file to fetch at runtime.
  cssInjectionMode: 'manual',
  async main(ctx) {
    await run(ctx);
  },
});

async function run(ctx: ContentScriptContext) {
  const url = new URL(location.href);
  const adapter = adapterFor(url);
  if (!adapter) return;
  // Item pages may still be rendering (skeletons): read again until they settle, a few seconds at most.
  let extraction = adapter.extract(document, { url, capturedAt: new Date().toISOString() });
  for (let i = 0; i < 8 && extraction.status === 'loading'; i++) {
    await new Promise<void>((r) => ctx.setTimeout(r, 750));
    extraction = adapter.extract(document, { url, capturedAt: new Date().toISOString() });
  }
  if (extraction.status === 'loading') return;
  const record = extraction.records[0];
  const state: CardState = {
    lang: langOf(browser.i18n.getUILanguage()),
    extraction,
    previous: null,
    watched: false,
    collapsed: await collapsedItem.getValue(),
    error: undefined,
  };
  if (record) {
    try {
      const [put, entity] = await Promise.all([
        send({ type: 'snapshots.put', records: [record] }),
        send({ type: 'entity.state', ref: record }),
      ]);
      state.previous = put.previous[0] ?? null;
      state.watched = entity.watched;
    } catch (err) {
      state.error = String((err as Error)?.message ?? err);
    }
  } else if (extraction.status === 'not-recognised' && extraction.reason !== 'not-a-product-page') {
    return; // captcha, sign-in, 404: nothing of ours to show on them
  }

  const ui = await createShadowRootUi(ctx, {
    name: 'opslens-card',
    css: cardCss,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container, _shadow, host) {
      // Fixed and contained: the card never takes part in the page's layout.
      host.setAttribute(
        'style',
        'position:fixed;top:72px;right:16px;z-index:2147483000;contain:layout style;',
      );
      const rerender = () => container.replaceChildren(renderCard(state, actions));
      const actions = {
        toggleCollapsed: async () => {
          state.collapsed = !state.collapsed;
          rerender();
          await collapsedItem.setValue(state.collapsed);
        },
        toggleWatch: async () => {
          if (!record) return;
          try {
            const reply = await send({
              type: 'watch.set',
              ref: record,
              watched: !state.watched,
              platform: record.platform,
              url: record.url,
              ...(record.label ? { label: record.label } : {}),
            });
            state.watched = reply.watched;
            state.error = undefined;
          } catch (err) {
            state.error = String((err as Error)?.message ?? err);
          }
          rerender();
        },
      };
      rerender();
      return container;
    },
    onRemove(container) {
      container?.replaceChildren();
    },
  });
  ui.mount();
}
