import { expect, test } from '@playwright/test';
import { startCouch, WRITER } from '../sync/server';
import {
  buildGrantingLocalhost,
  connect,
  launchProfile,
  message,
  type Profile,
  syncNow,
  TEAM_EN,
  TEAM_ZH,
} from './sync-helpers';

// Sync figures in Chromium (issue 17): N readings stored in profile A reach profile B through the test
// server, with the bytes on the wire counted at the network (request bodies and response bodies). Skipped
// unless asked: `SYNC_MEASURE=10000 npx playwright test tests/e2e/sync-measure.spec.ts` (after `wxt build`).

const N = Number(process.env.SYNC_MEASURE ?? 0);

test.skip(!N, 'SYNC_MEASURE not set');
test('N readings from one Chromium profile to another', async () => {
  test.setTimeout(15 * 60_000);
  const server = await startCouch('measure', 20 * 60_000);
  const granted = buildGrantingLocalhost();
  const wire = { up: 0, down: 0 };
  const profiles: Profile[] = [];
  try {
    for (let i = 0; i < 2; i++) {
      const p = await launchProfile('en-US', granted.dir, server.url, {});
      p.gate.handle = async (route) => {
        wire.up += route.request().postDataBuffer()?.length ?? 0;
        const res = await route.fetch();
        const body = await res.body();
        wire.down += body.length;
        return route.fulfill({ response: res, body });
      };
      await connect(p, TEAM_EN, { url: server.url, db: 'measure', ...WRITER, snapshots: true });
      await expect(p.options.locator('.team-status [role="status"]')).toContainText('Connected as ana');
      profiles.push(p);
    }
    const [a, b] = profiles as [Profile, Profile];
    const t0 = Date.parse('2026-11-01T00:00:00.000Z');
    const records = Array.from({ length: N }, (_, i) => {
      const key = `B0MEAS${String(i % 100).padStart(4, '0')}`;
      return {
        kind: 'competitor',
        source: 'amazon.product',
        platform: 'amazon',
        marketplace: 'amazon.com',
        key,
        capturedAt: new Date(t0 + Math.floor(i / 100) * 3_600_000).toISOString(),
        url: `https://www.amazon.com/dp/${key}`,
        metrics: { price: 20 + (i % 700) / 100, rating: 4.3, reviewCount: 1000 + i },
        attrs: {},
      };
    });
    wire.up = 0;
    wire.down = 0;
    const start = Date.now();
    await message(a, { type: 'snapshots.put', records });
    let rounds = 0;
    while ((await syncNow(a)).pending > 0) rounds++;
    const pushed = Date.now();
    const up = { ...wire };
    await syncNow(b);
    const done = Date.now();
    const history = await message<{ points: unknown[] }>(b, {
      type: 'entity.history',
      ref: { kind: 'competitor', marketplace: 'amazon.com', key: 'B0MEAS0000' },
      metrics: ['price'],
      limit: 400,
    });
    expect(history.points).toHaveLength(N / 100);
    console.log(
      JSON.stringify({
        readings: N,
        pushSeconds: (pushed - start) / 1000,
        extraRounds: rounds,
        pullSeconds: (done - pushed) / 1000,
        totalSeconds: (done - start) / 1000,
        bytesUpWhilePushing: up.up,
        bytesDownWhilePushing: up.down,
        bytesUp: wire.up,
        bytesDown: wire.down,
      }),
    );
  } finally {
    for (const p of profiles) await p.close();
    await server.stop();
    granted.remove();
  }
});
