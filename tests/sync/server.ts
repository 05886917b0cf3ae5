// A CouchDB-compatible server for the sync tests: express-pouchdb over PouchDB's in-memory adapter, on
// 127.0.0.1 at a port the system picks, with an admin, a writer and a reader. Nothing is written to disk
// (the config too is in memory); `stop()` closes it, and it stops by itself after `lifetimeMs`.

import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';

const require = createRequire(import.meta.url);

export interface TestCouch {
  url: string;
  port: number;
  /** Closes the server and every open connection; safe to call twice. */
  stop(): Promise<void>;
  /** Starts again on the same port, with the same data (the databases live in this process). */
  restart(): Promise<void>;
  admin: { user: string; password: string };
}

export const WRITER = { user: 'ana', password: 'ana-secret' };
export const READER = { user: 'rui', password: 'rui-secret' };
const ADMIN = { user: 'admin', password: 'admin-secret' };

// Writers are members with the role `writer`; readers members without it. CouchDB lets every member write,
// so the write rule is this validate_doc_update, as a team sets it up (README, Teams).
const VALIDATE = `function (newDoc, oldDoc, userCtx) {
  if (userCtx.roles.indexOf('_admin') === -1 && userCtx.roles.indexOf('writer') === -1)
    throw({ forbidden: 'read-only member' });
}`;

const auth = (u: { user: string; password: string }) =>
  `Basic ${Buffer.from(`${u.user}:${u.password}`).toString('base64')}`;

export async function startCouch(db: string, lifetimeMs = 120_000): Promise<TestCouch> {
  const PouchDB = require('pouchdb-core')
    .plugin(require('pouchdb-adapter-memory'))
    .plugin(require('pouchdb-adapter-http'))
    .plugin(require('pouchdb-mapreduce'))
    .plugin(require('pouchdb-replication'))
    .defaults({ adapter: 'memory' });
  const app = require('express-pouchdb')(PouchDB, { inMemoryConfig: true, logPath: '/dev/null' });
  let server: Server | undefined;
  let port = 0;
  const sockets = new Set<import('node:net').Socket>();
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const s = app.listen(port, '127.0.0.1', () => resolve());
      s.on('error', reject);
      s.on('connection', (c: import('node:net').Socket) => {
        sockets.add(c);
        c.on('close', () => sockets.delete(c));
      });
      server = s;
    });
  const close = () =>
    new Promise<void>((resolve) => {
      if (!server) return resolve();
      const s = server;
      server = undefined;
      for (const c of sockets) c.destroy();
      s.close(() => resolve());
    });
  await listen();
  port = (server!.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  const timer = setTimeout(() => void close(), lifetimeMs);
  timer.unref();

  const call = async (path: string, method: string, body?: unknown, who = ADMIN) => {
    const r = await fetch(url + path, {
      method,
      headers: { authorization: auth(who), 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!r.ok && r.status !== 412) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
    return r.json();
  };
  // Admin party until the first admin is set; from then on every call needs a user.
  await fetch(`${url}/_config/admins/${ADMIN.user}`, { method: 'PUT', body: JSON.stringify(ADMIN.password) });
  for (const [u, roles] of [
    [WRITER, ['writer']],
    [READER, []],
  ] as const)
    await call(`/_users/org.couchdb.user:${u.user}`, 'PUT', {
      name: u.user,
      password: u.password,
      roles,
      type: 'user',
    });
  await call(`/${db}`, 'PUT');
  await call(`/${db}/_security`, 'PUT', {
    admins: { names: [], roles: [] },
    members: { names: [WRITER.user, READER.user], roles: [] },
  });
  await call(`/${db}/_design/opslens`, 'PUT', { validate_doc_update: VALIDATE });

  return {
    url,
    get port() {
      return port;
    },
    admin: ADMIN,
    stop: async () => {
      clearTimeout(timer);
      await close();
    },
    restart: listen,
  };
}
