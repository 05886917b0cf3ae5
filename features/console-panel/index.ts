import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import css from '../console.css?inline';
import type { ConsolePage } from '../console-page';
import type { Feature } from '../feature';
import { loadPanelPrefs } from './prefs';
import { PanelView } from './view';

/**
 * The summary panel of a console page: what was read and saved, the top advice, and when nothing could be
 * stored, why, with the way out (answer a question, point at a column, save the page shape). Mounted at the
 * first reading, outside the page's body and fixed to the viewport: the console's own layout never moves.
 */
export const consolePanel: Feature<ConsolePage> = {
  id: 'console-panel',
  runsOn: 'console',
  async init(ctx, page) {
    const prefs = await loadPanelPrefs();
    const ui = await createShadowRootUi(ctx, {
      name: 'opslens-panel',
      css,
      // console.css resets the host itself (`all: initial` and its position): WXT's `!important` reset would undo it.
      inheritStyles: true,
      // Keys typed in the panel (date inputs, Escape) are ours, not the console's shortcuts.
      isolateEvents: true,
      position: 'inline',
      anchor: () => document.documentElement,
      append: 'last',
      onMount: (container, shadow, host) => new PanelView(container, shadow, host, page, prefs, ctx.signal),
    });
    page.addOwner(ctx, (n) => ui.shadowHost.contains(n));
    page.subscribe(ctx, (change) => {
      if (change === 'clear') return ui.remove();
      if (change === 'anchors') return;
      if (!ui.mounted) ui.mount();
      ui.mounted?.draw();
    });
    // Alt+Shift+O reaches the panel from anywhere on the page, however many controls come before it.
    ctx.addEventListener(document, 'keydown', (e) => {
      if (!e.altKey || !e.shiftKey || e.code !== 'KeyO' || !ui.mounted) return;
      e.preventDefault();
      ui.mounted.focus();
    });
    if (page.reading) {
      ui.mount();
      ui.mounted?.draw();
    }
  },
};
