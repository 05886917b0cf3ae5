import type { RawWatched } from '../lib/db/raw-watched';
import { formatAgo, formatMoney } from '../lib/format';
import { enPage } from '../lib/i18n/en/page';
import { addMessages, type Lang, t } from '../lib/i18n/t';
import { zhPage } from '../lib/i18n/zh/page';

// The popup's first paint (issue 16): the watched list drawn with the DOM from IndexedDB as it is, while React,
// Dexie and the rest of the popup are still loading. It draws what entrypoints/popup/App.tsx draws first (the
// header and one row per product, before histories, badges and sparklines) with the same classes, so the page
// does not move when React's first render replaces it; until then it is inert (nothing to click half-made).
// All text goes in as text.

addMessages({ en: enPage, zh: zhPage });

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

function row({ watch, entity }: RawWatched, lang: Lang, now: number): HTMLLIElement {
  const title = entity?.label ?? watch.label ?? watch.key;
  const price = entity?.metrics.price;
  const meta = el('div', { class: 'meta' }, el('span', { class: 'market' }, watch.marketplace));
  if (entity)
    meta.append(el('span', {}, t(lang, 'lastSeen', { when: formatAgo(entity.lastSeenAt, now, lang) })));
  const button = (cls: string, text: string, label?: string) =>
    el('button', { type: 'button', class: cls, ...(label ? { 'aria-label': label } : {}) }, text);
  return el(
    'li',
    { class: 'item' },
    el(
      'div',
      { class: 'main' },
      el(
        'button',
        { type: 'button', class: 'title', title, 'aria-label': t(lang, 'openLabel', { title }) },
        title,
      ),
      meta,
    ),
    el(
      'div',
      { class: 'side' },
      el('span', { class: 'price' }, price !== undefined ? formatMoney(price, entity?.currency, lang) : '—'),
      el('span', { class: 'spark-slot', 'aria-hidden': 'true' }),
      el(
        'div',
        { class: 'actions' },
        button('link', t(lang, 'open')),
        button('link danger', t(lang, 'remove'), t(lang, 'removeLabel', { title })),
      ),
    ),
  );
}

/**
 * Draws the list into `root` unless React has drawn there already. An empty watchlist is left to React (its
 * empty state reads more than this script knows).
 */
export function paintFirst(root: HTMLElement, items: RawWatched[], lang: Lang, now = Date.now()): boolean {
  if (root.firstChild || !items.length) return false;
  const header = el(
    'header',
    {},
    el('h1', {}, el('span', { class: 'dot', 'aria-hidden': 'true' }), t(lang, 'popupTitle')),
    el(
      'span',
      { class: 'head-right' },
      el('span', { class: 'count' }, String(items.length)),
      el('button', { type: 'button', class: 'head-link' }, t(lang, 'openDashboard')),
    ),
  );
  const list = el('ul', { class: 'list' }, ...items.map((item) => row(item, lang, now)));
  root.append(el('main', { class: 'popup', inert: '' }, header, list));
  return true;
}
