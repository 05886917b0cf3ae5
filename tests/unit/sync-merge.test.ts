import { describe, expect, it } from 'vitest';
import { memoryStores } from '../../lib/background/stores';
import type { OpsLensDb } from '../../lib/db';
import { fnv1a, type SettingsLayerDoc, snapDocId, type TeamDoc, type WatchDoc } from '../../lib/sync/docs';
import { later, mergeLayers, resolve } from '../../lib/sync/merge';
import { applyDocs } from '../../lib/sync/mirror';
import { docsOf, enqueue } from '../../lib/sync/record';

const ANA = { operator: 'ana', device: 'd-ana' };
const RUI = { operator: 'rui', device: 'd-rui' };
const T10 = '2026-12-03T10:00:00.000Z';
const T1005 = '2026-12-03T10:05:00.000Z';

const layer = (fields: SettingsLayerDoc['fields'], by = ANA, at = T10): SettingsLayerDoc => ({
  _id: 'settings:marketplaces|amazon.com',
  type: 'settings',
  scope: 'marketplaces',
  name: 'amazon.com',
  fields,
  history: [],
  by,
  at,
});

const watch = (deleted: boolean, by: typeof ANA, at: string): WatchDoc => ({
  _id: 'watch:competitor|amazon.com|B0TEST0001',
  type: 'watch',
  row: {
    kind: 'competitor',
    marketplace: 'amazon.com',
    key: 'B0TEST0001',
    platform: 'amazon',
    url: 'https://www.amazon.com/dp/B0TEST0001',
    addedAt: at,
  },
  deleted,
  by,
  at,
});

describe('settings merge per field, last writer wins, loser kept', () => {
  it('keeps the later value of a conflicting field and the earlier one in history', () => {
    // Ana set break-even ACoS 25% at 10:00; Rui, offline, set 30% and lead time 45 days at 10:05.
    // 10:05 > 10:00, so 30% wins; 25% (Ana, 10:00) goes to history; lead time has no rival.
    const remote = layer({ breakEvenAcos: { v: 0.25, at: T10, by: ANA } });
    const local = layer(
      { breakEvenAcos: { v: 0.3, at: T1005, by: RUI }, leadTimeDays: { v: 45, at: T1005, by: RUI } },
      RUI,
      T1005,
    );
    const merged = resolve({ ...remote, _rev: '3-abc' }, local) as SettingsLayerDoc;
    expect(merged._rev).toBe('3-abc');
    expect(merged.fields).toStrictEqual({
      breakEvenAcos: { v: 0.3, at: T1005, by: RUI },
      leadTimeDays: { v: 45, at: T1005, by: RUI },
    });
    expect(merged.history).toStrictEqual([{ field: 'breakEvenAcos', v: 0.25, at: T10, by: ANA }]);
    expect([merged.at, merged.by]).toStrictEqual([T1005, RUI]);
    // The same two versions merged the other way round give the same fields and history.
    const other = mergeLayers(local, remote);
    expect(other.fields).toStrictEqual(merged.fields);
    expect(other.history).toStrictEqual(merged.history);
  });

  it('breaks a tie of equal times by operator, the same on every browser', () => {
    // Both at 10:00: 'rui' > 'ana' as strings, so Rui's 0.28 wins whichever side merges.
    const a = layer({ breakEvenAcos: { v: 0.22, at: T10, by: ANA } });
    const b = layer({ breakEvenAcos: { v: 0.28, at: T10, by: RUI } }, RUI);
    expect(mergeLayers(a, b).fields.breakEvenAcos?.v).toBe(0.28);
    expect(mergeLayers(b, a).fields.breakEvenAcos?.v).toBe(0.28);
    expect(later({ at: T10, by: RUI }, { at: T10, by: ANA })).toBe(true);
  });

  it('a field removed later (null) wins over an older value, which is kept', () => {
    const merged = mergeLayers(
      layer({ leadTimeDays: { v: 30, at: T10, by: ANA } }),
      layer({ leadTimeDays: { v: null, at: T1005, by: RUI } }, RUI, T1005),
    );
    expect(merged.fields.leadTimeDays).toStrictEqual({ v: null, at: T1005, by: RUI });
    expect(merged.history).toHaveLength(1);
  });

  it('merging a version with itself adds nothing to history', () => {
    const a = layer({ breakEvenAcos: { v: 0.25, at: T10, by: ANA } });
    expect(mergeLayers(a, a).history).toStrictEqual([]);
  });
});

describe('whole documents', () => {
  it('a later unwatch beats an earlier watch; an earlier one loses', () => {
    expect((resolve(watch(false, ANA, T10), watch(true, RUI, T1005)) as WatchDoc).deleted).toBe(true);
    expect((resolve(watch(false, ANA, T1005), watch(true, RUI, T10)) as WatchDoc).deleted).toBe(false);
  });

  it('a reading on the server is kept as it is', () => {
    const rec = {
      kind: 'competitor' as const,
      source: 'amazon.product',
      platform: 'amazon' as const,
      marketplace: 'amazon.com',
      key: 'B0TEST0001',
      capturedAt: T10,
      url: 'https://www.amazon.com/dp/B0TEST0001',
      metrics: { price: 34.99 },
      attrs: {},
    };
    const server: TeamDoc = { _id: snapDocId(rec), _rev: '1-x', type: 'snap', record: rec, by: ANA, at: T10 };
    const mine: TeamDoc = { ...server, _rev: undefined, record: { ...rec, capturedAt: T1005 }, by: RUI };
    expect(resolve(server, mine)).toBe(server);
  });
});

