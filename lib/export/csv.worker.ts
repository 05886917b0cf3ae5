import { OpsLensDb } from '../db';
import '../i18n';
import { csvPart, type PartJob } from './csv-parts';

// A worker writing one part of a kind's CSV file (./csv-parts.ts): its own connection to the database, the
// part's rows as one Blob back to the page. Reads only.
const dbs = new Map<string, OpsLensDb>();

self.addEventListener('message', async (e: MessageEvent<{ id: number; job: PartJob }>) => {
  const { id, job } = e.data;
  try {
    let db = dbs.get(job.dbName);
    if (!db) {
      db = new OpsLensDb(job.dbName);
      dbs.set(job.dbName, db);
    }
    const { dbName: _name, ...rest } = job;
    self.postMessage({ id, blob: await csvPart(db, rest) });
  } catch (err) {
    self.postMessage({ id, error: String((err as Error)?.message ?? err) });
  }
});
