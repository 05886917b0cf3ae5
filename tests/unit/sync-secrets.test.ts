import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { diagnostic } from '../../features/console-panel/diagnostic';
import { handleMessage } from '../../lib/background/handlers';
import { extensionStores, serialStore } from '../../lib/background/stores';
import { OpsLensDb } from '../../lib/db';
import { exportBackup, iterateSnapshots, snapshotsToCsvChunks } from '../../lib/export';
import { loadSettings } from '../../lib/settings/store';
import { createTeamSync } from '../../lib/sync/scheduler';
import { teamConfigItem, teamDeviceItem, teamOutboxItem, teamStateItem } from '../../lib/sync/store';
import { at, competitor } from '../helpers/records';
import { startCouch, type TestCouch } from '../sync/server';

// The CouchDB password lives in storage.local (lib/sync/store.ts) and nowhere else: not in a JSON backup,
// a CSV export, the diagnostic a user copies from the panel, nor what the background tells a page.

const SECRET = 'pa55-Only-In-Storage';
let server: TestCouch;
beforeAll(async () => {
  fakeBrowser.reset();
  server = await startCouch('secrets');
});
afterAll(async () => {
  await server?.stop();
});

const store = <T>(item: { getValue(): Promise<T>; setValue(v: T): Promise<void> }) =>
  serialStore(
    () => item.getValue(),
    (v: T) => item.setValue(v),
  );

describe('the team password', () => {
  it('is kept in storage.local, and is in no backup, export, diagnostic or status', async () => {
    // A writer with this password, made the way a team makes one (README, Teams).
    const { user, password } = server.admin;
    const admin = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
    await fetch(`${server.url}/_users/org.couchdb.user:eve`, {
      method: 'PUT',
      headers: { authorization: admin, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'eve', password: SECRET, roles: ['writer'], type: 'user' }),
    });
    await fetch(`${server.url}/secrets/_security`, {
      method: 'PUT',
      headers: { authorization: admin, 'content-type': 'application/json' },
      body: JSON.stringify({ admins: { names: [], roles: [] }, members: { names: ['eve'], roles: [] } }),
    });
    const db = new OpsLensDb('secrets');
    const stores = extensionStores();
    const team = createTeamSync({
      db,
      stores,
      config: store(teamConfigItem),
      outbox: store(teamOutboxItem),
      state: store(teamStateItem),
      device: async () => {
        await teamDeviceItem.setValue('dev-s');
        return 'dev-s';
      },
      hasPermission: async () => true,
      alarms: { start: async () => undefined, stop: async () => undefined },
    });
    const connected = await team.connect({
      url: server.url,
      db: 'secrets',
      user: 'eve',
      password: SECRET,
      snapshots: true,
    });
    expect(connected).toMatchObject({ connected: true, user: 'eve' });
    expect(connected.lastError).toBeUndefined();
    const deps = { db, stores, sync: team.record, team };
    await handleMessage(deps, {
      type: 'snapshots.put',
      records: [competitor({ capturedAt: at('2026-12-03T10:00:00.000Z', 0) })],
    });
    await handleMessage(deps, {
      type: 'settings.patch',
      patch: { marketplaces: { 'amazon.com': { breakEvenAcos: 0.25 } } },
    });
    expect((await team.syncNow()).pending).toBe(0);

    // It is there (so the checks below could find it)...
    expect(JSON.stringify(await fakeBrowser.storage.local.get())).toContain(SECRET);
    // ...and in nothing a user takes away.
    const backup = await exportBackup(db, await loadSettings());
    expect(backup).toContain('B0C1K2Z3X4');
    expect(backup).not.toContain(SECRET);
    let csv = '';
    for await (const chunk of snapshotsToCsvChunks(iterateSnapshots(db))) csv += chunk;
    expect(csv).toContain('B0C1K2Z3X4');
    expect(csv).not.toContain(SECRET);
    vi.stubGlobal('location', new URL('https://sellercentral.amazon.com/business-reports/ref=xx'));
    const report = diagnostic({
      adapter: 'amazon.business-report',
      status: 'empty',
      records: [],
      missing: ['sessions'],
      seen: ['ASIN', 'Sessions'],
    });
    vi.unstubAllGlobals();
    expect(report).toContain('amazon.business-report');
    expect(report).not.toContain(SECRET);
    const status = await handleMessage(deps, { type: 'sync.status' });
    expect(JSON.stringify(status)).not.toContain(SECRET);
    // Nor in what went to the server: documents name the operator and device, never the password.
    const all = await fetch(`${server.url}/secrets/_all_docs?include_docs=true`, {
      headers: { authorization: admin },
    });
    const text = await all.text();
    expect(text).toContain('"operator":"eve"');
    expect(text).not.toContain(SECRET);
  });
});