describe('snapshot ids', () => {
  const base = {
    kind: 'competitor' as const,
    marketplace: 'amazon.com',
    key: 'B0X',
    metrics: { price: 34.99, rank: 120 },
  };
  it('are the same for the same reading in the same hour, whatever the metric order', () => {
    const a = snapDocId({ ...base, capturedAt: '2026-12-03T10:02:00.000Z' });
    const b = snapDocId({
      ...base,
      metrics: { rank: 120, price: 34.99 },
      capturedAt: '2026-12-03T10:58:59.000Z',
    });
    expect(a).toBe(b);
    expect(a.startsWith('snap:competitor|amazon.com|B0X|2026-12-03T10|')).toBe(true);
  });
  it('differ for another value, another hour or another period', () => {
    const a = snapDocId({ ...base, capturedAt: '2026-12-03T10:02:00.000Z' });
    expect(
      snapDocId({ ...base, metrics: { price: 33.99, rank: 120 }, capturedAt: '2026-12-03T10:02:00.000Z' }),
    ).not.toBe(a);
    expect(snapDocId({ ...base, capturedAt: '2026-12-03T11:00:00.000Z' })).not.toBe(a);
    expect(
      snapDocId({
        ...base,
        period: { from: '2026-12-01', to: '2026-12-01' },
        capturedAt: '2026-12-03T10:02:00.000Z',
      }),
    ).not.toBe(a);
  });
  it('name the content with FNV-1a 32 (published test vectors)', () => {
    // FNV-1a 32-bit: offset basis 0x811c9dc5 for ""; "a" -> 0xe40c292c, "foobar" -> 0xbf9cf968.
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
    expect(fnv1a('foobar')).toBe('bf9cf968');
  });
});

describe('local changes as documents', () => {
  it('a settings patch shares only the fields it changed, removals as null', () => {
    const before = {
      version: 1 as const,
      marketplaces: { 'amazon.com': { breakEvenAcos: 0.25, leadTimeDays: 30 } },
      products: { 'amazon.com|B0X': { casePack: 12 } },
    };
    const after = {
      version: 1 as const,
      marketplaces: { 'amazon.com': { breakEvenAcos: 0.3, leadTimeDays: 30 } },
      products: {},
    };
    const docs = docsOf({ type: 'settings', before, after }, ANA, T10) as SettingsLayerDoc[];
    expect(docs.map((d) => [d._id, d.fields])).toStrictEqual([
      ['settings:marketplaces|amazon.com', { breakEvenAcos: { v: 0.3, at: T10, by: ANA } }],
      ['settings:products|amazon.com|B0X', { casePack: { v: null, at: T10, by: ANA } }],
    ]);
  });
  it('two changes of one layer before a send become one document with both fields', () => {
    const s = (m: Record<string, number>) => ({
      version: 1 as const,
      marketplaces: { 'amazon.com': m },
      products: {},
    });
    const first = docsOf({ type: 'settings', before: s({}), after: s({ breakEvenAcos: 0.3 }) }, ANA, T10);
    const second = docsOf(
      {
        type: 'settings',
        before: s({ breakEvenAcos: 0.3 }),
        after: s({ breakEvenAcos: 0.3, leadTimeDays: 45 }),
      },
      ANA,
      T1005,
    );
    const box = enqueue(enqueue({}, first), second);
    const doc = box['settings:marketplaces|amazon.com'] as SettingsLayerDoc;
    expect(Object.keys(box)).toHaveLength(1);
    expect(Object.fromEntries(Object.entries(doc.fields).map(([k, f]) => [k, f.v]))).toStrictEqual({
      breakEvenAcos: 0.3,
      leadTimeDays: 45,
    });
  });
  it('no change, no document', () => {
    const s = { version: 1 as const, marketplaces: { 'amazon.com': { breakEvenAcos: 0.3 } }, products: {} };
    expect(docsOf({ type: 'settings', before: s, after: s }, ANA, T10)).toStrictEqual([]);
    expect(docsOf({ type: 'dismissed', ids: [], dismissed: false }, ANA, T10)).toStrictEqual([]);
  });
});

describe('settings from the server into the local store', () => {
  it('sets known thresholds, removes nulls, and leaves out a field this version does not know', async () => {
    const stores = memoryStores({
      settings: {
        version: 1,
        marketplaces: { 'amazon.com': { leadTimeDays: 30, casePack: 6 } },
        products: {},
      },
    });
    const doc = layer({
      breakEvenAcos: { v: 0.3, at: T10, by: ANA },
      casePack: { v: null, at: T10, by: ANA },
      futureThreshold: { v: 7, at: T10, by: ANA },
    });
    await applyDocs({ db: undefined as unknown as OpsLensDb, stores }, [doc]);
    expect((await stores.settings.get()).marketplaces['amazon.com']).toStrictEqual({
      leadTimeDays: 30,
      breakEvenAcos: 0.3,
    });
  });
});
