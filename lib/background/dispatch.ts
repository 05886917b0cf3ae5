import { type ErrorReply, parseMessage } from '../messaging';
import { type Deps, describeDbError, handleMessage } from './handlers';

/** How many request ids the background remembers; a retry comes within seconds, so a few hundred are plenty. */
export const REMEMBERED_REQUESTS = 500;

/**
 * Validates a message, runs its handler once per request id and answers a repeated id (a retry after a
 * lost reply, or one sent while the first was still being handled) with the same reply. A failure is not
 * remembered: nothing was written, and a retry may do it. The ids live in memory: after a restart of the
 * worker the handlers' own idempotence takes over.
 */
export function createDispatcher(deps: Deps, remember = REMEMBERED_REQUESTS) {
  const recent = new Map<string, Promise<unknown>>();
  return function dispatch(raw: unknown): Promise<unknown> {
    const parsed = parseMessage(raw);
    if (!parsed.ok) {
      console.warn('[opslens] rejected message:', parsed.error);
      return Promise.resolve({ error: `invalid message: ${parsed.error}` } satisfies ErrorReply);
    }
    const { message, requestId } = parsed;
    const key = requestId === undefined ? undefined : `${message.type}|${requestId}`;
    const seen = key === undefined ? undefined : recent.get(key);
    if (seen) return seen;
    const reply = handleMessage(deps, message).catch((err: unknown): ErrorReply => {
      if (key !== undefined) recent.delete(key);
      return { error: describeDbError(err) };
    });
    if (key !== undefined) {
      recent.set(key, reply);
      for (const old of recent.keys()) {
        if (recent.size <= remember) break;
        recent.delete(old);
      }
    }
    return reply;
  };
}
