import * as z from 'zod/mini';
import type { Advice } from './advice/types';
import { Kind, Platform, SnapshotRecord } from './model';

// The protocol between content scripts / extension pages and the background, the only database writer.

const Ref = z.object({
  kind: Kind,
  marketplace: z.string().check(z.maxLength(100)),
  key: z.string().check(z.maxLength(500)),
});

export const Message = z.discriminatedUnion('type', [
  z.object({ type: z.literal('snapshots.put'), records: z.array(SnapshotRecord).check(z.maxLength(20000)) }),
  z.object({ type: z.literal('page.capture'), records: z.array(SnapshotRecord).check(z.maxLength(20000)) }),
  z.object({
    type: z.literal('advice.dismiss'),
    id: z.string().check(z.maxLength(1200)),
    dismissed: z.boolean(),
  }),
  z.object({ type: z.literal('entity.state'), ref: Ref }),
  z.object({
    type: z.literal('watch.set'),
    ref: Ref,
    watched: z.boolean(),
    platform: Platform,
    label: z.optional(z.string().check(z.maxLength(2000))),
    url: z.string().check(z.maxLength(4000)),
  }),
]);
export type Message = z.infer<typeof Message>;

export interface PutReply {
  stored: number;
  skipped: number;
  previous: (SnapshotRecord | null)[];
}
export interface CaptureReply {
  stored: number;
  skipped: number;
  advice: Advice[];
  dismissed: string[];
}
export interface DismissReply {
  dismissed: string[];
}
export interface EntityStateReply {
  watched: boolean;
}
export interface WatchReply {
  watched: boolean;
}
export type ErrorReply = { error: string };

export type ReplyFor<T extends Message['type']> = T extends 'snapshots.put'
  ? PutReply
  : T extends 'page.capture'
    ? CaptureReply
    : T extends 'advice.dismiss'
      ? DismissReply
      : T extends 'entity.state'
        ? EntityStateReply
        : WatchReply;

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

/** Parses an incoming message, or says why not (the background logs and drops it). */
export function parseMessage(raw: unknown): { ok: true; message: Message } | { ok: false; error: string } {
  const r = Message.safeParse(raw);
  if (r.success) return { ok: true, message: r.data };
  return { ok: false, error: r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
}
