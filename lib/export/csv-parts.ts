import Dexie from 'dexie';
import type { OpsLensDb } from '../db';
import { chunksToBlob } from './csv';
import { iterateSnapshots, type KeyPart, type SnapshotFilter } from './iterate';
import type { KindExportOptions, KindUse } from './kind-columns';
import { kindCsvHeader, kindCsvRows } from './kind-export';

// One kind's CSV file written by workers (issue 16): the kind's key range is cut at entity boundaries into
// parts of about equal size (by the entities' reading counts), each part read and formatted by a worker
// (lib/export/csv.worker.ts) with its own database connection, and the parts joined in key order. The
// dashboard's thread stays free, and two cores decode the stored records where one did.

export interface PartJob {
  dbName: string;
  filter: SnapshotFilter;
  use: KindUse;
  opts: KindExportOptions;
  part: KeyPart;
}

/** What a worker does with one part: read it, write its rows. Also the fallback when no worker starts. */
export async function csvPart(db: OpsLensDb, job: Omit<PartJob, 'dbName'>): Promise<Blob> {
  const rows = kindCsvRows(iterateSnapshots(db, job.filter, 2000, job.part), job.use, job.opts);
  return chunksToBlob(rows, 'text/csv');
}

/** Cuts the kind's key range into about `n` parts of equal reading counts, at entity boundaries. */
export async function kindParts(db: OpsLensDb, kind: string, n: number): Promise<KeyPart[]> {
  const rows = await db.entities.where(':id').between([kind], [kind, Dexie.maxKey]).toArray();
  const total = rows.reduce((sum, e) => sum + e.snapshotCount, 0);
  const cuts: unknown[][] = [];
  let seen = 0;
  for (const e of rows) {
    if (seen >= ((cuts.length + 1) * total) / n && cuts.length < n - 1)
      cuts.push([e.kind, e.marketplace, e.key]);
    seen += e.snapshotCount;
  }
  const bounds = [[kind], ...cuts, [kind, Dexie.maxKey]];
  return bounds.slice(1).map((upper, i) => ({ lower: bounds[i]!, upper }));
}

type Reply = { id: number; blob?: Blob; error?: string };

function runOn(worker: Worker, id: number, job: PartJob): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const onMessage = (e: MessageEvent<Reply>) => {
      if (e.data.id !== id) return;
      worker.removeEventListener('message', onMessage);
      if (e.data.blob) resolve(e.data.blob);
      else reject(new Error(e.data.error ?? 'export worker failed'));
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', (e) => reject(new Error(e.message || 'export worker failed')), {
      once: true,
    });
    worker.postMessage({ id, job });
  });
}

/**
 * One kind's CSV file as a Blob: header, then the parts in key order, `workers` at a time. Without a way to
 * start workers (`spawn` absent or throwing) the parts are written here, one after another.
 */
export async function kindCsvBlob(
  db: OpsLensDb,
  filter: SnapshotFilter,
  use: KindUse,
  opts: KindExportOptions,
  spawn?: () => Worker,
  workers = 2,
): Promise<Blob> {
  const type = 'text/csv;charset=utf-8';
  const parts = await kindParts(db, use.kind, workers);
  const jobs = parts.map((part) => ({
    dbName: db.name,
    filter: { ...filter, kinds: [use.kind] },
    use,
    opts,
    part,
  }));
  let pool: Worker[] = [];
  try {
    pool = spawn ? jobs.map(() => spawn()) : [];
  } catch {
    pool = [];
  }
  try {
    const blobs = pool.length
      ? await Promise.all(jobs.map((job, i) => runOn(pool[i]!, i, job)))
      : await sequential(db, jobs);
    return new Blob([kindCsvHeader(use, opts), ...blobs], { type });
  } finally {
    for (const w of pool) w.terminate();
  }
}

async function sequential(db: OpsLensDb, jobs: PartJob[]): Promise<Blob[]> {
  const out: Blob[] = [];
  for (const { dbName: _name, ...job } of jobs) out.push(await csvPart(db, job));
  return out;
}
