import type { WatchRow } from '../db/schema';
import type { ExperimentRow } from '../experiments/types';
import type { SnapshotRecord } from '../model';
import type { SettingsDoc } from '../settings/advice-settings';
import {
  dismissedDocId,
  experimentDocId,
  type FieldValue,
  settingsDocId,
  snapDocId,
  type TeamDoc,
  type Who,
  watchDocId,
} from './docs';
import { resolve } from './merge';

/** A change made in this browser, as the background's handlers report it after writing it. */
export type LocalChange =
  | { type: 'watch'; row: WatchRow; watched: boolean }
  | { type: 'settings'; before: SettingsDoc; after: SettingsDoc }
  | { type: 'dismissed'; ids: string[]; dismissed: boolean }
  | { type: 'experiment'; row: ExperimentRow; deleted: boolean }
  | { type: 'snaps'; records: SnapshotRecord[] };

/** Documents waiting to be written to the server, by id: only the latest version of each is kept. */
export type Outbox = Record<string, TeamDoc>;

type Scope = 'marketplaces' | 'products';

function settingsDocs(before: SettingsDoc, after: SettingsDoc, by: Who, at: string): TeamDoc[] {
  const docs: TeamDoc[] = [];
  for (const scope of ['marketplaces', 'products'] as Scope[]) {
    const names = new Set([...Object.keys(before[scope]), ...Object.keys(after[scope])]);
    for (const name of names) {
      const b: Record<string, number | undefined> = before[scope][name] ?? {};
      const a: Record<string, number | undefined> = after[scope][name] ?? {};
      const fields: Record<string, FieldValue> = {};
      for (const f of new Set([...Object.keys(b), ...Object.keys(a)]))
        if (a[f] !== b[f]) fields[f] = { v: a[f] ?? null, at, by };
      if (Object.keys(fields).length)
        docs.push({
          _id: settingsDocId(scope, name),
          type: 'settings',
          scope,
          name,
          fields,
          history: [],
          by,
          at,
        });
    }
  }
  return docs;
}

/** The documents a local change writes; `at` is when it was made. */
export function docsOf(change: LocalChange, by: Who, at: string): TeamDoc[] {
  switch (change.type) {
    case 'watch':
      return [
        { _id: watchDocId(change.row), type: 'watch', row: change.row, deleted: !change.watched, by, at },
      ];
    case 'settings':
      return settingsDocs(change.before, change.after, by, at);
    case 'dismissed':
      return change.ids.map((adviceId) => ({
        _id: dismissedDocId(adviceId),
        type: 'dismissed' as const,
        adviceId,
        deleted: !change.dismissed,
        by,
        at,
      }));
    case 'experiment': {
      const { id: _local, product: _derived, ...row } = change.row;
      return [{ _id: experimentDocId(row), type: 'experiment', row, deleted: change.deleted, by, at }];
    }
    case 'snaps':
      return change.records.map((record) => ({
        _id: snapDocId(record),
        type: 'snap' as const,
        record,
        by,
        at,
      }));
  }
}

/** The outbox with `docs` added: a second change of one document before it was sent merges into the first. */
export function enqueue(outbox: Outbox, docs: TeamDoc[]): Outbox {
  const next = { ...outbox };
  for (const d of docs) {
    const held = next[d._id];
    next[d._id] = held ? resolve(held, d) : d;
  }
  return next;
}
