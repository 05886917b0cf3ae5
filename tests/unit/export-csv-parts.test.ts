import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OpsLensDb, putSnapshots } from '../../lib/db';
import { chunksToBlob, iterateSnapshots, kindsInUse } from '../../lib/export';
import { csvPart, kindCsvBlob, kindParts, type PartJob } from '../../lib/export/csv-parts';
import { kindToCsvChunks } from '../../lib/export/kind-export';
import type { SnapshotRecord } from '../../lib/model';

// One kind's CSV file written in parts by workers (lib/export/csv-parts.ts) must be, byte for byte, the file
// written in one pass (kindToCsvChunks over the kind's readings): every reading once, in key order, the parts
// cut at entity boundaries.

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 1, 9);

/** 60 listings (the first ten read daily, the rest now and then), a few competitors and keywords between. */
function readings(): SnapshotRecord[] {
  const out: SnapshotRecord[] = [];
  for (let d = 0; d < 40; d++)
    for (let e = 0; e < 60; e++) {
      if (e >= 10 && (e + d) % 7 !== 0) continue;
      const key = `B0PART${String(e).padStart(4, '0')}`;
      out.push({
        kind: e % 13 === 5 ? 'competitor' : 'listing',
        source: 'amazon.business-report',
        platform: 'amazon',
        marketplace: e % 3 === 0 ? 'amazon.de' : 'amazon.com',
        key,
        label: `Kettle ${e}, "quoted", 1,7 L`,
        currency: 'USD',
        period: {
          from: new Date(T0 + d * DAY).toISOString().slice(0, 10),
          to: new Date(T0 + d * DAY).toISOString().slice(0, 10),
        },
        capturedAt: new Date(T0 + d * DAY + e * 1000).toISOString(),
        url: 'https://sellercentral.amazon.com/business-reports',
        metrics: { sessions: 100 + e + d, conversionRate: 0.1 + e / 1000 },
        attrs: { asin: key },
      });
    }
  return out;
}

/** Runs each part as a worker would, but in this thread, through the same messages. */
class InThreadWorker extends EventTarget {
  constructor(private readonly db: OpsLensDb) {
    super();
  }
  postMessage({ id, job }: { id: number; job: PartJob }) {
    const { dbName: _name, ...rest } = job;
    void csvPart(this.db, rest).then((blob) =>
      this.dispatchEvent(new MessageEvent('message', { data: { id, blob } })),
    );
  }
  terminate() {}
}

let db: OpsLensDb;
let n = 0;
beforeEach(async () => {
  db = new OpsLensDb(`csv-parts-${n++}`);
  await db.open();
  for (let i = 0, all = readings(); i < all.length; i += 250) await putSnapshots(db, all.slice(i, i + 250));
});
afterEach(() => db.delete());

const opts = { lang: 'en' as const, headers: 'ui' as const, timeZone: 'Asia/Shanghai' };

async function oneThread(filter = {}) {
  const use = (await kindsInUse(iterateSnapshots(db, filter))).find((u) => u.kind === 'listing')!;
  const text = await (
    await chunksToBlob(
      kindToCsvChunks(iterateSnapshots(db, { ...filter, kinds: ['listing'] }), use, opts),
      'text/csv',
    )
  ).text();
  return { use, text };
}

describe('a kind’s CSV in parts', () => {
  it.each([1, 2, 3, 7])('in %i parts: the same file as in one pass', async (parts) => {
    const { use, text } = await oneThread();
    const spawn = () => new InThreadWorker(db) as unknown as Worker;
    const blob = await kindCsvBlob(db, {}, use, opts, spawn, parts);
    expect(await blob.text()).toBe(text);
    expect(text.split('\r\n').length - 2).toBe(use.rows);
  });

  it('cuts at entity boundaries into parts of about equal readings', async () => {
    const parts = await kindParts(db, 'listing', 2);
    expect(parts).toHaveLength(2);
    const sizes = [];
    for (const part of parts) {
      let rows = 0;
      const keys = new Set<string>();
      for await (const batch of iterateSnapshots(db, { kinds: ['listing'] }, 100, part)) {
        rows += batch.length;
        for (const s of batch) keys.add(s.key);
      }
      sizes.push({ rows, keys });
    }
    const [a, b] = sizes;
    for (const k of a!.keys) expect(b!.keys.has(k), k).toBe(false);
    const total = a!.rows + b!.rows;
    expect(Math.abs(a!.rows - b!.rows)).toBeLessThan(total * 0.2);
  });

  it('with a filter, and without workers (none can start): the same file', async () => {
    const filter = { marketplaces: ['amazon.de'], from: '2026-01-10', to: '2026-01-30' };
    const { use, text } = await oneThread(filter);
    const failing = () => {
      throw new Error('no workers here');
    };
    expect(await (await kindCsvBlob(db, filter, use, opts, failing)).text()).toBe(text);
    expect(await (await kindCsvBlob(db, filter, use, opts)).text()).toBe(text);
  });
});
