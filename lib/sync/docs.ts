import * as z from 'zod/mini';
import { Change, type ExperimentRow, Note } from '../experiments/types';
import { Kind, Platform, SnapshotRecord } from '../model';

// The shared slice as CouchDB documents (issue 17). Every id is deterministic, so that two operators who
// make the same thing (watch the same product, read the same page) write the same document, and CouchDB's
// revision check makes one of them merge into the other's instead of making two.

/** Who wrote a document: the CouchDB user and a random id of the browser profile it was written in. */
export const Who = z.object({
  operator: z.string().check(z.maxLength(200)),
  device: z.string().check(z.maxLength(100)),
});
export type Who = z.infer<typeof Who>;

const at = z.iso.datetime();
const base = { _id: z.string(), _rev: z.optional(z.string()), by: Who, at };

const WatchRowShape = z.object({
  kind: Kind,
  marketplace: z.string().check(z.maxLength(100)),
  key: z.string().check(z.maxLength(500)),
  platform: Platform,
  label: z.optional(z.string().check(z.maxLength(2000))),
  url: z.string().check(z.maxLength(4000)),
  addedAt: at,
});

// Deletions are a `deleted` flag, not CouchDB tombstones: a removal must carry its time and author to be
// weighed against an edit made elsewhere (last writer wins), and a tombstone's body is not kept by every
// CouchDB-compatible server.
export const WatchDoc = z.object({
  ...base,
  type: z.literal('watch'),
  row: WatchRowShape,
  deleted: z.boolean(),
});
export const DismissedDoc = z.object({
  ...base,
  type: z.literal('dismissed'),
  adviceId: z.string().check(z.maxLength(1200)),
  deleted: z.boolean(),
});

const ExperimentShape = z.object({
  ref: z.object({ kind: Kind, marketplace: z.string(), key: z.string() }),
  platform: Platform,
  label: z.optional(z.string().check(z.maxLength(2000))),
  url: z.string().check(z.maxLength(4000)),
  change: Change,
  note: Note,
  at,
  day: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  endedAt: z.optional(at),
});
export const ExperimentDoc = z.object({
  ...base,
  type: z.literal('experiment'),
  row: ExperimentShape,
  deleted: z.boolean(),
});

/** One threshold of one layer: its value (`null`: removed, the layer inherits) and who set it when. */
export const FieldValue = z.object({ v: z.nullable(z.number().check(z.gte(0))), at, by: Who });
export const HistoryEntry = z.object({ field: z.string(), ...FieldValue.shape });
export const SettingsLayerDoc = z.object({
  ...base,
  type: z.literal('settings'),
  scope: z.enum(['marketplaces', 'products']),
  name: z.string().check(z.maxLength(1200)),
  fields: z.record(z.string(), FieldValue),
  /** Values that lost to a later one, newest first (at most HISTORY_LIMIT). */
  history: z.array(HistoryEntry),
});
export const SnapDoc = z.object({ ...base, type: z.literal('snap'), record: SnapshotRecord });

export const TeamDoc = z.discriminatedUnion('type', [
  WatchDoc,
  DismissedDoc,
  ExperimentDoc,
  SettingsLayerDoc,
  SnapDoc,
]);
export type TeamDoc = z.infer<typeof TeamDoc>;
export type WatchDoc = z.infer<typeof WatchDoc>;
export type DismissedDoc = z.infer<typeof DismissedDoc>;
export type ExperimentDoc = z.infer<typeof ExperimentDoc>;
export type SettingsLayerDoc = z.infer<typeof SettingsLayerDoc>;
export type FieldValue = z.infer<typeof FieldValue>;
export type SnapDoc = z.infer<typeof SnapDoc>;

export const HISTORY_LIMIT = 50;

type Ref = { kind: string; marketplace: string; key: string };
export const watchDocId = (r: Ref) => `watch:${r.kind}|${r.marketplace}|${r.key}`;
export const dismissedDocId = (adviceId: string) => `dismissed:${adviceId}`;
export const settingsDocId = (scope: 'marketplaces' | 'products', name: string) =>
  `settings:${scope}|${name}`;
/** The experiment's product, change and the moment it was recorded: the local numeric id differs per browser. */
export const experimentDocId = (e: Pick<ExperimentRow, 'ref' | 'change' | 'at'>) =>
  `experiment:${e.ref.marketplace}|${e.ref.key}|${e.change}|${e.at}`;

/** FNV-1a, 32 bits, as 8 hex digits: a short name for a reading's content, not a security measure. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * A reading's id: its entity, the hour it was read in (UTC) and its content (period and metrics). Two
 * operators reading the same page in the same hour write one document; the local store already treats an
 * identical reading within the hour as the same (lib/db/snapshots.ts, DEDUP_WINDOW_MS), so one read either
 * side of the hour's edge still leaves one reading in each browser.
 */
export function snapDocId(
  r: Pick<SnapshotRecord, 'kind' | 'marketplace' | 'key' | 'capturedAt' | 'metrics' | 'period'>,
) {
  const metrics = Object.keys(r.metrics)
    .sort()
    .map((k) => `${k}=${r.metrics[k]}`)
    .join(',');
  const content = `${r.period ? `${r.period.from}..${r.period.to}` : ''};${metrics}`;
  return `snap:${r.kind}|${r.marketplace}|${r.key}|${r.capturedAt.slice(0, 13)}|${fnv1a(content)}`;
}

/** A document from the server, checked; design documents and what is not ours are left out. */
export function parseTeamDoc(raw: unknown): TeamDoc | undefined {
  const r = TeamDoc.safeParse(raw);
  return r.success ? r.data : undefined;
}
