import * as z from 'zod/mini';
import type { Advice } from './advice/types';
import { AlertSettings, AlertSettingsPatch } from './alerts/settings';
import { Change, type ExperimentRow, type ExperimentView, Note } from './experiments/types';
import { Kind, Platform, SnapshotRecord } from './model';
import { SettingsDoc, SettingsPatch } from './settings/advice-settings';
import { AnswerRef, ContextAnswer, NewContextAnswer } from './settings/answer-schema';
import { NewRemap, Remap, RemapRef } from './settings/remap-schema';
import { TeamInput, TeamStatus } from './sync/config';
import { TodayStatus } from './today/status';

// The protocol between content scripts / extension pages and the background, the only writer of the
// database and of the stored settings. One entry per message type: the request's fields and the reply,
// both validated (the background checks requests, `send` checks replies). A new message type is one entry
// here and one handler in lib/background/handlers.ts; the compiler asks for the handler.

const Ref = z.object({
  kind: Kind,
  marketplace: z.string().check(z.maxLength(100)),
  key: z.string().check(z.maxLength(500)),
});
const Records = z.array(SnapshotRecord).check(z.maxLength(20000));
const count = z.number().check(z.int(), z.gte(0));
const AdviceId = z.string().check(z.maxLength(1200));
const IdList = z.array(AdviceId).check(z.maxLength(20000));

// Advice is checked for what the panel keys on; its wording is the rules' business (and is being rewritten).
const AdviceCore = z.looseObject({
  id: z.string(),
  rule: z.string(),
  severity: z.enum(['high', 'medium', 'low', 'info']),
  ref: Ref,
});
const AdviceShape = z.custom<Advice>((v) => AdviceCore.safeParse(v).success, { message: 'not an advice' });

const entry = <Req extends z.ZodMiniObject, Rep extends z.ZodMiniType>(request: Req, reply: Rep) => ({
  request,
  reply,
});
const Dismissed = z.object({ dismissed: IdList });
const Watched = z.object({ watched: z.boolean() });
const Remaps = z.object({ remaps: z.array(Remap) });
const Answers = z.object({ answers: z.array(ContextAnswer) });
// Experiments and their verdicts are the background's own data, checked for what the card keys on.
const ExperimentShape = z.custom<ExperimentRow & { id: number }>(
  (v) => z.looseObject({ id: z.number(), change: Change, day: z.string() }).safeParse(v).success,
  { message: 'not an experiment' },
);
const ExperimentViews = z.array(
  z.custom<ExperimentView>(
    (v) =>
      z
        .looseObject({ experiment: ExperimentShape, verdict: z.looseObject({ status: z.string() }) })
        .safeParse(v).success,
    { message: 'not an experiment' },
  ),
);

export const PROTOCOL = {
  /** Readings to keep (product pages, seeding); replies with each entity's reading before this one. */
  'snapshots.put': entry(
    z.object({ records: Records }),
    z.object({ stored: count, skipped: count, previous: z.array(z.nullable(SnapshotRecord)) }),
  ),
  /** One console page's readings: stored, and advised on with the page's peers, history and settings. */
  'page.capture': entry(
    z.object({ records: Records }),
    z.object({ stored: count, skipped: count, advice: z.array(AdviceShape), dismissed: IdList }),
  ),
  'advice.dismiss': entry(z.object({ id: AdviceId, dismissed: z.boolean() }), Dismissed),
  /** Dismissals carried by a restored backup, added to those kept. */
  'advice.dismissMany': entry(z.object({ ids: IdList }), Dismissed),
  /** Every dismissed advice shown again. */
  'advice.restoreAll': entry(z.object({}), Dismissed),
  'entity.state': entry(z.object({ ref: Ref }), Watched),
  'watch.set': entry(
    z.object({
      ref: Ref,
      watched: z.boolean(),
      platform: Platform,
      label: z.optional(z.string().check(z.maxLength(2000))),
      url: z.string().check(z.maxLength(4000)),
    }),
    Watched,
  ),
  /** Some fields of some settings layers; replies with the whole document as stored after it. */
  'settings.patch': entry(z.object({ patch: SettingsPatch }), z.object({ settings: SettingsDoc })),
  'remaps.add': entry(z.object({ remap: NewRemap }), Remaps),
  'remaps.remove': entry(z.object({ remap: RemapRef }), Remaps),
  'answers.save': entry(z.object({ answer: NewContextAnswer }), Answers),
  'answers.remove': entry(z.object({ answer: AnswerRef }), Answers),
  /** Today: an item done (until its numbers change), snoozed until a time, or back on the list (`open`). */
  'today.mark': entry(
    z.object({
      id: AdviceId,
      state: z.enum(['done', 'snoozed', 'open']),
      fingerprint: z.optional(z.string().check(z.maxLength(4000))),
      until: z.optional(z.iso.datetime()),
    }),
    z.object({ status: TodayStatus }),
  ),
  /** Some alert settings changed; replies with all of them as stored after it. */
  'alerts.settings': entry(z.object({ patch: AlertSettingsPatch }), z.object({ settings: AlertSettings })),
  /** Alerts the operator has seen (every open one when `ids` is empty); replies with how many are still open. */
  'alerts.seen': entry(z.object({ ids: IdList }), z.object({ open: count })),
  /** A change the operator made (price, main image, title, coupon, bid), with a note, recorded now. */
  'experiment.add': entry(
    z.object({
      ref: Ref,
      platform: Platform,
      label: z.optional(z.string().check(z.maxLength(2000))),
      url: z.string().check(z.maxLength(4000)),
      change: Change,
      note: Note,
    }),
    z.object({ experiment: ExperimentShape }),
  ),
  /** An experiment ended (no longer judged on new readings) or removed. */
  'experiment.end': entry(
    z.object({ id: count, remove: z.optional(z.boolean()) }),
    z.object({ ok: z.boolean() }),
  ),
  /** A product's experiments with their verdicts now (the card: a content script cannot read the database). */
  'experiments.of': entry(
    // With `lang`, each verdict comes with its sentences (`lines`): the card then carries no experiment text.
    z.object({ ref: Ref, lang: z.optional(z.enum(['en', 'zh'])) }),
    z.object({ experiments: ExperimentViews }),
  ),
  /** Every entity's advice computed again (after an import into the database); replies with the rows kept. */
  'advice.rebuild': entry(z.object({}), z.object({ advice: count })),
  /** One entity's readings of a few metrics, oldest first, the newest `limit` (the card's history). */
  'entity.history': entry(
    z.object({
      ref: Ref,
      metrics: z.array(z.string().check(z.maxLength(40))).check(z.maxLength(6)),
      limit: z.number().check(z.int(), z.gte(1), z.lte(400)),
    }),
    z.object({
      points: z.array(z.object({ at: z.string(), values: z.record(z.string(), z.number()) })),
    }),
  ),
  /** The settings page opened on a scope (a marketplace, or `marketplace|key` for a product): an advice's "set your margin". */
  'settings.open': entry(
    z.object({ scope: z.optional(z.string().check(z.maxLength(1200))) }),
    z.object({ ok: z.boolean() }),
  ),
  /** Retention: readings older than `days` thinned to the last of each day. */
  'storage.thin': entry(
    z.object({ days: z.number().check(z.int(), z.gte(1)) }),
    z.object({ removed: count }),
  ),
  /** Team sync (issue 17): connect to a CouchDB database (its host permission granted by the click first). */
  'sync.connect': entry(z.object({ config: TeamInput }), z.object({ status: TeamStatus })),
  /** How sync stands: the connection without its password, pending changes, the last round. */
  'sync.status': entry(z.object({}), z.object({ status: TeamStatus })),
  /** A round now. */
  'sync.now': entry(z.object({}), z.object({ status: TeamStatus })),
  /** Stop syncing and forget the connection and its password. */
  'sync.disconnect': entry(z.object({}), z.object({ status: TeamStatus })),
} as const;

