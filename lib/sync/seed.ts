import type { Stores } from '../background/stores';
import type { OpsLensDb } from '../db/schema';
import { EMPTY_SETTINGS } from '../settings/advice-settings';
import type { TeamDoc, Who } from './docs';
import { SEED_AT } from './merge';
import { docsOf } from './record';

/**
 * What this browser held before it connected, as documents to send: the watchlist (at the time each row was
 * added), experiments (at the time they were recorded), and settings and dismissals, whose time is not
 * known, at SEED_AT, so that anything the team wrote wins over them and they only fill what the team lacks.
 * Readings taken before connecting are not sent: they stay this browser's.
 */
export async function seedDocs(db: OpsLensDb, stores: Stores, by: Who): Promise<TeamDoc[]> {
  const [watchlist, experiments, settings, dismissed] = await Promise.all([
    db.watchlist.toArray(),
    db.experiments.toArray(),
    stores.settings.get(),
    stores.dismissed.get(),
  ]);
  return [
    ...watchlist.flatMap((row) => docsOf({ type: 'watch', row, watched: true }, by, row.addedAt)),
    ...experiments.flatMap((row) => docsOf({ type: 'experiment', row, deleted: false }, by, row.at)),
    ...docsOf({ type: 'settings', before: EMPTY_SETTINGS, after: settings }, by, SEED_AT),
    ...docsOf({ type: 'dismissed', ids: dismissed, dismissed: true }, by, SEED_AT),
  ];
}
