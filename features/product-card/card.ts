import { type ChangeKind, compareReadings } from '../../lib/changes';
import { formatCount, formatDateTime, formatMoney, formatSignedPct } from '../../lib/format';
import { changeLabel, fieldList, type Lang, reasonText, t } from '../../lib/i18n/t';
import type { Extraction, SnapshotRecord } from '../../lib/model';
import { h } from '../../lib/ui/h';
import { type ExperimentActions, type ExperimentsState, experimentsBlock } from './experiment';
import { type HistoryState, historyBlock } from './history';

/**
 * A competitor's move is neither good nor bad for the operator (a price drop is a threat and a chance): the
 * card shows its direction with an arrow in one neutral colour.
 */
const ARROWS: Record<ChangeKind, string> = {
  priceDown: '↓',
  priceUp: '↑',
  newReviews: '+',
  rankUp: '↑',
  rankDown: '↓',
  ratingChanged: '↕',
  outOfStock: '∅',
  backInStock: '✓',
};

export interface CardState {
  lang: Lang;
  extraction: Extraction;
  previous: SnapshotRecord | null;
  watched: boolean;
  collapsed: boolean;
  error: string | undefined;
  /** Recorded changes of this product and the form to record one (./experiment.ts). */
  experiments?: ExperimentsState;
  /** Price and rank history from our readings, read when opened (./history.ts). */
  history?: HistoryState;
}

interface Actions extends Partial<ExperimentActions> {
  toggleCollapsed(): void;
  toggleHistory?(): void;
  toggleWatch(): void;
}

function row(label: string, value: string | Node | undefined, extra?: string) {
  if (value === undefined) return null;
  return h(
    'div',
    { class: 'row' },
    h('dt', null, label),
    h('dd', null, value, extra ? h('span', { class: 'muted' }, ` ${extra}`) : null),
  );
}

function formatMetric(name: string, value: number, rec: SnapshotRecord, lang: Lang): string {
  switch (name) {
    case 'price':
    case 'listPrice':
      return formatMoney(value, rec.currency, lang);
    case 'bsr':
      return `#${formatCount(value, lang)}`;
    case 'rating':
      return value.toFixed(1);
    default:
      return formatCount(value, lang);
  }
}

function changesBlock(state: CardState, rec: SnapshotRecord) {
  const { lang, previous } = state;
  if (!previous) return h('p', { class: 'note' }, t(lang, 'firstVisit'));
  const when = formatDateTime(previous.capturedAt, lang);
  const changes = compareReadings(previous, rec);
  if (!changes.length) return h('p', { class: 'note' }, t(lang, 'noChangeSince', { when }));
  return h(
    'section',
    { class: 'changes', attrs: { 'aria-label': t(lang, 'changesSince', { when }) } },
    h('h3', null, t(lang, 'changesSince', { when })),
    h(
      'ul',
      null,
      ...changes.map((c) => {
        const text =
          c.from !== undefined && c.to !== undefined
            ? t(lang, 'changeFromTo', {
                label: changeLabel(lang, c.kind),
                from: formatMetric(c.metric, c.from, rec, lang),
                to: formatMetric(c.metric, c.to, rec, lang),
              })
            : changeLabel(lang, c.kind);
        return h(
          'li',
          { class: 'chip change', attrs: { 'data-kind': c.kind } },
          h('span', { class: 'arrow', attrs: { 'aria-hidden': 'true' } }, ARROWS[c.kind]),
          ' ',
          text,
          c.ratio !== undefined && c.metric === 'price' ? ` (${formatSignedPct(c.ratio, lang)})` : '',
        );
      }),
    ),
  );
}

function shopScores(m: SnapshotRecord['metrics'], lang: Lang): string | undefined {
  const parts = (
    [
      ['scoreDescription', m.rating],
      ['scoreService', m.serviceScore],
      ['scoreShipping', m.shippingScore],
    ] as const
  ).flatMap(([k, v]) => (v !== undefined ? [`${t(lang, k)} ${v.toFixed(1)}`] : []));
  return parts.length ? parts.join(' · ') : undefined;
}

