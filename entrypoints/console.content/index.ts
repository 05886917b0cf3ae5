import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ConsolePage } from '../../features/console-page';
import { consolePanel } from '../../features/console-panel';
import { featuresOffItem, runFeatures } from '../../features/feature';
import { rowBadges } from '../../features/row-badges';
import { langOf } from '../../lib/i18n';
import { CONSOLE_MATCHES } from '../../lib/sites/matches';
import { startWatcher } from './watcher';

export default defineContentScript({
  matches: CONSOLE_MATCHES,
  runAt: 'document_idle',
  // console.css is inlined into each feature's shadow root: no stylesheet in the page, none to fetch.
  cssInjectionMode: 'manual',
  async main(ctx) {
    const page = new ConsolePage(langOf(browser.i18n.getUILanguage()));
    // Features subscribe before the first reading; reading and saving run whatever they say.
    await runFeatures(ctx, [consolePanel, rowBadges], page, await featuresOffItem.getValue());
    startWatcher(ctx, page);
  },
});
