// Bundled into bench-today.js and run in an extension page of the built extension: the database the
// dashboard opens ('opslens'), filled with a year of readings of 1,000 listings, their latest pages, and the
// advice the background keeps (rebuildAdvice, the function it runs).
import { ingestPage, OpsLensDb } from '../../lib/db';
import { rebuildAdvice } from '../../lib/db/advice-cache';
import type { SnapshotRecord } from '../../lib/model';
import { reading } from './data';

/** Snapshots of `entities` listings over as many days as `total` allows (bulkAdd), stopping after `limitMs`. */
async function fill(entities: number, total: number, limitMs: number) {
  const db = new OpsLensDb('opslens');
  await db.delete();
  await db.open();
  const t = performance.now();
  let count = 0;
  let d = 0;
  for (; count + entities <= total && performance.now() - t < limitMs; d++) {
    await db.history.bulkAdd(Array.from({ length: entities }, (_, e) => reading(e, d)));
    count += entities;
  }
  db.close();
  return { ms: performance.now() - t, count, days: d };
}

/**
 * The last day read as two console pages of 500 rows (page.capture's ingestPage): a third of the listings
 * running out of stock, a fifth losing the Buy Box; then every entity's advice as the background keeps it.
 */
async function lastPages(entities: number, day: number) {
  const db = new OpsLensDb('opslens');
  await db.open();
  const recs: SnapshotRecord[] = Array.from({ length: entities }, (_, e) => {
    const r = reading(e, day);
    return {
      ...r,
      metrics: {
        ...r.metrics,
        available: e % 3 === 0 ? 5 + (e % 20) : 5000,
        ...(e % 5 === 0 ? { buyBoxPct: 0.6 + (e % 30) / 100 } : {}),
      },
    };
  });
  for (let i = 0; i < recs.length; i += 500) await ingestPage(db, recs.slice(i, i + 500));
  const t = performance.now();
  const rows = await rebuildAdvice(db, undefined);
  const ms = performance.now() - t;
  db.close();
  return { rows, ms };
}

Object.assign(globalThis, { opslensBench: { fill, lastPages } });
