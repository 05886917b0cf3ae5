import { browser } from 'wxt/browser';
import type { Message, ReplyOf } from './messaging';

/** A reply that never comes (the worker died holding the message) counts as a failed attempt. */
const ATTEMPT_TIMEOUT_MS = 10_000;
const RETRY_DELAYS_MS = [50, 150, 400, 1000, 2000, 3000, 4000, 5000];

/** The background's own words for a request it refused or could not do: not retried. */
export class BackgroundError extends Error {
  override name = 'BackgroundError';
}

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

/** crypto.randomUUID needs a secure context; a content script on a plain-http page may lack it. */
export function newRequestId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );
}

export interface SendOptions {
  /** Waits between attempts; tests shorten them. */
  delays?: readonly number[];
  timeoutMs?: number;
}

/**
 * Sends a message to the background and returns its validated reply. The service worker may be stopped
 * or restarting at any moment, so any failure to deliver or to answer is tried again, with the same
 * request id: the background answers a repeated id with the reply it gave, without doing the work twice.
 * A reply saying `{ error }` rejects at once.
 *
 * Replies are not checked against the protocol here: they come from our own background, which builds them
 * from typed code (tests/unit/messaging.test.ts checks the handlers' replies with `parseReply`), and the
 * check would put zod and every schema into each page's content script (33 KB, built at load). The trust
 * boundary is the background's `parseMessage`, which validates what content scripts send.
 */
export async function send<M extends Message>(
  message: M,
  opts: SendOptions = {},
): Promise<ReplyOf<M['type']>> {
  const delays = opts.delays ?? RETRY_DELAYS_MS;
  const wire = { ...message, requestId: newRequestId() };
  let lastError: unknown;
  for (let attempt = 0; attempt <= delays.length; attempt++) {
    let raw: unknown;
    try {
      raw = await withTimeout(browser.runtime.sendMessage(wire), opts.timeoutMs ?? ATTEMPT_TIMEOUT_MS);
      if (raw === undefined) throw new Error(`no reply from background to "${message.type}"`);
    } catch (err) {
      lastError = err;
      const delay = delays[attempt];
      if (delay === undefined) break;
      await new Promise((r) => setTimeout(r, delay));
      continue;
    }
    if (typeof raw === 'object' && raw !== null && 'error' in raw)
      throw new BackgroundError(String((raw as { error: unknown }).error));
    return raw as ReplyOf<M['type']>;
  }
  throw lastError;
}
