import { OpsLensDb, putSnapshots, setWatched } from '../../lib/db';
import { type BackupSettings, withoutId } from '../../lib/export';
import { at, competitor } from './records';

// The database the backup tests export and restore (tests/unit/export-backup*.test.ts).

export const T0 = '2026-11-20T10:00:00.000Z';
export const SETTINGS: BackupSettings = {
  version: 1,
  marketplaces: { 'amazon.com': { breakEvenAcos: 0.25 } },
  products: { 'amazon.com|B0C1K2Z3X4': { leadTimeDays: 45 } },
  dismissed: ['bid|keyword|amazon.com|kettle'],
};

let n = 0;
export const freshDb = async () => {
  const d = new OpsLensDb(`opslens-export-backup-${n++}-${Math.random()}`);
  await d.open();
  return d;
};

export async function seed(d: OpsLensDb) {
  await putSnapshots(d, [
    competitor(),
    competitor({ key: 'B0OTHER0001', label: 'Other kettle', metrics: { price: 19.5, reviewCount: 3 } }),
    {
      kind: 'listing',
      source: 'amazon.business-report',
      platform: 'amazon',
      marketplace: 'amazon.de',
      key: 'B0C1K2Z3X4',
      currency: 'EUR',
      period: { from: '2026-11-01', to: '2026-11-19' },
      capturedAt: T0,
      url: 'https://sellercentral.amazon.de/business-reports',
      metrics: { sessions: 1200, conversionRate: 0.0812, sales: 2345.67 },
      attrs: { asin: 'B0C1K2Z3X4' },
    },
  ]);
  // A repeat within the hour is not stored but moves lastSeenAt: the entity row must survive a round trip as is.
  await putSnapshots(d, [competitor({ capturedAt: at(T0, 30) })]);
  await putSnapshots(d, [competitor({ capturedAt: at(T0, 90), metrics: { price: 35.99, rating: 4.6 } })]);
  await setWatched(
    d,
    {
      kind: 'competitor',
      marketplace: 'amazon.com',
      key: 'B0C1K2Z3X4',
      platform: 'amazon',
      url: 'u',
      addedAt: T0,
    },
    true,
  );
}

/** Database content without ids; JSON-normalised, since a stored `undefined` and a missing field mean the same. */
export async function dump(d: OpsLensDb) {
  const snapshots = (await d.history.toArray()).map(withoutId);
  return JSON.parse(
    JSON.stringify({
      snapshots,
      entities: await d.entities.toArray(),
      watchlist: await d.watchlist.toArray(),
    }),
  );
}
