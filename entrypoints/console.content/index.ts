import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ConsolePage } from '../../features/console-page';
import { consolePanel } from '../../features/console-panel';
import { featuresOffItem, runFeatures } from '../../features/feature';
import { rowBadges } from '../../features/row-badges';
import '../../lib/i18n/with-page';
import { langOf } from '../../lib/i18n/t';
import { CONSOLE_MATCHES } from '../../lib/sites/matches';
import { startWatcher } from './watcher';

export default defineContentScript({
  matches: CONSOLE_MATCHES,
  runAt: 'document_idle',
  // console.css is inlined into each feature's shadow root: no stylesheet in the page, none to fetch.
  cssInjectionMode: 'manual',
  async main(ctx) {
    const page = new ConsolePage(langOf(browser.i18n.getUILanguage()));
    // Reading starts at once; each feature shows the current reading when it is ready and follows the next ones.
    startWatcher(ctx, page);
    await runFeatures(ctx, [consolePanel, rowBadges], page, await featuresOffItem.getValue());
  },
});
