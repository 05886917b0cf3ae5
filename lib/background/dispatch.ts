import { type ErrorReply, parseMessage } from '../messaging';
import { type Deps, describeDbError, handleMessage } from './handlers';

/** How many request ids the background remembers; a retry comes within seconds, so a few hundred are plenty. */
export const REMEMBERED_REQUESTS = 500;
/**
 * A retry that finds the first run of its id still pending after this long runs the handler again and takes
 * whichever run answers first. The sender retries only after a lost delivery or its own 10 s wait, so a run
 * pending this long is likely stuck (a worker restarted under it, storage that never answered); handlers are
 * idempotent (a snapshot is known by its capturedAt, in one transaction), so a second run writes nothing twice.
 */
export const RERUN_AFTER_MS = 5_000;

interface Run {
  at: number;
  settled: boolean;
  reply: Promise<unknown>;
}

/**
 * Validates a message, runs its handler once per request id and answers a repeated id (a retry after a
 * lost reply, or one sent while the first was still being handled) with the same reply. A failure is not
 * remembered: nothing was written, and a retry may do it. The ids live in memory: after a restart of the
 * worker the handlers' own idempotence takes over.
 */
export function createDispatcher(deps: Deps, remember = REMEMBERED_REQUESTS, now = () => Date.now()) {
  const recent = new Map<string, Run>();
  const run = (key: string | undefined, message: Parameters<typeof handleMessage>[1]) =>
    handleMessage(deps, message).catch((err: unknown): ErrorReply => {
      if (key !== undefined) recent.delete(key);
      return { error: describeDbError(err) };
    });
  return function dispatch(raw: unknown): Promise<unknown> {
    const parsed = parseMessage(raw);
    if (!parsed.ok) {
      console.warn('[opslens] rejected message:', parsed.error);
      return Promise.resolve({ error: `invalid message: ${parsed.error}` } satisfies ErrorReply);
    }
    const { message, requestId } = parsed;
    if (requestId === undefined) return run(undefined, message);
    const key = `${message.type}|${requestId}`;
    const seen = recent.get(key);
    if (seen && (seen.settled || now() - seen.at < RERUN_AFTER_MS)) return seen.reply;
    if (seen) console.warn(`[opslens] "${message.type}" pending ${now() - seen.at} ms: running it again`);
    const fresh = run(key, message);
    const entry: Run = { at: now(), settled: false, reply: seen ? Promise.race([seen.reply, fresh]) : fresh };
    void entry.reply.then(() => {
      entry.settled = true;
    });
    recent.set(key, entry);
    for (const old of recent.keys()) {
      if (recent.size <= remember) break;
      recent.delete(old);
    }
    return entry.reply;
  };
}
