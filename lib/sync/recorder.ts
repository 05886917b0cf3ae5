import type { Store } from '../background/stores';
import type { Who } from './docs';
import { docsOf, enqueue, type LocalChange, type Outbox } from './record';

export interface RecorderOptions {
  /** Whether readings are shared (the team chooses); watchlist, settings, dismissals and experiments always are. */
  snapshots: () => boolean;
  now?: () => Date;
}

/**
 * What the handlers call after a shared write (Deps.sync): the change goes into the outbox in storage at
 * once, so that it is sent even if the service worker stops before the next round.
 */
export function createRecorder(outbox: Store<Outbox>, who: Who, opts: RecorderOptions) {
  let last: Promise<unknown> = Promise.resolve();
  return {
    record(change: LocalChange): void {
      if (change.type === 'snaps' && (!opts.snapshots() || !change.records.length)) return;
      const at = (opts.now?.() ?? new Date()).toISOString();
      const docs = docsOf(change, who, at);
      if (!docs.length) return;
      last = last
        .then(() => outbox.update((o) => enqueue(o, docs)))
        .catch((err) => console.error('[opslens] sync outbox write failed', err));
    },
    /** Resolves when every change recorded so far is in the outbox. */
    idle: () => last.then(() => undefined),
  };
}
