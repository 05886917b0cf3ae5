import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { storage } from 'wxt/utils/storage';
import type { Lang } from '../../lib/i18n';
import type { Extraction, SnapshotRecord } from '../../lib/model';
import { send } from '../../lib/runtime';
import type { Feature } from '../feature';
import { type CardState, renderCard } from './card';
import cardCss from './card.css?inline';

const collapsedItem = storage.defineItem<boolean>('local:ui.cardCollapsed', { fallback: false, version: 1 });

/** A product page as read and saved by the content script: what the card shows. */
export interface ProductPage {
  lang: Lang;
  extraction: Extraction;
  /** The reading before this one, when the background had one. */
  previous: SnapshotRecord | null;
  watched: boolean;
  error: string | undefined;
}

/** The quick-glance card with Watch: fixed to the viewport, collapsible (remembered), in its own shadow root. */
export const productCard: Feature<ProductPage> = {
  id: 'product-card',
  runsOn: 'product',
  async init(ctx, page) {
    const record = page.extraction.records[0];
    const state: CardState = { ...page, collapsed: await collapsedItem.getValue() };
    const ui = await createShadowRootUi(ctx, {
      name: 'opslens-card',
      css: cardCss,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount(container) {
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
  },
};
