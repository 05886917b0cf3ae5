import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createDispatcher } from '../lib/background/dispatch';
import { extensionStores } from '../lib/background/stores';
import { OpsLensDb } from '../lib/db';
import { isTrustedSender } from '../lib/messaging';

export default defineBackground(() => {
  const dispatch = createDispatcher({ db: new OpsLensDb(), stores: extensionStores() });
  const origin = browser.runtime.getURL('/');
  // Registered synchronously so a message that wakes the service worker is delivered to it.
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (!isTrustedSender(sender, browser.runtime.id, origin)) return undefined;
    return dispatch(raw);
  });
});
