import { browser } from 'wxt/browser';
import { groupedNotification } from '../alerts/group';
import { isQuiet } from '../alerts/settings';
import { NOTIFIED_KEPT, type NotifiedEntry, notifiedItem } from '../alerts/store';
import { openAlertCount } from '../db/alerts';
import type { AlertRow, OpsLensDb } from '../db/schema';
import type { Lang } from '../i18n';
import type { Stores } from './stores';

/** One notification at a time: a new batch replaces the one before instead of piling up. */
export const NOTIFICATION_ID = 'opslens-alerts';
const PERMISSION = { permissions: ['notifications' as const] };

let listening = false;
/** A click on the notification opens Today. The API exists only once the permission is granted. */
export function listenToClicks(): void {
  if (listening || !browser.notifications?.onClicked) return;
  listening = true;
  browser.notifications.onClicked.addListener((id) => {
    if (id !== NOTIFICATION_ID) return;
    void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html#today' as '/popup.html') });
    void browser.notifications.clear(id);
  });
}

/** The toolbar badge: alerts not seen yet. */
export async function updateBadge(db: OpsLensDb): Promise<void> {
  const n = await openAlertCount(db);
  await browser.action.setBadgeText({ text: n ? (n > 999 ? '999+' : String(n)) : '' });
  if (n) await browser.action.setBadgeBackgroundColor({ color: '#b42318' });
}

/**
 * Tells the operator about the alerts one batch of readings raised: one notification for all of them, when
 * they turned notifications on, granted the permission, and it is not quiet hours. What was shown, or why
 * not, is kept in local:alertLog.
 */
export async function notifyRaised(
  raised: readonly AlertRow[],
  stores: Stores,
  lang: Lang,
  now: Date,
): Promise<NotifiedEntry> {
  const s = await stores.alertSettings.get();
  const { title, message } = groupedNotification(raised, lang);
  let outcome: NotifiedEntry['outcome'];
  if (!s.notify) outcome = 'off';
  else if (!(await browser.permissions.contains(PERMISSION))) outcome = 'noPermission';
  else if (isQuiet(s, now.getHours())) outcome = 'quiet';
  else {
    try {
      listenToClicks();
      await browser.notifications.create(NOTIFICATION_ID, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title,
        message,
      });
      outcome = 'shown';
    } catch (err) {
      console.warn('[opslens] notification failed', err);
      outcome = 'failed';
    }
  }
  const entry: NotifiedEntry = {
    at: now.toISOString(),
    count: raised.length,
    ids: raised.map((a) => a.id).slice(0, 50),
    title,
    message,
    outcome,
  };
  const log = await notifiedItem.getValue();
  await notifiedItem.setValue([...(Array.isArray(log) ? log : []), entry].slice(-NOTIFIED_KEPT));
  return entry;
}
