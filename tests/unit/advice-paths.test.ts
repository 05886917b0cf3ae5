import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Advice } from '../../lib/advice';
import { createDispatcher } from '../../lib/background/dispatch';
import { memoryStores } from '../../lib/background/stores';
import { OpsLensDb } from '../../lib/db';
import { entityAdvice } from '../../lib/db/page-advice';
import type { CaptureReply } from '../../lib/messaging';
import { type EntityRef, entityId, type SnapshotRecord } from '../../lib/model';
import type { SettingsDoc } from '../../lib/settings/advice-settings';
import { at } from '../helpers/records';

// Issue 12: the dashboard advised on an entity's latest reading alone, so rules that compare a row with
// its page (pooled conversion, the ad group's CTR, the shop's items) said something else than the panel.
// Both now go through lib/db/page-advice.ts; this checks they agree on the same stored data.

const T = '2026-11-21T10:00:00.000Z';
const SETTINGS: SettingsDoc = {
  version: 1,
  marketplaces: { '*': { breakEvenAcos: 0.35 } },
  products: { 'amazon.com|B0LIST0001': { conversionAlpha: 0.1 } },
};

const base = (kind: SnapshotRecord['kind'], source: string, key: string, capturedAt: string) => ({
  kind,
  source,
  platform: source.startsWith('amazon') ? ('amazon' as const) : ('tmall' as const),
  marketplace: source.startsWith('amazon') ? 'amazon.com' : 'tmall.com',
  key,
  label: key.toLowerCase(),
  currency: source.startsWith('amazon') ? 'USD' : 'CNY',
  capturedAt,
  url: `https://example.com/${source}`,
  attrs: {},
});
/** Sponsored Products keywords: one with orders, one whose 8 clicks mean "pause" only at the pooled rate. */
const amazonKeywords = (t: string): SnapshotRecord[] => [
  {
    ...base('keyword', 'amazon.ads-keywords', 'kettle', t),
    metrics: { clicks: 40, orders: 10, cpc: 1, spend: 40, sales: 300, acos: 40 / 300 },
  },
  {
    ...base('keyword', 'amazon.ads-keywords', 'glass kettle', t),
    metrics: { clicks: 8, orders: 0, cpc: 1.2, spend: 9.6 },
  },
];
/** 直通车 keywords of one ad group: the last one's CTR is a tenth of its group's. */
const tmallKeywords = (t: string, keys = ['k1', 'k2', 'k3', 'k4']): SnapshotRecord[] =>
  keys.map((key) => ({
    ...base('keyword', 'tmall.subway-keywords', key, t),
    attrs: { adGroupId: 'g1' },
    metrics: { impressions: 10_000, clicks: key === 'k4' ? 40 : 400 },
  }));
/** Business report rows: a listing whose conversion fell against its history, and its shop. */
const listings = (t: string, week: number): SnapshotRecord[] =>
  ['B0LIST0001', 'B0LIST0002'].map((key, i) => {
    const from = new Date(Date.parse('2026-10-01') + week * 7 * 86_400_000).toISOString().slice(0, 10);
    const to = new Date(Date.parse(from) + 6 * 86_400_000).toISOString().slice(0, 10);
    const units = i === 0 && week >= 4 ? 40 : 100;
    return {
      ...base('listing', 'amazon.business-report', key, t),
      period: { from, to },
      metrics: { sessions: 1000, unitsOrdered: units, conversionRate: units / 1000, sales: units * 20 },
    };
  });

let db: OpsLensDb;
let n = 0;
beforeEach(async () => {
  db = new OpsLensDb(`opslens-advice-paths-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const ofEntity = (advice: Advice[], ref: EntityRef) =>
  advice.filter((a) => entityId(a.ref) === entityId(ref));

describe('the dashboard advises as the panel did', () => {
  it('gives, for every entity, the advice of the capture that last showed it', async () => {
    const dispatch = createDispatcher({ db, stores: memoryStores({ settings: SETTINGS }) });
    /** Each entity's advice as the panel got it, from the latest capture that showed the entity. */
    const panel = new Map<string, Advice[]>();
    const capture = async (records: SnapshotRecord[]) => {
      const reply = (await dispatch({ type: 'page.capture', records })) as CaptureReply;
      for (const r of records) panel.set(entityId(r), ofEntity(reply.advice, r));
      return reply;
    };
    for (let w = 0; w < 4; w++) await capture(listings(at(T, (w - 4) * 7 * 24 * 60), w));
    const first = [
      await capture(amazonKeywords(T)),
      await capture(tmallKeywords(T)),
      await capture(listings(T, 4)),
    ].flatMap((r) => r.advice);
    // The page-dependent rules do speak on this data (else agreement would prove nothing).
    expect(first.map((a) => `${a.rule}:${a.ref.key}`)).toEqual(
      expect.arrayContaining(['pause:glass kettle', 'ctr:k4', 'conversion:B0LIST0001']),
    );
    // The same page again within the hour (nothing stored), and a page showing part of the ad group.
    await capture(amazonKeywords(at(T, 30)));
    await capture(tmallKeywords(at(T, 40), ['k1', 'k2', 'k3']));
    expect(panel.get('keyword|tmall.com|k4')?.map((a) => a.rule)).toStrictEqual(['ctr']);

    for (const [id, expected] of panel) {
      const [kind, marketplace, key] = id.split('|') as [EntityRef['kind'], string, string];
      expect({ id, advice: await entityAdvice(db, { kind, marketplace, key }, SETTINGS) }).toStrictEqual({
        id,
        advice: expected,
      });
    }
  });
});
