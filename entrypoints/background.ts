import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createDispatcher } from '../lib/background/dispatch';
import { createFollowups } from '../lib/background/followups';
import { listenToClicks, notifyRaised, updateBadge } from '../lib/background/notify';
import { extensionStores } from '../lib/background/stores';
import { browserTeamSync } from '../lib/background/sync';
import { OpsLensDb } from '../lib/db';
import { langOf } from '../lib/i18n';
import { isTrustedSender } from '../lib/messaging';
import { ALARM } from '../lib/sync/scheduler';

export default defineBackground(() => {
  const db = new OpsLensDb();
  const stores = extensionStores();
  const lang = langOf(browser.i18n.getUILanguage());
  const followups = createFollowups(db, stores, {
    raised: async (alerts) => void (await notifyRaised(alerts, stores, lang, new Date())),
    after: () => updateBadge(db),
  });
  const open = (path: string) =>
    browser.tabs.create({ url: browser.runtime.getURL(path as '/options.html') });
  const team = browserTeamSync(db, stores, followups);
  const dispatch = createDispatcher({ db, stores, followups, open, sync: team.record, team });
  const origin = browser.runtime.getURL('/');
  // Registered synchronously so a message that wakes the service worker is delivered to it.
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (!isTrustedSender(sender, browser.runtime.id, origin)) return undefined;
    return dispatch(raw);
  });
  // The stored advice was computed by the rules of the version that wrote it: an update (or the first
  // install, which may find a database restored by sync or left by an earlier install) computes it again.
  browser.runtime.onInstalled.addListener(() => {
    void followups.rebuild().catch((err) => console.error('[opslens] advice rebuild failed', err));
  });
  // Team sync: a round each minute while connected (the alarm outlives the worker), and resumed at start.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void team.syncNow().catch(() => undefined);
  });
  void team.resume().catch((err) => console.error('[opslens] team sync resume failed', err));
  listenToClicks();
  void updateBadge(db).catch(() => undefined);
});
