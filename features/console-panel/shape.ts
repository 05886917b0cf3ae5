import { type Lang, t } from '../../lib/i18n/t';
import type { Extraction } from '../../lib/model';
import { CONSOLE_MARKETPLACES } from '../../lib/sites/amazon/marketplaces';
import { CONSOLE_ADAPTERS } from '../../lib/sites/console-adapters';
import { pageShape } from '../../lib/sites/shape-report';
import { h } from '../../lib/ui/h';

// The page-shape report (issue 11): the page's structure with every number and data text masked, saved as a
// file the user can send us and `npm run extract` reads. Built and saved here, in the page: nothing is sent.

/** Texts the report keeps as they are: every column label the console adapters know, marketplace names. */
let keepCache: string[] | undefined;
function keep(): string[] {
  keepCache ??= [
    ...CONSOLE_ADAPTERS.flatMap((a) => Object.values(a.columns ?? {}).flat()),
    ...CONSOLE_MARKETPLACES.flatMap((m) => [m.marketplace, ...m.names]),
  ];
  return keepCache;
}

const today = () => {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

export function shapeFileName(adapter: string): string {
  return `opslens-page-shape-${adapter.replace(/[^A-Za-z0-9.-]+/g, '-')}-${today()}.html`;
}

/** Saves the report through a temporary `<a download>` in our shadow root (the host page never sees it). */
export function saveShape(ex: Extraction, root: ShadowRoot) {
  const html = pageShape(document, { keep: keep(), url: new URL(location.href) });
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
  const a = h('a', { attrs: { href: url, download: shapeFileName(ex.adapter), hidden: true } });
  root.append(a);
  a.click();
  a.remove();
  // The download has its own copy once it started; give slow browsers a moment before letting go of the blob.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The "Save page shape" control. Alone (a stored reading) it is a small link; beside `diagnostic` (nothing was
 * stored) it is a button with a line saying what the file holds.
 */
export function shapeControl(ex: Extraction, root: ShadowRoot, lang: Lang, diagnostic?: Node): HTMLElement {
  const button = h(
    'button',
    {
      class: diagnostic ? 'choice shape' : 'link shape',
      attrs: { type: 'button', title: t(lang, 'shapeNote') },
      on: { click: () => saveShape(ex, root) },
    },
    t(lang, 'saveShape'),
  );
  if (!diagnostic) return button;
  return h(
    'div',
    { class: 'support' },
    h('div', { class: 'row-actions' }, button, diagnostic),
    h('p', { class: 'muted' }, t(lang, 'shapeNote')),
  );
}
