import type { Followups } from '../background/followups';
import type { Stores } from '../background/stores';
import { history, putSnapshots, setWatched } from '../db';
import { addExperiment } from '../db/experiments';
import type { OpsLensDb } from '../db/schema';
import { productOf } from '../experiments/types';
import type { SnapshotRecord } from '../model';
import {
  ADVICE_DEFAULTS,
  type AdviceSettings,
  applySettingsPatch,
  type SettingsPatch,
} from '../settings/advice-settings';
import { DISMISSED_LIMIT } from '../settings/store';
import { type ExperimentDoc, type SettingsLayerDoc, snapDocId, type TeamDoc } from './docs';

// Shared documents into the local store, through the writers that exist (lib/db, the background's stores):
// Dexie stays what the popup, panels and dashboard read. These writes are not reported back to sync as
// local changes, and each is idempotent, so a document applied twice (a pull repeated after the worker
// stopped before saving its checkpoint) changes nothing the second time.

export interface MirrorDeps {
  db: OpsLensDb;
  stores: Stores;
  followups?: Followups;
}

function layerPatch(doc: SettingsLayerDoc): SettingsPatch {
  const fields: Partial<Record<keyof AdviceSettings, number | null>> = {};
  // A threshold this version does not know (a newer version's, or a mistake) is left out: the stored
  // settings are validated whole on load, and one unknown field would make them fall back to defaults.
  for (const [k, f] of Object.entries(doc.fields))
    if (Object.hasOwn(ADVICE_DEFAULTS, k)) fields[k as keyof AdviceSettings] = f.v;
  return { [doc.scope]: { [doc.name]: fields } };
}

async function applyExperiment(db: OpsLensDb, doc: ExperimentDoc): Promise<void> {
  const { row } = doc;
  const held = (await db.experiments.where('product').equals(productOf(row.ref)).toArray()).find(
    (e) => e.at === row.at && e.change === row.change,
  );
  if (doc.deleted) {
    if (held?.id !== undefined) await db.experiments.delete(held.id);
  } else if (!held) {
    const { endedAt, ...rest } = row;
    const added = await addExperiment(db, rest);
    if (endedAt) await db.experiments.update(added.id, { endedAt });
  } else if (held.id !== undefined && (held.endedAt !== row.endedAt || held.note !== row.note)) {
    await db.experiments.update(held.id, {
      note: row.note,
      ...(row.endedAt ? { endedAt: row.endedAt } : {}),
    });
  }
}

/**
 * Readings not held here already. Another operator's copy of a reading we took too (same entity, hour and
 * content: the same document id) is the same reading at another minute: keeping both would count it twice.
 */
async function unheld(db: OpsLensDb, records: SnapshotRecord[]): Promise<SnapshotRecord[]> {
  const out: SnapshotRecord[] = [];
  for (const r of records) {
    const hour = r.capturedAt.slice(0, 13);
    const near = await history(db, r, { from: `${hour}:00:00.000Z`, to: `${hour}:59:59.999Z` });
    if (!near.some((x) => snapDocId(x) === snapDocId(r))) out.push(r);
  }
  return out;
}

/** Applies shared documents to the local store, in order; replies with how many were applied. */
export async function applyDocs(deps: MirrorDeps, docs: TeamDoc[]): Promise<number> {
  const { db, stores } = deps;
  let settingsChanged = false;
  const snaps = docs.flatMap((d) => (d.type === 'snap' ? [d.record] : []));
  for (const doc of docs) {
    switch (doc.type) {
      case 'watch':
        await setWatched(db, doc.row, !doc.deleted);
        break;
      case 'dismissed':
        await stores.dismissed.update((list) => {
          const rest = list.filter((x) => x !== doc.adviceId);
          return doc.deleted ? rest : [...rest, doc.adviceId].slice(-DISMISSED_LIMIT);
        });
        break;
      case 'settings':
        await stores.settings.update((s) => applySettingsPatch(s, layerPatch(doc)));
        settingsChanged = true;
        break;
      case 'experiment':
        await applyExperiment(db, doc);
        break;
      case 'snap':
        break;
    }
  }
  const fresh = await unheld(db, snaps);
  if (fresh.length) {
    const results = await putSnapshots(db, fresh);
    deps.followups?.stored(fresh, results);
  }
  if (settingsChanged) void deps.followups?.rebuild().catch(() => undefined);
  return docs.length;
}
