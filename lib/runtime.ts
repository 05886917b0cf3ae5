import { browser } from 'wxt/browser';
import type { Message, ReplyFor } from './messaging';

const RETRY_DELAYS_MS = [50, 150, 400, 1000, 2000, 3000, 4000, 5000];

/**
 * Sends a message to the background. The service worker may be stopped or restarting at any moment,
 * in which case sendMessage fails with "Receiving end does not exist": retry so no reading is lost.
 */
export async function send<M extends Message>(message: M): Promise<ReplyFor<M['type']>> {
  let lastError: unknown;
  for (let attempt = 0; attempt <= RETRY_DELAYS_MS.length; attempt++) {
    try {
      const reply = (await browser.runtime.sendMessage(message)) as
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
