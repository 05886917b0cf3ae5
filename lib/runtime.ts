import { browser } from 'wxt/browser';
import type { Message, ReplyFor } from './messaging';

/** A reply that never comes (the worker died holding the message) counts as a failed attempt. */
const ATTEMPT_TIMEOUT_MS = 10_000;

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no reply from background (timed out)')), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

const RETRY_DELAYS_MS = [50, 150, 400, 1000, 2000, 3000, 4000, 5000];

/**
 * Sends a message to the background. The service worker may be stopped or restarting at any moment,
 * in which case sendMessage fails with "Receiving end does not exist": retry so no reading is lost.
 */
export async function send<M extends Message>(message: M): Promise<ReplyFor<M['type']>> {
  let lastError: unknown;
  for (let attempt = 0; attempt <= RETRY_DELAYS_MS.length; attempt++) {
    try {
      const reply = (await withTimeout(browser.runtime.sendMessage(message), ATTEMPT_TIMEOUT_MS)) as
        | ReplyFor<M['type']>
        | { error: string }
        | undefined;
      if (reply === undefined) throw new Error('no reply from background');
      if (typeof reply === 'object' && reply !== null && 'error' in reply) throw new Error(reply.error);
      return reply;
    } catch (err) {
      lastError = err;
      const text = String((err as Error)?.message ?? err);
      if (
        !/Receiving end does not exist|Could not establish connection|no reply|message port closed|message channel closed/i.test(
          text,
        )
      )
        break;
      const delay = RETRY_DELAYS_MS[attempt];
      if (delay === undefined) break;
      await new Promise((r) => setTimeout(r, delay));
    }
  }
  throw lastError;
}
