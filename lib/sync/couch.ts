// The few CouchDB HTTP calls sync needs (_all_docs, _bulk_docs, _changes), with plain fetch. They work the
// same in a service worker, a page and Node, and against CouchDB or any server that speaks its API.

export interface TeamServer {
  /** Origin and path of the server, without the database: `https://couch.example.com:6984`. */
  url: string;
  db: string;
  user: string;
  password: string;
}

/** Why a call failed, as the status line names it; `permission`: the browser lacks the server's host permission. */
export type SyncErrorKind = 'unauthorized' | 'forbidden' | 'missing' | 'offline' | 'server' | 'permission';

export class SyncError extends Error {
  constructor(
    readonly kind: SyncErrorKind,
    readonly status?: number,
  ) {
    super(`team sync: ${kind}${status ? ` (${status})` : ''}`);
  }
}

export const kindOfStatus = (status: number): SyncErrorKind =>
  status === 401 ? 'unauthorized' : status === 403 ? 'forbidden' : status === 404 ? 'missing' : 'server';

export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

export interface Couch {
  /** The documents of `ids` as the server holds them (missing ones left out). */
  get(ids: string[]): Promise<Map<string, unknown>>;
  /** Writes documents; replies, per document, whether it was written, refused (forbidden) or conflicted. */
  put(docs: unknown[]): Promise<{ id: string; ok: boolean; error?: string }[]>;
  /** Changes after `since`, with their documents. */
  changes(
    since: string | undefined,
    limit: number,
  ): Promise<{ docs: unknown[]; last: string; count: number }>;
}

const DEFAULT_TIMEOUT_MS = 20_000;

export function couch(server: TeamServer, fetchFn: Fetch = fetch, timeoutMs = DEFAULT_TIMEOUT_MS): Couch {
  const base = `${server.url.replace(/\/+$/, '')}/${encodeURIComponent(server.db)}`;
  const authorization = `Basic ${btoa(String.fromCharCode(...new TextEncoder().encode(`${server.user}:${server.password}`)))}`;
  async function call<T>(path: string, body?: unknown): Promise<T> {
    let r: Response | undefined;
    // Twice: the first try after a server restart can meet a kept-alive connection the server closed.
    for (let attempt = 0; !r && attempt < 2; attempt++) r = await send(path, body).catch(() => undefined);
    if (!r) throw new SyncError('offline');
    if (!r.ok) throw new SyncError(kindOfStatus(r.status), r.status);
    try {
      return (await r.json()) as T;
    } catch {
      throw new SyncError('server', r.status);
    }
  }
  function send(path: string, body?: unknown): Promise<Response> {
    return fetchFn(base + path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization, accept: 'application/json', 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(timeoutMs),
      credentials: 'omit',
    });
  }
  return {
    async get(ids) {
      const out = new Map<string, unknown>();
      if (!ids.length) return out;
      const res = await call<{ rows: { key: string; doc?: unknown }[] }>('/_all_docs?include_docs=true', {
        keys: ids,
      });
      for (const row of res.rows ?? []) if (row.doc) out.set(row.key, row.doc);
      return out;
    },
    async put(docs) {
      if (!docs.length) return [];
      const res = await call<{ id: string; ok?: boolean; error?: string }[]>('/_bulk_docs', { docs });
      return res.map((r) => ({
        id: r.id,
        ok: r.ok === true || (!r.error && r.ok !== false),
        ...(r.error ? { error: r.error } : {}),
      }));
    },
    async changes(since, limit) {
      const q = `?include_docs=true&limit=${limit}${since === undefined ? '' : `&since=${encodeURIComponent(since)}`}`;
      const res = await call<{ results: { doc?: unknown }[]; last_seq: string | number }>(`/_changes${q}`);
      const results = res.results ?? [];
      return {
        docs: results.flatMap((r) => (r.doc ? [r.doc] : [])),
        last: String(res.last_seq),
        count: results.length,
      };
    },
  };
}
