import { adviceText } from '../lib/advice/text';
import type { Advice } from '../lib/advice/types';
import { t } from '../lib/i18n/t';
import { h } from '../lib/ui/h';
import type { ConsolePage } from './console-page';
import { copyButton } from './console-panel/diagnostic';

/** Copy and Dismiss for one advice, in the panel and in the badge popovers. `data-key` lets focus survive a redraw. */
export function adviceActions(page: ConsolePage, a: Advice): HTMLElement {
  const lang = page.lang;
  const copy = copyButton(lang, t(lang, 'copy'), () => `${a.label ?? a.ref.key}: ${adviceText(a, lang)}`);
  copy.dataset.key = `copy:${a.id}`;
  const dismiss = h(
    'button',
    {
      class: 'link',
      attrs: { type: 'button', 'data-key': `dismiss:${a.id}` },
      on: { click: () => void page.dismiss(a.id) },
    },
    t(lang, 'dismiss'),
  );
  return h('span', { class: 'row-actions' }, copy, dismiss);
}
