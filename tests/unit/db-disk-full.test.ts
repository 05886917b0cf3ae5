import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../lib/background/dispatch';
import { memoryStores } from '../../lib/background/stores';
import { OpsLensDb, putSnapshots } from '../../lib/db';
import { dumpTables, freshDbNames } from '../helpers/db-fresh';
import { realRecords } from '../helpers/real-records';

// Issue 6, data safety: a full disk (QuotaExceededError) says so clearly and leaves the history as it was.

const fresh = freshDbNames('opslens-disk-full');

const dump = dumpTables;

/** Makes fake-indexeddb fail writes with a QuotaExceededError, as a browser does when the disk is full. */
function diskFullAfter(writes: number) {
  const proto = IDBObjectStore.prototype;
  const original = { add: proto.add, put: proto.put };
  let left = writes;
  const failing = (fn: typeof proto.add) =>
    function (this: IDBObjectStore, ...args: Parameters<typeof proto.add>) {
      if (left-- <= 0) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return fn.apply(this, args);
    };
  proto.add = failing(original.add);
  proto.put = failing(original.put);
  return () => Object.assign(proto, original);
}

describe('a full disk', () => {
  it.each([0, 1, 5, 17])(
    'a write failing after %i puts says so clearly and changes nothing',
    async (writes) => {
      const db = new OpsLensDb(fresh());
      await db.open();
      const records = realRecords();
      await putSnapshots(db, records.slice(0, 40));
      const before = await dump(db);

      // As entrypoints/background.ts does it: the dispatcher turns the failure into words for the panel.
      const dispatch = createDispatcher({ db, stores: memoryStores() });
      const capture = { type: 'page.capture', records: records.slice(20), requestId: 'req-diskfull' };
      const restore = diskFullAfter(writes);
      let reply: unknown;
      try {
        reply = await dispatch(capture);
      } finally {
        restore();
      }
      expect(reply).toStrictEqual({
        error:
          'Storage is full: nothing was written and your history is intact. Free disk space or export and thin old snapshots.',
      });
      expect(await dump(db)).toStrictEqual(before);

      // Once there is room again, the same capture (its retry, same request id) is stored.
      reply = await dispatch(capture);
      expect(reply).toMatchObject({ stored: expect.any(Number) });
      expect(await db.pages.count()).toBe(1);
      expect(await db.history.count()).toBeGreaterThan(before.history!.length);
      db.close();
    },
  );
});
