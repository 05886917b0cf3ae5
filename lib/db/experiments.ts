import { compareAround } from '../experiments/compare';
import { EXPERIMENT_DEFAULTS, type ExperimentSettings } from '../experiments/power';
import { type ExperimentRow, type ExperimentView, productOf } from '../experiments/types';
import type { EntityRef, SnapshotRecord } from '../model';
import type { OpsLensDb } from './schema';
import { history } from './snapshots';

const DAY = 86_400_000;

/** Records a change; the background is its only writer. */
export async function addExperiment(
  db: OpsLensDb,
  row: Omit<ExperimentRow, 'id' | 'product'>,
): Promise<ExperimentRow & { id: number }> {
  const full = { ...row, product: productOf(row.ref) };
  const id = await db.experiments.add(full);
  return { ...full, id };
}

/**
 * The readings an experiment is judged on: its entity's, and when it was recorded on a product page (a
 * competitor reading has no sessions), the listing of the same product's, from a little before the window.
 */
async function readingsFor(
  db: OpsLensDb,
  e: ExperimentRow,
  s: ExperimentSettings,
): Promise<SnapshotRecord[]> {
  const from = new Date(Date.parse(e.day) - (s.windowDays + 62) * DAY).toISOString();
  const refs: EntityRef[] = [e.ref];
  if (e.ref.kind !== 'listing' && e.ref.kind !== 'keyword' && e.ref.kind !== 'campaign')
    refs.push({ ...e.ref, kind: 'listing' });
  const lists = await Promise.all(refs.map((r) => history(db, r, { from })));
  return lists.flat();
}

/** A product's experiments (every one when `ref` is not given), newest first, each with its verdict now. */
export async function experimentsWithVerdicts(
  db: OpsLensDb,
  ref?: Pick<EntityRef, 'marketplace' | 'key'>,
  s: ExperimentSettings = { ...EXPERIMENT_DEFAULTS },
): Promise<ExperimentView[]> {
  return db.transaction('r', db.experiments, db.history, async () => {
    const rows = ref
      ? await db.experiments.where('product').equals(productOf(ref)).toArray()
      : await db.experiments.toArray();
    rows.sort((a, b) => (a.at < b.at ? 1 : -1));
    const out: ExperimentView[] = [];
    for (const e of rows) {
      const readings = await readingsFor(db, e, s);
      // An ended experiment is judged on the periods that began before it ended.
      const end = e.endedAt?.slice(0, 10);
      const kept = end ? readings.filter((r) => !r.period || r.period.from <= end) : readings;
      out.push({ experiment: e as ExperimentRow & { id: number }, verdict: compareAround(kept, e.day, s) });
    }
    return out;
  });
}
