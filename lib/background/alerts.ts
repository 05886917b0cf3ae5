import { evaluateReading } from '../alerts/rules';
import type { Judged } from '../db/alerts';
import { entityKey } from '../db/entities';
import { historyBefore } from '../db/page-advice';
import type { OpsLensDb } from '../db/schema';
import type { PutResult } from '../db/snapshots';
import type { SnapshotRecord } from '../model';
import { resolveSettings } from '../settings/advice-settings';
import type { Stores } from './stores';

/**
 * The alert rules over the readings a write stored (a repeat that was not stored says nothing new): each
 * with the readings before it (as the advice reads them), the one just before, and whether it is watched.
 */
export async function judgeReadings(
  db: OpsLensDb,
  stores: Stores,
  records: readonly SnapshotRecord[],
  results: readonly PutResult[],
): Promise<Judged[]> {
  const fresh = records.flatMap((rec, i) =>
    results[i]?.stored ? [{ rec, previous: results[i]?.previous ?? null }] : [],
  );
  if (!fresh.length) return [];
  const [doc, alerts] = await Promise.all([stores.settings.get(), stores.alertSettings.get()]);
  const competitors = fresh.filter((f) => f.rec.kind === 'competitor').map((f) => f.rec);
  const watched = new Set(
    (await db.watchlist.bulkGet(competitors.map(entityKey))).flatMap((w, i) => (w ? [competitors[i]!] : [])),
  );
  const out: Judged[] = [];
  for (const { rec, previous } of fresh) {
    const history = rec.kind === 'listing' ? (await historyBefore(db, rec)).reverse() : [];
    const { checked, alerts: raised } = evaluateReading(rec, {
      history,
      previous,
      watched: watched.has(rec),
      advice: resolveSettings(doc, rec.marketplace, rec.key),
      alerts,
    });
    out.push({ ref: rec, readingAt: rec.capturedAt, checked, alerts: raised });
  }
  return out;
}
