import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../lib/background/dispatch';
import { memoryStores } from '../../lib/background/stores';
import { OpsLensDb } from '../../lib/db';
import type { SnapshotRecord } from '../../lib/model';
import { amazonRec } from '../helpers/advice-records';
import { competitor } from '../helpers/records';

// Issue 15: a change recorded on a product's page (a competitor reading, as the card sends it) is judged on
// the product's own business-report readings, by the background for the card.

const NAME = 'opslens-experiments';
afterEach(() => Dexie.delete(NAME));
const DAY = 86_400_000;
const week = (start: string, sessions: number, units: number): SnapshotRecord => {
  const from = new Date(start);
  const to = new Date(from.getTime() + 6 * DAY);
  return amazonRec(
    'listing',
    'B0C1K2Z3X4',
    { sessions, unitsOrdered: units },
    {
      source: 'amazon.business-report',
      period: { from: start, to: to.toISOString().slice(0, 10) },
      capturedAt: new Date(to.getTime() + DAY).toISOString(),
    },
  );
};

describe('experiments through the background', () => {
  it('records a change from the card and gives the card its verdict', async () => {
    const db = new OpsLensDb(NAME);
    let now = new Date(2026, 10, 1, 15);
    const dispatch = createDispatcher({ db, stores: memoryStores(), now: () => now });
    await dispatch({
      type: 'snapshots.put',
      records: ['2026-10-04', '2026-10-11', '2026-10-18', '2026-10-25'].map((d) => week(d, 1000, 100)),
    });
    const card = competitor();
    const added = (await dispatch({
      type: 'experiment.add',
      ref: card,
      platform: 'amazon',
      url: card.url,
      change: 'price',
      note: '39.99 → 34.99',
    })) as { experiment: { id: number; day: string; product: string } };
    expect(added.experiment).toMatchObject({ day: '2026-11-01', product: 'amazon.com|B0C1K2Z3X4' });
    const of = async () =>
      (
        (await dispatch({ type: 'experiments.of', ref: card })) as {
          experiments: { verdict: { status: string } }[];
        }
      ).experiments;
    expect((await of()).map((e) => e.verdict.status)).toStrictEqual(['collecting']);
    await dispatch({
      type: 'snapshots.put',
      records: ['2026-11-01', '2026-11-08', '2026-11-15', '2026-11-22'].map((d) => week(d, 1000, 60)),
    });
    expect((await of()).map((e) => e.verdict.status)).toStrictEqual(['significant']);
    // The card asks in its language and gets the verdict in words; the dashboard (no lang) words it itself.
    const worded = async (lang: 'en' | 'zh') =>
      (
        (await dispatch({ type: 'experiments.of', ref: card, lang })) as {
          experiments: { lines?: string[] }[];
        }
      ).experiments[0]?.lines ?? [];
    const zh = await worded('zh');
    const en = await worded('en');
    expect(zh.length).toBeGreaterThan(0);
    expect(zh.every((l) => /[\u4e00-\u9fff]/.test(l))).toBe(true);
    expect(en.length).toBe(zh.length);
    expect(en.some((l) => /significant/i.test(l) && /\d/.test(l))).toBe(true);
    expect((await of()).every((e) => !('lines' in e))).toBe(true);
    // Ended: later readings no longer count.
    now = new Date(2026, 10, 2, 9);
    await dispatch({ type: 'experiment.end', id: added.experiment.id });
    expect((await of()).map((e) => e.verdict.status)).toStrictEqual(['collecting']);
    await dispatch({ type: 'experiment.end', id: added.experiment.id, remove: true });
    expect(await of()).toStrictEqual([]);
    db.close();
  });

  it('refuses a change it does not know', async () => {
    const dispatch = createDispatcher({ db: new OpsLensDb(NAME), stores: memoryStores() });
    const card = competitor();
    expect(
      await dispatch({
        type: 'experiment.add',
        ref: card,
        platform: 'amazon',
        url: card.url,
        change: 'colour',
        note: '',
      }),
    ).toMatchObject({ error: expect.stringContaining('invalid message') });
  });
});
