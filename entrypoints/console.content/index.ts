import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { langOf } from '../../lib/i18n';
import { CONSOLE_MATCHES } from '../../lib/sites/matches';
import { startWatcher } from './watcher';

export default defineContentScript({
  matches: CONSOLE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    startWatcher(ctx, langOf(browser.i18n.getUILanguage()));
  },
});