export function renderCard(state: CardState, actions: Actions): HTMLElement {
  const { lang, extraction } = state;
  const rec = extraction.records[0];
  const header = h(
    'header',
    null,
    h('span', { class: 'brand' }, t(lang, 'appName')),
    h(
      'button',
      {
        class: 'icon',
        attrs: {
          type: 'button',
          'aria-expanded': String(!state.collapsed),
          title: state.collapsed ? t(lang, 'expand') : t(lang, 'collapse'),
          'aria-label': state.collapsed ? t(lang, 'expand') : t(lang, 'collapse'),
        },
        on: { click: () => actions.toggleCollapsed() },
      },
      state.collapsed ? '▸' : '▾',
    ),
  );
  if (state.collapsed)
    return h(
      'div',
      { class: 'card collapsed', attrs: { role: 'complementary', 'aria-label': t(lang, 'appName') } },
      header,
    );

  const body: (Node | null)[] = [];
  if (!rec) {
    const text =
      extraction.status === 'partial'
        ? t(lang, 'couldNotRead', { fields: fieldList(lang, extraction.missing) })
        : t(lang, 'notRecognised', { reason: reasonText(lang, extraction.reason) });
    body.push(h('p', { class: 'warn', attrs: { role: 'status' } }, text));
  } else {
    const m = rec.metrics;
    const a = rec.attrs;
    const amazon = rec.platform === 'amazon';
    const ratingText =
      m.rating !== undefined ? `★ ${t(lang, 'ratingValue', { rating: m.rating.toFixed(1) })}` : undefined;
    body.push(
      h('h2', { class: 'title', attrs: { title: rec.label ?? '' } }, rec.label ?? ''),
      h(
        'dl',
        null,
        row(
          t(lang, 'price'),
          m.price !== undefined ? formatMoney(m.price, rec.currency, lang) : undefined,
          m.listPrice !== undefined
            ? t(lang, 'wasPrice', { price: formatMoney(m.listPrice, rec.currency, lang) })
            : undefined,
        ),
        // Tmall and Taobao show shop scores (描述/服务/物流), not a product star rating.
        amazon
          ? row(
              t(lang, 'rating'),
              ratingText,
              m.reviewCount !== undefined ? `(${formatCount(m.reviewCount, lang)})` : undefined,
            )
          : row(
              t(lang, 'reviewCount'),
              m.reviewCount !== undefined
                ? t(lang, 'atLeast', { value: formatCount(m.reviewCount, lang) })
                : undefined,
            ),
        amazon ? null : row(t(lang, 'shopScores'), shopScores(m, lang)),
        row(
          t(lang, 'bsr'),
          m.bsr !== undefined
            ? t(lang, 'rankValue', { rank: formatCount(m.bsr, lang), category: a.bsrCategory ?? '' })
            : undefined,
        ),
        row(
          t(lang, amazon ? 'monthlySales' : 'soldCount'),
          m.monthlySales !== undefined
            ? t(lang, 'atLeast', { value: formatCount(m.monthlySales, lang) })
            : undefined,
        ),
        row(
          t(lang, 'availability'),
          a.availability
            ? h(
                'span',
                {
                  class:
                    a.stockState === 'outOfStock'
                      ? 'bad-text'
                      : a.stockState === 'inStock'
                        ? 'good-text'
                        : '',
                },
                a.availability,
              )
            : undefined,
        ),
        row(t(lang, 'seller'), a.seller),
        row(t(lang, 'brand'), a.brand),
        row(t(lang, 'imageCount'), m.imageCount !== undefined ? formatCount(m.imageCount, lang) : undefined),
      ),
      changesBlock(state, rec),
      state.history && actions.toggleHistory
        ? historyBlock(lang, rec, state.history, actions.toggleHistory)
        : null,
    );
    const absent = extraction.missing.filter((f) => f !== 'title');
    if (absent.length) {
      body.push(
        h(
          'p',
          { class: 'muted small' },
          t(lang, 'notOnPage', {
            fields: fieldList(lang, absent),
          }),
        ),
      );
    }
    body.push(
      h(
        'button',
        {
          class: state.watched ? 'watch on' : 'watch',
          attrs: { type: 'button', 'aria-pressed': String(state.watched) },
          on: { click: () => actions.toggleWatch() },
        },
        state.watched ? `✓ ${t(lang, 'watching')} · ${t(lang, 'unwatch')}` : `☆ ${t(lang, 'watch')}`,
      ),
    );
    if (state.experiments && actions.saveChange)
      body.push(experimentsBlock(lang, state.experiments, actions as ExperimentActions));
  }
  if (state.error)
    body.push(
      h('p', { class: 'warn', attrs: { role: 'alert' } }, t(lang, 'saveFailed', { error: state.error })),
    );
  return h(
    'div',
    {
      class: 'card',
      attrs: {
        role: 'complementary',
        'aria-label': t(lang, 'appName'),
        lang: lang === 'zh' ? 'zh-CN' : 'en',
      },
    },
    header,
    h('div', { class: 'body' }, ...body),
  );
}
