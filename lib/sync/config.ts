import * as z from 'zod/mini';

// What the operator types in Settings -> Team, checked the same in the page and in the background.

/** CouchDB's rule for database names (https://docs.couchdb.org/en/stable/api/database/common.html). */
const DB_NAME = /^[a-z][a-z0-9_$()+/-]*$/;

const ServerUrl = z.string().check(
  z.maxLength(2000),
  z.refine((s) => {
    try {
      const u = new URL(s);
      return (u.protocol === 'https:' || u.protocol === 'http:') && !u.username && !u.password && !u.search;
    } catch {
      return false;
    }
  }, 'an http(s) address without user, password or query'),
);

export const TeamInput = z.object({
  url: ServerUrl,
  db: z.string().check(z.minLength(1), z.maxLength(238), z.regex(DB_NAME)),
  user: z.string().check(z.minLength(1), z.maxLength(200)),
  password: z.string().check(z.minLength(1), z.maxLength(1000)),
  /** Readings too (the watchlist, settings, dismissals and experiments always are). */
  snapshots: z.boolean(),
});
export type TeamInput = z.infer<typeof TeamInput>;

/** The stored connection (storage.local only): the input and this browser profile's random id. */
export const TeamConfig = z.object({ ...TeamInput.shape, device: z.string().check(z.maxLength(100)) });
export type TeamConfig = z.infer<typeof TeamConfig>;

/**
 * The host permission to ask for: the server's scheme and host and nothing else. Firefox's match patterns
 * cannot name a port (bug 1362809), so the port is named only where the browser understands it.
 */
export function originPattern(url: string, withPort = true): string {
  const u = new URL(url);
  return `${u.protocol}//${withPort ? u.host : u.hostname}/*`;
}

/** The server's address as the client uses it: no trailing slash. */
export const serverBase = (url: string) => url.replace(/\/+$/, '');

/** What the Team screen shows: the connection without its password, and how the last round went. */
export const TeamStatus = z.object({
  connected: z.boolean(),
  url: z.optional(z.string()),
  db: z.optional(z.string()),
  user: z.optional(z.string()),
  snapshots: z.boolean(),
  /** Changes made here that the server has not confirmed. */
  pending: z.number().check(z.int(), z.gte(0)),
  lastSyncAt: z.optional(z.string()),
  lastError: z.optional(z.enum(['unauthorized', 'forbidden', 'missing', 'offline', 'server', 'permission'])),
  readOnly: z.boolean(),
});
export type TeamStatus = z.infer<typeof TeamStatus>;
