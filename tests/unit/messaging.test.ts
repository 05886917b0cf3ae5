import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../lib/background/handlers';
import { OpsLensDb } from '../../lib/db';
import { EMPTY_SETTINGS, type SettingsDoc } from '../../lib/settings/advice-settings';

function memorySettings() {
  let doc: SettingsDoc = EMPTY_SETTINGS;
  return {
    get: async () => doc,
    set: async (d: SettingsDoc) => {
      doc = d;
    },
  };
}

import { isTrustedSender, parseMessage } from '../../lib/messaging';
import { competitor } from '../helpers/records';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('isTrustedSender', () => {
  it('accepts our content scripts (a tab) and our pages', () => {
    expect(
      isTrustedSender({ id: ID, tab: { id: 1 }, url: 'https://www.amazon.com/dp/B0C1K2Z3X4' }, ID, ORIGIN),
    ).toBe(true);
    expect(isTrustedSender({ id: ID, url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toBe(true);
  });
  it('ignores other extensions and senders without a tab or our origin', () => {
    expect(isTrustedSender({ id: 'otherextensionid', tab: { id: 1 } }, ID, ORIGIN)).toBe(false);
    expect(isTrustedSender({ tab: { id: 1 }, url: 'https://evil.example/' }, ID, ORIGIN)).toBe(false);
    expect(isTrustedSender({ id: ID, url: 'https://evil.example/' }, ID, ORIGIN)).toBe(false);
  });
});

describe('parseMessage', () => {
  it('accepts a valid snapshot message', () => {
    expect(parseMessage({ type: 'snapshots.put', records: [competitor()] }).ok).toBe(true);
  });
  it.each([
    ['unknown type', { type: 'db.drop' }],
    ['NaN metric', { type: 'snapshots.put', records: [competitor({ metrics: { price: Number.NaN } })] }],
    [
      'Infinity metric',
      { type: 'snapshots.put', records: [competitor({ metrics: { price: Number.POSITIVE_INFINITY } })] },
    ],
    ['unknown metric', { type: 'snapshots.put', records: [competitor({ metrics: { hacked: 1 } })] }],
    ['negative count', { type: 'snapshots.put', records: [competitor({ metrics: { reviewCount: -3 } })] }],
    ['fractional count', { type: 'snapshots.put', records: [competitor({ metrics: { reviewCount: 1.5 } })] }],
    ['rating over 5', { type: 'snapshots.put', records: [competitor({ metrics: { rating: 7 } })] }],
    ['bad capturedAt', { type: 'snapshots.put', records: [competitor({ capturedAt: 'yesterday' })] }],
    ['bad kind', { type: 'snapshots.put', records: [{ ...competitor(), kind: 'admin' }] }],
    ['not an object', 'snapshots.put'],
    ['null', null],
  ])('rejects %s', (_name, raw) => {
    const r = parseMessage(raw);
    expect(r.ok).toBe(false);
  });
});

it('never carries a __proto__ key through validation', () => {
  const raw = {
    type: 'snapshots.put',
    records: [competitor({ attrs: JSON.parse('{"__proto__":"x","asin":"B0C1K2Z3X4"}') })],
  };
  const r = parseMessage(raw);
  if (!r.ok || r.message.type !== 'snapshots.put') throw new Error('expected a valid message');
  expect(Object.keys(r.message.records[0]?.attrs ?? {})).toStrictEqual(['asin']);
  expect(({} as Record<string, unknown>).x).toBeUndefined();
});

describe('handleMessage', () => {
  it('stores, reports the previous reading, and tracks watching', async () => {
    const db = new OpsLensDb('opslens-msg-test');
    const settings = memorySettings();
    const put = await handleMessage(db, settings, { type: 'snapshots.put', records: [competitor()] });
    expect(put).toStrictEqual({ stored: 1, skipped: 0, previous: [null] });
    const again = await handleMessage(db, settings, {
      type: 'snapshots.put',
      records: [competitor({ capturedAt: '2026-11-20T10:05:00.000Z' })],
    });
    expect(again).toMatchObject({ stored: 0, skipped: 1 });
    const ref = { kind: 'competitor', marketplace: 'amazon.com', key: 'B0C1K2Z3X4' } as const;
    expect(await handleMessage(db, settings, { type: 'entity.state', ref })).toStrictEqual({
      watched: false,
    });
    await handleMessage(db, settings, {
      type: 'watch.set',
      ref,
      watched: true,
      platform: 'amazon',
      url: 'https://www.amazon.com/dp/B0C1K2Z3X4',
    });
    expect(await handleMessage(db, settings, { type: 'entity.state', ref })).toStrictEqual({ watched: true });
    await db.delete();
  });
});
