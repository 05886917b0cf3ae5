import type { EntityRow, WatchRow } from '../db';
import { entityId, SnapshotRecord } from '../model';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type Backup,
  BackupSettings,
  EntityRowSchema,
  issueText,
  metricsProblem,
  WatchRowSchema,
} from './backup-schema';

export interface BackupLimits {
  /** Longest file accepted, checked on the text's length before parsing. Default 200 MB. */
  maxBytes?: number;
  /** Most snapshots + watchlist rows + entity rows accepted. Default 2,000,000. */
  maxRecords?: number;
}

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; reason: string };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
class ForbiddenKey extends Error {}

const size = (n: number) =>
  n >= 1048576 ? `${Math.round(n / 1048576)} MB` : n >= 1024 ? `${Math.round(n / 1024)} KB` : `${n} bytes`;
const fail = (reason: string): ParsedBackup => ({ ok: false, reason });
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function listProblem(doc: Record<string, unknown>, name: string, required: boolean): string | undefined {
  if (doc[name] === undefined) return required ? `${name}: is missing` : undefined;
  return Array.isArray(doc[name]) ? undefined : `${name}: must be a list`;
}

function duplicateProblem(rows: { kind: string; marketplace: string; key: string }[], name: string) {
  const first = new Map<string, number>();
  for (const [i, row] of rows.entries()) {
    const id = entityId(row as EntityRow);
    const j = first.get(id);
    if (j !== undefined)
      return `${name}[${i}]: duplicate of ${name}[${j}] (${row.kind} ${row.marketplace} ${row.key})`;
    first.set(id, i);
  }
  return undefined;
}

/** Checks a backup file whole: any problem refuses all of it, with a reason a person can act on. */
export function parseBackup(text: string, limits: BackupLimits = {}): ParsedBackup {
  const maxBytes = limits.maxBytes ?? 200 * 1024 * 1024;
  const maxRecords = limits.maxRecords ?? 2_000_000;
  if (typeof text !== 'string') return fail('The file could not be read as text.');
  if (text.length > maxBytes)
    return fail(`The file is too large (${size(text.length)}; the limit is ${size(maxBytes)}).`);
  if (text.trim() === '') return fail('The file is empty.');
  let doc: unknown;
  try {
    // A byte-order mark (a file re-saved in Notepad) is not part of the JSON.
    doc = JSON.parse(text.replace(/^\uFEFF/, ''), (key, value) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKey(key);
      return value;
    });
  } catch (e) {
    if (e instanceof ForbiddenKey)
      return fail(`The file contains the key "${e.message}", which no backup has: refused as unsafe.`);
    return fail('This is not an OpsLens backup: the file is not valid JSON (it may be cut short).');
  }
  if (!isObject(doc))
    return fail(
      `This is not an OpsLens backup: it holds ${Array.isArray(doc) ? 'a list' : 'a single value'}.`,
    );
  if (doc.format !== BACKUP_FORMAT)
    return fail(
      `This is not an OpsLens backup (format ${JSON.stringify(doc.format ?? null)}, expected "${BACKUP_FORMAT}").`,
    );
  const v = doc.version;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1)
    return fail(`Unknown backup version ${JSON.stringify(v ?? null)}.`);
  if (v > BACKUP_VERSION)
    return fail(`This backup was made by a newer OpsLens (version ${v}); update the extension.`);
  if (typeof doc.exportedAt !== 'string' || !Number.isFinite(Date.parse(doc.exportedAt)))
    return fail('exportedAt: must be an ISO 8601 date-time');
  if (typeof doc.schemaVersion !== 'number' || !Number.isInteger(doc.schemaVersion) || doc.schemaVersion < 1)
    return fail('schemaVersion: must be a whole number ≥ 1');
  const listIssue =
    listProblem(doc, 'snapshots', true) ??
    listProblem(doc, 'watchlist', true) ??
    listProblem(doc, 'entities', false);
  if (listIssue) return fail(listIssue);
  const snapshots = doc.snapshots as unknown[];
  const watchlist = doc.watchlist as unknown[];
  const entities = doc.entities as unknown[] | undefined;
  const total = snapshots.length + watchlist.length + (entities?.length ?? 0);
  if (total > maxRecords)
    return fail(`The backup holds ${total} records, more than the limit of ${maxRecords}.`);

  const settings = BackupSettings.safeParse(doc.settings);
  if (!settings.success) return fail(issueText(settings.error.issues[0]!, ['settings'], doc.settings));
  const out: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: doc.exportedAt,
    schemaVersion: doc.schemaVersion,
    settings: settings.data,
    watchlist: [],
    snapshots: [],
  };
  for (const [i, item] of snapshots.entries()) {
    const bad = metricsProblem(isObject(item) ? item.metrics : undefined, `snapshots[${i}].metrics`);
    if (bad && isObject(item) && item.metrics !== undefined) return fail(bad);
    const r = SnapshotRecord.safeParse(item);
    if (!r.success) return fail(issueText(r.error.issues[0]!, ['snapshots', i], item));
    out.snapshots.push(r.data);
  }
  for (const [i, item] of watchlist.entries()) {
    const r = WatchRowSchema.safeParse(item);
    if (!r.success) return fail(issueText(r.error.issues[0]!, ['watchlist', i], item));
    out.watchlist.push(r.data as WatchRow);
  }
  if (entities) {
    out.entities = [];
    for (const [i, item] of entities.entries()) {
      const bad =
        isObject(item) &&
        item.metrics !== undefined &&
        metricsProblem(item.metrics, `entities[${i}].metrics`);
      if (bad) return fail(bad);
      const r = EntityRowSchema.safeParse(item);
      if (!r.success) return fail(issueText(r.error.issues[0]!, ['entities', i], item));
      out.entities.push(r.data as EntityRow);
    }
  }
  const dup =
    duplicateProblem(out.watchlist, 'watchlist') ?? duplicateProblem(out.entities ?? [], 'entities');
  if (dup) return fail(dup);
  return { ok: true, backup: out };
}
