import * as z from 'zod/mini';
import type { EntityRow, WatchRow } from '../db';
import { isMetricName, METRICS, type MetricUnit, SnapshotRecord, validMetricValue } from '../model';
import { SettingsDoc } from '../settings/advice-settings';

export const BACKUP_FORMAT = 'opslens-backup';
export const BACKUP_VERSION = 1;

/**
 * The settings as a backup carries them: the thresholds, and the dismissed advice ids (kept in their own
 * storage item since settings version 2, carried here as backups always did).
 */
export const BackupSettings = z.extend(SettingsDoc, { dismissed: z.optional(z.array(z.string())) });
export type BackupSettings = z.infer<typeof BackupSettings>;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  /** The database schema version (Dexie `verno`) that wrote the file. */
  schemaVersion: number;
  settings: BackupSettings;
  watchlist: WatchRow[];
  /** Entity rows as stored, so a restore keeps `firstSeenAt`/`lastSeenAt` exactly; optional in files. */
  entities?: EntityRow[];
  snapshots: SnapshotRecord[];
}

// Zod/mini prints "Invalid input" for everything; a backup refused whole must say where and why.

const S = SnapshotRecord.shape;
const isoDateTime = z.iso.datetime();

export const WatchRowSchema = z.object({
  kind: S.kind,
  marketplace: S.marketplace,
  key: S.key,
  platform: S.platform,
  label: S.label,
  url: S.url,
  addedAt: isoDateTime,
});

export const EntityRowSchema = z.object({
  kind: S.kind,
  marketplace: S.marketplace,
  key: S.key,
  platform: S.platform,
  source: S.source,
  label: S.label,
  currency: S.currency,
  url: S.url,
  metrics: S.metrics,
  attrs: S.attrs,
  period: S.period,
  firstSeenAt: isoDateTime,
  lastCapturedAt: isoDateTime,
  lastSeenAt: isoDateTime,
  snapshotCount: z.number().check(z.int(), z.gte(0)),
});

const UNIT_RULE: Record<MetricUnit, string> = {
  money: 'an amount ≥ 0',
  count: 'a whole number ≥ 0',
  rate: 'a fraction ≥ 0',
  ratio: 'a number ≥ 0',
  rank: 'a whole number ≥ 1',
  rating: 'between 0 and 5',
  score: 'between 0 and 10',
};

export function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) =>
      typeof p === 'number'
        ? `[${p}]`
        : /^[A-Za-z_$][\w$]*$/.test(String(p))
          ? `${i ? '.' : ''}${String(p)}`
          : `[${JSON.stringify(String(p))}]`,
    )
    .join('');
}

const article = (t: string) => (/^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`);

/** The first problem with a metrics object, or undefined; checked before zod to name the metric. */
export function metricsProblem(metrics: unknown, at: string): string | undefined {
  if (typeof metrics !== 'object' || metrics === null || Array.isArray(metrics))
    return `${at}: must be an object of metric values`;
  for (const [name, value] of Object.entries(metrics)) {
    const where = `${at}${pathText(['x', name]).slice(1)}`;
    if (!isMetricName(name)) return `${where}: unknown metric name`;
    if (typeof value !== 'number') return `${where}: must be a number, not ${typeof value}`;
    if (!Number.isFinite(value)) return `${where}: must be finite`;
    const unit = METRICS[name];
    if (!validMetricValue(unit, value)) return `${where}: must be ${UNIT_RULE[unit]}`;
  }
  return undefined;
}

/** One zod issue as a sentence: `snapshots[12].capturedAt: must be an ISO 8601 date-time`. */
export function issueText(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[], input: unknown): string {
  const where = pathText([...prefix, ...issue.path]);
  const i = issue as z.core.$ZodIssue & Record<string, unknown>;
  // Zod leaves the input out of issues: look the value up to tell "missing" from "wrong type".
  const value = issue.path.reduce<unknown>(
    (v, k) => (typeof v === 'object' && v !== null ? (v as Record<PropertyKey, unknown>)[k] : undefined),
    input,
  );
  let what: string;
  switch (issue.code) {
    case 'invalid_type':
      what = value === undefined ? 'is missing' : `must be ${article(String(i.expected))}`;
      break;
    case 'invalid_format':
      what = i.format === 'datetime' ? 'must be an ISO 8601 date-time' : 'is not in the expected form';
      break;
    case 'too_small':
      what = i.origin === 'string' ? 'must not be empty' : `must be at least ${String(i.minimum)}`;
      break;
    case 'too_big':
      what = i.origin === 'string' ? 'is too long' : `must be at most ${String(i.maximum)}`;
      break;
    case 'invalid_value':
      what = `must be one of ${(i.values as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
      break;
    case 'invalid_key':
      what = 'has a key that is not allowed';
      break;
    default:
      what = issue.message;
  }
  return where ? `${where}: ${what}` : what;
}
