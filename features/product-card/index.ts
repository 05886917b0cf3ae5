import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { storage } from 'wxt/utils/storage';
import type { ExperimentView } from '../../lib/experiments/types';
import type { Lang } from '../../lib/i18n/t';
import type { Extraction, SnapshotRecord } from '../../lib/model';
import { send } from '../../lib/runtime';
import type { Feature } from '../feature';
import { type CardState, renderCard } from './card';
import cardCss from './card.css?inline';
import { HISTORY_METRICS } from './history';

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

type CardActions = Parameters<typeof renderCard>[1];

/** This product's recorded changes with their verdicts; none when the background cannot say. */
async function experimentsOf(record: SnapshotRecord, lang: Lang): Promise<ExperimentView[]> {
  try {
    return (await send({ type: 'experiments.of', ref: record, lang })).experiments;
  } catch (err) {
    console.warn('[opslens] experiments', err);
    return [];
  }
}

/** The quick-glance card with Watch: fixed to the viewport, collapsible (remembered), in its own shadow root. */
export const productCard: Feature<ProductPage> = {
  id: 'product-card',
  runsOn: 'product',
  async init(ctx, page) {
    const record = page.extraction.records[0];
    const [collapsed, views] = await Promise.all([
      collapsedItem.getValue(),
      record ? experimentsOf(record, page.lang) : Promise.resolve([]),
    ]);
    const state: CardState = {
      ...page,
      collapsed,
      ...(record ? { experiments: { views, formOpen: false }, history: { open: false } } : {}),
    };
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
          toggleHistory: async () => {
            if (!record || !state.history) return;
            state.history = { ...state.history, open: !state.history.open };
            rerender();
            if (!state.history.open || state.history.points) return;
            try {
              const { points } = await send({
                type: 'entity.history',
                ref: record,
                metrics: [...HISTORY_METRICS],
                limit: 120,
              });
              state.history = { open: state.history.open, points };
            } catch (err) {
              state.history = { open: true, error: String((err as Error)?.message ?? err) };
            }
            rerender();
          },
          openForm: () => {
            if (state.experiments) state.experiments = { ...state.experiments, formOpen: true };
            rerender();
          },
          cancelForm: () => {
            if (state.experiments) state.experiments = { ...state.experiments, formOpen: false };
            rerender();
          },
          saveChange: async (change: Parameters<NonNullable<CardActions['saveChange']>>[0], note: string) => {
            if (!record || !state.experiments) return;
            try {
              await send({
                type: 'experiment.add',
                ref: record,
                platform: record.platform,
                url: record.url,
                change,
                note,
                ...(record.label ? { label: record.label } : {}),
              });
              state.experiments = { views: await experimentsOf(record, page.lang), formOpen: false };
            } catch (err) {
              state.experiments = { ...state.experiments, error: String((err as Error)?.message ?? err) };
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