type Table = typeof PROTOCOL;
export type MessageType = keyof Table;
/** A request's fields; `z.object({})` infers as a record of nothing, which would forbid `type` itself. */
type Fields<F> = string extends keyof F ? unknown : F;
export type RequestOf<T extends MessageType> = { type: T } & Fields<z.infer<Table[T]['request']>>;
export type ReplyOf<T extends MessageType> = z.infer<Table[T]['reply']>;
export type Message = { [T in MessageType]: RequestOf<T> }[MessageType];
/** Kept for callers written before the table; the same as `ReplyOf`. */
export type ReplyFor<T extends MessageType> = ReplyOf<T>;

export type PutReply = ReplyOf<'snapshots.put'>;
export type CaptureReply = ReplyOf<'page.capture'>;
export type DismissReply = ReplyOf<'advice.dismiss'>;
export type EntityStateReply = ReplyOf<'entity.state'>;
export type WatchReply = ReplyOf<'watch.set'>;
export type ErrorReply = { error: string };

/** What travels: the message and the sender's id for this request, the same on every retry of it. */
export const RequestId = z.string().check(z.minLength(8), z.maxLength(100));

export const isMessageType = (t: unknown): t is MessageType =>
  typeof t === 'string' && Object.hasOwn(PROTOCOL, t);

const issuesText = (error: z.core.$ZodError) =>
  error.issues.map((i) => `${i.path.join('.') || '(message)'}: ${i.message}`).join('; ');

export type Parsed = { ok: true; message: Message; requestId?: string } | { ok: false; error: string };

/** Parses an incoming message, or says why not (the background logs it and replies with the reason). */
export function parseMessage(raw: unknown): Parsed {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, error: 'a message is an object with a type' };
  const { type, requestId } = raw as { type?: unknown; requestId?: unknown };
  if (!isMessageType(type)) return { ok: false, error: `unknown message type ${JSON.stringify(type)}` };
  const id = requestId === undefined ? undefined : RequestId.safeParse(requestId);
  if (id && !id.success) return { ok: false, error: `requestId: ${issuesText(id.error)}` };
  const r = PROTOCOL[type].request.safeParse(raw);
  if (!r.success) return { ok: false, error: issuesText(r.error) };
  const message = { ...(r.data as object), type } as Message;
  return id ? { ok: true, message, requestId: id.data } : { ok: true, message };
}

/** Checks a reply against the table; a malformed one is refused with what is wrong with it. */
export function parseReply<T extends MessageType>(
  type: T,
  raw: unknown,
): { ok: true; reply: ReplyOf<T> } | { ok: false; error: string } {
  const r = PROTOCOL[type].reply.safeParse(raw);
  if (r.success) return { ok: true, reply: r.data as ReplyOf<T> };
  return { ok: false, error: `malformed reply to "${type}": ${issuesText(r.error)}` };
}

export interface SenderLike {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * Our own content scripts and pages only: the same extension id, and either an extension page
 * of ours or a tab. Web pages cannot reach runtime.onMessage (no externally_connectable), other
 * extensions carry another id.
 */
export function isTrustedSender(sender: SenderLike, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId) return false;
  if (sender.url?.startsWith(extensionOrigin)) return true;
  return sender.tab != null;
}
