import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { createDispatcher } from '../../lib/background/dispatch';
import type { Deps } from '../../lib/background/handlers';
import { memoryStores } from '../../lib/background/stores';
import { OpsLensDb } from '../../lib/db';
import { isTrustedSender, parseMessage, parseReply } from '../../lib/messaging';
import { BackgroundError, send } from '../../lib/runtime';
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
  it('accepts a valid snapshot message and keeps its request id apart', () => {
    const r = parseMessage({ type: 'snapshots.put', records: [competitor()], requestId: 'req-12345678' });
    expect(r).toMatchObject({ ok: true, requestId: 'req-12345678' });
    if (r.ok) expect(Object.keys(r.message).sort()).toStrictEqual(['records', 'type']);
  });
  it.each([
    ['unknown type', { type: 'db.drop' }, 'unknown message type "db.drop"'],
    ['inherited name as type', { type: 'constructor' }, 'unknown message type "constructor"'],
    ['no type', { records: [] }, 'unknown message type undefined'],
    ['NaN metric', { type: 'snapshots.put', records: [competitor({ metrics: { price: Number.NaN } })] }, ''],
    [
      'Infinity metric',
      { type: 'snapshots.put', records: [competitor({ metrics: { price: Number.POSITIVE_INFINITY } })] },
      '',
    ],
    ['unknown metric', { type: 'snapshots.put', records: [competitor({ metrics: { hacked: 1 } })] }, ''],
    [
      'negative count',
      { type: 'snapshots.put', records: [competitor({ metrics: { reviewCount: -3 } })] },
      '',
    ],
    [
      'fractional count',
      { type: 'snapshots.put', records: [competitor({ metrics: { reviewCount: 1.5 } })] },
      '',
    ],
    ['rating over 5', { type: 'snapshots.put', records: [competitor({ metrics: { rating: 7 } })] }, ''],
    ['bad capturedAt', { type: 'snapshots.put', records: [competitor({ capturedAt: 'yesterday' })] }, ''],
    ['bad kind', { type: 'snapshots.put', records: [{ ...competitor(), kind: 'admin' }] }, ''],
    [
      'a settings patch of an unknown field',
      { type: 'settings.patch', patch: { products: { x: { hack: 1 } } } },
      '',
    ],
    ['a short request id', { type: 'advice.restoreAll', requestId: 'x' }, 'requestId:'],
    ['not an object', 'snapshots.put', 'a message is an object'],
    ['null', null, 'a message is an object'],
  ])('rejects %s', (_name, raw, why) => {
    const r = parseMessage(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(why);
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

let db: OpsLensDb;
let deps: Deps & { stores: ReturnType<typeof memoryStores> };
let n = 0;
beforeEach(async () => {
  db = new OpsLensDb(`opslens-msg-test-${n++}`);
  await db.open();
  deps = { db, stores: memoryStores() };
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});
const ref = { kind: 'competitor', marketplace: 'amazon.com', key: 'B0C1K2Z3X4' } as const;

describe('the background dispatcher', () => {
  it('stores, reports the previous reading, and tracks watching', async () => {
    const dispatch = createDispatcher(deps);
    expect(await dispatch({ type: 'snapshots.put', records: [competitor()] })).toStrictEqual({
      stored: 1,
      skipped: 0,
      previous: [null],
    });
    const again = await dispatch({
      type: 'snapshots.put',
      records: [competitor({ capturedAt: '2026-11-20T10:05:00.000Z' })],
    });
    expect(again).toMatchObject({ stored: 0, skipped: 1 });
    expect(await dispatch({ type: 'entity.state', ref })).toStrictEqual({ watched: false });
    await dispatch({ type: 'watch.set', ref, watched: true, platform: 'amazon', url: 'https://a.example/' });
    expect(await dispatch({ type: 'entity.state', ref })).toStrictEqual({ watched: true });
  });

  it('answers an unknown type with an error, and writes nothing', async () => {
    const dispatch = createDispatcher(deps);
    expect(await dispatch({ type: 'db.drop', requestId: 'req-00000001' })).toStrictEqual({
      error: 'invalid message: unknown message type "db.drop"',
    });
    expect(deps.stores.settings.writes + deps.stores.dismissed.writes).toBe(0);
  });

  it('a repeated request id does the work once and gives the same reply, even while the first runs', async () => {
    const dispatch = createDispatcher(deps);
    const msg = { type: 'advice.dismiss', id: 'bid:keyword|amazon.com|kettle', dismissed: true };
    const [a, b] = await Promise.all([
      dispatch({ ...msg, requestId: 'req-aaaaaaaa' }),
      dispatch({ ...msg, requestId: 'req-aaaaaaaa' }),
    ]);
    expect(await dispatch({ ...msg, requestId: 'req-aaaaaaaa' })).toBe(a);
    expect(b).toBe(a);
    expect(deps.stores.dismissed.writes).toBe(1);
    // Another id is another request.
    await dispatch({ ...msg, requestId: 'req-bbbbbbbb' });
    expect(deps.stores.dismissed.writes).toBe(2);

    const bulkAdd = vi.spyOn(db.history, 'bulkAdd');
    const capture = { type: 'page.capture', records: [competitor()], requestId: 'req-cccccccc' };
    const [c1, c2] = await Promise.all([dispatch(capture), dispatch(capture)]);
    expect(c2).toBe(c1);
    expect(bulkAdd).toHaveBeenCalledTimes(1);
    expect(await db.pages.count()).toBe(1);
  });

  it('a retry that finds the first run stuck runs it again and answers from whichever run finishes', async () => {
    let clock = 0;
    const dispatch = createDispatcher(deps, 500, () => clock);
    const capture = { type: 'page.capture', records: [competitor()], requestId: 'req-stuck-01' };
    // The first run's settings read never answers (storage lost under a restarting worker).
    const get = deps.stores.settings.get.bind(deps.stores.settings);
    const spy = vi.spyOn(deps.stores.settings, 'get').mockImplementationOnce(() => new Promise(() => {}));
    const first = dispatch(capture);
    let firstSettled = false;
    void first.then(() => (firstSettled = true));
    clock = 4_999;
    void dispatch(capture); // an attempt the sender gives up on after its own 10 s
    await new Promise((r) => setTimeout(r, 50));
    expect(spy).toHaveBeenCalledTimes(1); // not yet stale: the same run
    expect(firstSettled).toBe(false);
    clock = 5_000;
    spy.mockImplementation(get);
    const late = await dispatch(capture);
    expect(spy).toHaveBeenCalledTimes(2);
    // The second run found the snapshot the first one stored (its transaction had finished): nothing twice.
    expect(late).toMatchObject({ stored: 0, skipped: 1 });
    expect(await db.history.count()).toBe(1);
    // A later retry gets the settled answer without a third run.
    expect(await dispatch(capture)).toBe(late);
    expect(spy).toHaveBeenCalledTimes(2);
  });
  it('forgets the oldest ids beyond its bound', async () => {
    const dispatch = createDispatcher(deps, 2);
    const msg = (i: number) => ({
      type: 'advice.dismiss',
      id: 'x',
      dismissed: true,
      requestId: `req-0000000${i}`,
    });
    for (const i of [1, 2, 3]) await dispatch(msg(i));
    await dispatch(msg(3));
    expect(deps.stores.dismissed.writes).toBe(3);
    await dispatch(msg(1));
    expect(deps.stores.dismissed.writes).toBe(4);
  });

  it('settings patches change only the fields they name; dismissals are not in the settings at all', async () => {
    const dispatch = createDispatcher(deps);
    await dispatch({ type: 'advice.dismiss', id: 'negative:searchTerm|amazon.com|glass', dismissed: true });
    await dispatch({ type: 'settings.patch', patch: { marketplaces: { '*': { breakEvenAcos: 0.25 } } } });
    const reply = await dispatch({
      type: 'settings.patch',
      patch: { marketplaces: { '*': { negativeClicks: 30 } }, products: { 'amazon.com|B0X': {} } },
    });
    expect(reply).toStrictEqual({
      settings: {
        version: 1,
        marketplaces: { '*': { breakEvenAcos: 0.25, negativeClicks: 30 } },
        products: { 'amazon.com|B0X': {} },
      },
    });
    await dispatch({ type: 'settings.patch', patch: { marketplaces: { '*': { breakEvenAcos: null } } } });
    expect(await deps.stores.settings.get()).toMatchObject({ marketplaces: { '*': { negativeClicks: 30 } } });
    expect(await deps.stores.dismissed.get()).toStrictEqual(['negative:searchTerm|amazon.com|glass']);
  });
});

/** `browser.runtime.sendMessage` as the extension delivers it, with a hook to lose or fail attempts. */
function wire(dispatch: (raw: unknown) => Promise<unknown>, attempt: (i: number, raw: unknown) => unknown) {
  const calls: Record<string, unknown>[] = [];
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (raw: unknown) => {
    calls.push(raw as Record<string, unknown>);
    const r = attempt(calls.length, raw);
    return r === 'deliver' ? dispatch(structuredClone(raw)) : r;
  }) as never);
  return calls;
}
const fast = { delays: [0, 0, 0], timeoutMs: 50 };

describe('send', () => {
  it('retries a failed delivery with the same request id', async () => {
    const calls = wire(createDispatcher(deps), (i) => {
      if (i === 1) throw new Error('Could not establish connection. Receiving end does not exist.');
      return 'deliver';
    });
    expect(await send({ type: 'entity.state', ref }, fast)).toStrictEqual({ watched: false });
    expect(calls).toHaveLength(2);
    expect(calls[0]!.requestId).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(calls[1]!.requestId).toBe(calls[0]!.requestId);
  });

  it('a reply lost after the write: the retry gets the same reply and nothing is written twice', async () => {
    const dispatch = createDispatcher(deps);
    wire(dispatch, (i, raw) => {
      // The worker did the work but the reply never arrived (it stopped holding the message port).
      if (i === 1) return dispatch(structuredClone(raw)).then(() => new Promise(() => {}));
      return 'deliver';
    });
    const reply = await send({ type: 'advice.dismiss', id: 'a', dismissed: true }, fast);
    expect(reply).toStrictEqual({ dismissed: ['a'] });
    expect(deps.stores.dismissed.writes).toBe(1);
  });

  it('the background’s replies fit the protocol; parseReply says what is wrong with one that does not', async () => {
    // send() does not check replies (content scripts would carry every schema): this holds the handlers to them.
    const dispatch = createDispatcher(deps);
    const put = await dispatch({ type: 'snapshots.put', records: [competitor()], requestId: 'req-put-0001' });
    expect(parseReply('snapshots.put', put)).toMatchObject({ ok: true });
    const capture = await dispatch({
      type: 'page.capture',
      records: [competitor()],
      requestId: 'req-cap-0001',
    });
    expect(parseReply('page.capture', capture)).toMatchObject({ ok: true });
    const dismiss = await dispatch({
      type: 'advice.dismiss',
      id: 'a',
      dismissed: true,
      requestId: 'req-dis-0001',
    });
    expect(parseReply('advice.dismiss', dismiss)).toStrictEqual({ ok: true, reply: { dismissed: ['a'] } });
    const bad = parseReply('snapshots.put', { stored: 'all', skipped: 0, previous: [] });
    expect(bad.ok ? '' : bad.error).toMatch(/^malformed reply to "snapshots.put": stored: /);
    expect(parseReply('page.capture', { watched: true, stored: 1 }).ok).toBe(false);
  });

  it('rejects the background’s error at once, as a BackgroundError', async () => {
    const calls = wire(createDispatcher(deps), () => 'deliver');
    const bad = send({ type: 'db.drop' } as never, fast);
    await expect(bad).rejects.toBeInstanceOf(BackgroundError);
    await expect(bad).rejects.toThrow('invalid message: unknown message type "db.drop"');
    expect(calls).toHaveLength(1);
  });

  it('gives up after its retries with the last transport error', async () => {
    const calls = wire(createDispatcher(deps), () => undefined);
    await expect(send({ type: 'entity.state', ref }, fast)).rejects.toThrow('no reply from background');
    expect(calls).toHaveLength(4);
  });
});
