import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { describeDbError, handleMessage } from '../lib/background/handlers';
import { OpsLensDb } from '../lib/db';
import { isTrustedSender, parseMessage } from '../lib/messaging';
import { settingsStore } from '../lib/settings/store';

export default defineBackground(() => {
  const db = new OpsLensDb();
  const origin = browser.runtime.getURL('/');
  // Registered synchronously so a message that wakes the service worker is delivered to it.
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (!isTrustedSender(sender, browser.runtime.id, origin)) return undefined;
    const parsed = parseMessage(raw);
    if (!parsed.ok) {
      console.warn('[opslens] rejected message:', parsed.error);
      return Promise.resolve({ error: `invalid message: ${parsed.error}` });
    }
    return handleMessage(db, settingsStore, parsed.message).catch((err: unknown) => ({
      error: describeDbError(err),
    }));
  });
});
