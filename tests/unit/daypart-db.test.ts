import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { hourRecordKey } from '../../lib/daypart/records';
import { ingestPage, OpsLensDb } from '../../lib/db';
import { hoursOf } from '../../lib/db/hours';
import { advisePage } from '../../lib/db/page-advice';
import type { SnapshotRecord } from '../../lib/model';
import { V5_STORES } from '../helpers/released-stores';

// Hourly buckets in Dexie (version 6, table `hours`): a version-5 database opens with its data intact and an
// empty `hours`; a 分时 page's hour rows are kept as buckets, never as readings; today's campaign readings in the
// ads console give increments shared out over the hours between them.

const names: string[] = [];
const fresh = () => {
  const name = `daypart-${names.length}-${Date.now()}`;
  names.push(name);
  return new OpsLensDb(name);
};
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

const campaign = (over: Partial<SnapshotRecord>): SnapshotRecord => ({
  kind: 'campaign',
  source: 'amazon.ads-campaigns',
  platform: 'amazon',
  marketplace: 'amazon.com',
  key: 'C1',
  label: 'Kettle exact',
  currency: 'USD',
  period: { from: '2026-12-03', to: '2026-12-03' },
  capturedAt: '2026-12-03T18:20:00.000Z',
  url: 'https://advertising.amazon.com/campaign-manager/all-campaigns',
  metrics: { clicks: 40, spend: 20, orders: 2, sales: 60 },
  attrs: {},
  ...over,
});

const hourRecord = (hour: number, clicks: number, sales: number): SnapshotRecord => ({
  kind: 'campaign',
  source: 'tmall.subway-hours',
  platform: 'tmall',
  marketplace: 'tmall.com',
  key: hourRecordKey('123456', hour),
  currency: 'CNY',
  period: { from: '2026-12-01', to: '2026-12-01' },
  capturedAt: '2026-12-03T02:00:00.000Z',
  url: 'https://subway.simba.taobao.com/#!/report/hourreport/index?campaignId=123456',
  metrics: { clicks, sales, spend: clicks * 0.8, roas: 1 },
  attrs: { hour: String(hour).padStart(2, '0'), campaignKey: '123456', campaign: '日常销售' },
});

describe('hourly buckets in the database', () => {
  it('a version-5 database opens in version 6 with its rows and an empty hours table', async () => {
    const name = `daypart-v5-${Date.now()}`;
    names.push(name);
    const v5 = new Dexie(name);
    v5.version(5).stores(V5_STORES);
    const rec = campaign({});
    await v5.table('snapshots').add({ ...rec });
    await v5.table('experiments').add({ product: 'amazon.com|B0', at: rec.capturedAt, day: '2026-12-03' });
    v5.close();
    const db = new OpsLensDb(name);
    expect(db.verno).toBeGreaterThanOrEqual(6);
    expect((await db.history.toArray()).map(({ id: _id, ...s }) => s)).toStrictEqual([rec]);
    expect(await db.experiments.count()).toBe(1);
    expect(await db.hours.count()).toBe(0);
    db.close();
  });

  it('keeps a 分时 page as buckets, not readings, and replaces a bucket read again', async () => {
    const db = fresh();
    const page = [hourRecord(9, 30, 90), hourRecord(10, 50, 100)];
    const results = await ingestPage(db, page);
    expect(results).toStrictEqual([
      { stored: false, previous: null },
      { stored: false, previous: null },
    ]);
    expect(await db.history.count()).toBe(0);
    expect(await db.entities.count()).toBe(0);
    expect(await advisePage(db, page, undefined)).toStrictEqual([]);
    await ingestPage(db, [{ ...hourRecord(10, 52, 104), capturedAt: '2026-12-03T05:00:00.000Z' }]);
    const rows = await hoursOf(db, { kind: 'campaign', marketplace: 'tmall.com', key: '123456' });
    expect(rows.map((b) => [b.hour, b.metrics.clicks, b.metrics.sales, b.spread, b.label])).toStrictEqual([
      [9, 30, 90, 1, '日常销售'],
      [10, 52, 104, 1, '日常销售'],
    ]);
    // roas is not an hourly sum: left out.
    expect(rows[0]!.metrics).toStrictEqual({ clicks: 30, sales: 90, spend: 24 });
  });

  it('shares the increment between two readings of today over the hours between them', async () => {
    const db = fresh();
    // 18:20Z and 21:50Z are 10:20 and 13:50 in Los Angeles (PST, UTC-8, in December): 210 minutes, of which
    // 40 in 10:00, 60 in 11:00, 60 in 12:00, 50 in 13:00. Increment: 82 - 40 = 42 clicks, 41 - 20 = $21.
    // 42 x 40/210 = 8, x 60/210 = 12, 12, x 50/210 = 10 clicks; $21 x the same = 4, 6, 6, 5.
    await ingestPage(db, [campaign({})]);
    await ingestPage(db, [
      campaign({
        capturedAt: '2026-12-03T21:50:00.000Z',
        metrics: { clicks: 82, spend: 41, orders: 3, sales: 90 },
      }),
    ]);
    const rows = await hoursOf(db, { kind: 'campaign', marketplace: 'amazon.com', key: 'C1' });
    const second = rows
      .filter((b) => b.capturedAt === '2026-12-03T21:50:00.000Z')
      .sort((a, b) => a.hour - b.hour);
    expect(second.map((b) => b.hour)).toStrictEqual([10, 11, 12, 13]);
    expect(second.every((b) => b.spread === 4 && b.from === '2026-12-03')).toBe(true);
    expect(second.map((b) => b.metrics.clicks)).toStrictEqual([8, 12, 12, 10]);
    expect(second.map((b) => b.metrics.spend)).toStrictEqual([4, 6, 6, 5]);
    // The first reading of the day covers 00:00-10:20, 620 minutes over 11 hours: 40 clicks x 60/620 in 00:00.
    const first = rows.filter((b) => b.capturedAt === '2026-12-03T18:20:00.000Z');
    expect(first).toHaveLength(11);
    expect(first.every((b) => b.spread === 11)).toBe(true);
    expect(first.find((b) => b.hour === 0)!.metrics.clicks).toBeCloseTo((40 * 60) / 620, 10);
    expect(first.find((b) => b.hour === 10)!.metrics.clicks).toBeCloseTo((40 * 20) / 620, 10);
  });

  it('no buckets from a restated figure, another day, or a period of several days', async () => {
    const db = fresh();
    await ingestPage(db, [campaign({})]);
    const before = await db.hours.count();
    // Clicks went down (restated): when is unknown.
    await ingestPage(db, [
      campaign({ capturedAt: '2026-12-03T20:00:00.000Z', metrics: { clicks: 38, spend: 21 } }),
    ]);
    // Yesterday's figures read today, and a 7-day period: not today's figures so far.
    await ingestPage(db, [
      campaign({ key: 'C2', period: { from: '2026-12-02', to: '2026-12-02' } }),
      campaign({ key: 'C3', period: { from: '2026-11-27', to: '2026-12-03' } }),
    ]);
    expect(await db.hours.count()).toBe(before);
    expect(await db.history.count()).toBe(4);
  });
});
