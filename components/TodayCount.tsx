import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import type { OpsLensDb } from '../lib/db';
import { type Lang, t } from '../lib/i18n';
import { dismissedItem, loadDismissed } from '../lib/settings/store';
import { todayList } from '../lib/today/list';
import { loadTodayStatus, todayStatusItem } from '../lib/today/store';
import { useStored } from '../lib/today/use-stored';

/** How many things Today lists, as a link that opens it; nothing while it is read or when there are none. */
export function TodayCount({ db, lang }: { db: OpsLensDb; lang: Lang }) {
  const rows = useLiveQuery(() => db.advice.toArray(), [db]);
  const alerts = useLiveQuery(() => db.alerts.where('status').anyOf('open', 'seen').toArray(), [db]);
  const status = useStored(todayStatusItem, loadTodayStatus);
  const dismissed = useStored(dismissedItem, loadDismissed);
  if (!rows || !alerts || !status || !dismissed) return null;
  // The same list as Today's, without the day before (the popup shows no "since yesterday").
  const n = todayList(rows, status, dismissed, undefined, Date.now(), alerts).visible;
  if (!n) return null;
  return (
    <button
      type="button"
      className="today-count link"
      onClick={() =>
        void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html#today' as '/popup.html') })
      }
    >
      {t(lang, 'popupToday', { n })}
    </button>
  );
}
