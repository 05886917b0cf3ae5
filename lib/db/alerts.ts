import { type Alert, type AlertRule, alertId, EVENT_RULES } from '../alerts/types';
import { type EntityRef, entityId } from '../model';
import type { AlertRow, OpsLensDb } from './schema';

/** Days an alert that is over or seen is kept before it is forgotten. */
export const ALERTS_KEPT_DAYS = 30;

export interface Judged {
  ref: EntityRef;
  /** capturedAt of the reading judged. */
  readingAt: string;
  checked: readonly AlertRule[];
  alerts: readonly Alert[];
}

/**
 * Applies what new readings said to the stored alerts, in one transaction, and returns the alerts newly
 * raised (the ones to notify). A condition (stock, traffic, conversion, spend) stays one alert while it lasts,
 * seen or not, and is over when a reading of its rule no longer raises it; a competitor's move stays until
 * seen, and a later move raises it again. A reading older than the alert's is ignored (a late delivery).
 */
export async function applyAlerts(db: OpsLensDb, judged: readonly Judged[], now: Date): Promise<AlertRow[]> {
  const at = now.toISOString();
  return db.transaction('rw', db.alerts, async () => {
    const entities = [...new Set(judged.map((j) => entityId(j.ref)))];
    const rows = new Map((await db.alerts.where('entity').anyOf(entities).toArray()).map((r) => [r.id, r]));
    const raised = new Map<string, AlertRow>();
    for (const j of judged) {
      const rules = new Set<AlertRule>([...j.checked, ...j.alerts.map((a) => a.rule)]);
      for (const rule of rules) {
        const id = alertId(rule, j.ref);
        const row = rows.get(id);
        if (row && j.readingAt < row.readingAt) continue;
        const alert = j.alerts.find((a) => a.rule === rule);
        let next: AlertRow | undefined;
        if (alert) {
          const fresh =
            !row ||
            row.status === 'closed' ||
            (EVENT_RULES.has(rule) && row.status === 'seen' && alert.readingAt > row.readingAt);
          next = fresh
            ? { ...alert, id, entity: entityId(j.ref), status: 'open', raisedAt: at, updatedAt: at }
            : { ...row, ...alert, updatedAt: at };
          if (fresh) raised.set(id, next);
        } else if (row && row.status !== 'closed' && !EVENT_RULES.has(rule)) {
          next = { ...row, status: 'closed', updatedAt: at };
          raised.delete(id);
        }
        if (next) rows.set(id, next);
      }
    }
    const changed = [...rows.values()].filter((r) => r.updatedAt === at);
    if (changed.length) await db.alerts.bulkPut(changed);
    const oldest = new Date(now.getTime() - ALERTS_KEPT_DAYS * 86_400_000).toISOString();
    await db.alerts
      .where('updatedAt')
      .below(oldest)
      .and((r) => r.status !== 'open')
      .delete();
    return [...raised.values()].filter((r) => r.status === 'open');
  });
}

/** Alerts the operator has not seen yet: the toolbar badge. */
export const openAlertCount = (db: OpsLensDb) => db.alerts.where('status').equals('open').count();

/** Alerts marked seen (all open ones when `ids` is empty); returns how many are still open. */
export async function markAlertsSeen(db: OpsLensDb, ids: readonly string[], now: Date): Promise<number> {
  return db.transaction('rw', db.alerts, async () => {
    const open = await db.alerts.where('status').equals('open').toArray();
    const pick = new Set(ids);
    const seen = open.filter((r) => !ids.length || pick.has(r.id));
    if (seen.length)
      await db.alerts.bulkPut(
        seen.map((r) => ({ ...r, status: 'seen' as const, updatedAt: now.toISOString() })),
      );
    return open.length - seen.length;
  });
}
