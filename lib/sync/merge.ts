import { type FieldValue, HISTORY_LIMIT, type SettingsLayerDoc, type TeamDoc, type Who } from './docs';

// How two versions of one document become one (the server's and a browser's pending change). Every rule
// is deterministic, so every browser that sees the same two versions reaches the same result:
// - watch, dismissed, experiment: the later `at` wins the whole document; on equal times the greater
//   `operator`, then `device`, wins (any fixed order would do; this one needs no clock).
// - settings: the same per field, and a losing value that differs from the winner goes into `history`.
// - snap: a reading never changes; the version already on the server is kept.

/**
 * The time of values this browser held before it connected, whose real time is not known (lib/sync/seed.ts):
 * older than anything written since, and never kept in history when they lose (they were no team value).
 */
export const SEED_AT = '1970-01-01T00:00:00.000Z';

const whoKey = (w: Who) => `${w.operator}\u0000${w.device}`;

/** Whether `a` was written after `b` (by time, then by who wrote it). */
export function later(a: { at: string; by: Who }, b: { at: string; by: Who }): boolean {
  if (a.at !== b.at) return a.at > b.at;
  return whoKey(a.by) > whoKey(b.by);
}

const sameEntry = (a: FieldValue & { field: string }, b: FieldValue & { field: string }) =>
  a.field === b.field && a.v === b.v && a.at === b.at && whoKey(a.by) === whoKey(b.by);

/** Two versions of one settings layer, field by field; the losers kept in history, newest first. */
export function mergeLayers(a: SettingsLayerDoc, b: SettingsLayerDoc): SettingsLayerDoc {
  const fields: Record<string, FieldValue> = {};
  const history = [...a.history, ...b.history];
  for (const name of new Set([...Object.keys(a.fields), ...Object.keys(b.fields)])) {
    const x = a.fields[name];
    const y = b.fields[name];
    const [win, lose] = !x ? [y!, undefined] : !y ? [x, undefined] : later(x, y) ? [x, y] : [y, x];
    fields[name] = win;
    if (lose && lose.at !== SEED_AT && (lose.v !== win.v || lose.at !== win.at))
      history.push({ field: name, ...lose });
  }
  const unique = history.filter((h, i) => history.findIndex((o) => sameEntry(o, h)) === i);
  unique.sort((p, q) => (later(p, q) ? -1 : later(q, p) ? 1 : 0));
  const newest = Object.values(fields).reduce((m, f) => (later(f, m) ? f : m), { at: a.at, by: a.by });
  const stamp = later(b, newest) ? b : newest;
  return { ...a, fields, history: unique.slice(0, HISTORY_LIMIT), at: stamp.at, by: stamp.by };
}

/**
 * The version to keep of a document held by the server (`remote`, if any) and changed here (`local`).
 * The result carries the server's `_rev`, so that writing it replaces the server's version.
 */
export function resolve(remote: TeamDoc | undefined, local: TeamDoc): TeamDoc {
  if (!remote || remote.type !== local.type)
    return { ...local, ...(remote?._rev ? { _rev: remote._rev } : {}) };
  const rev = remote._rev ? { _rev: remote._rev } : {};
  if (local.type === 'snap') return remote;
  if (local.type === 'settings') return { ...mergeLayers(remote as SettingsLayerDoc, local), ...rev };
  return later(local, remote) ? { ...local, ...rev } : remote;
}

/** Whether writing `merged` would change nothing on the server. */
export function sameContent(a: TeamDoc, b: TeamDoc): boolean {
  const { _rev: _a, ...x } = a;
  const { _rev: _b, ...y } = b;
  return stable(x) === stable(y);
}

export function stable(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v) ?? 'null';
}
