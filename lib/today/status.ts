import * as z from 'zod/mini';

// Done and snoozed items of Today, by item id; dismissals are the advice's own (local:dismissedAdvice), so
// that an advice dismissed in Today is dismissed in the console panel too. Written by the background only.

export const ItemStatus = z.object({
  state: z.enum(['done', 'snoozed']),
  at: z.iso.datetime(),
  /** Snoozed until then. */
  until: z.optional(z.iso.datetime()),
  /** Done with these numbers: the item comes back when they change. */
  fingerprint: z.optional(z.string().check(z.maxLength(4000))),
});
export type ItemStatus = z.infer<typeof ItemStatus>;
export const TodayStatus = z.record(z.string().check(z.maxLength(1200)), ItemStatus);
export type TodayStatus = z.infer<typeof TodayStatus>;

/** How many statuses are kept; the oldest are forgotten first. */
export const STATUS_LIMIT = 5000;

export type Hidden = 'dismissed' | 'done' | 'snoozed';

/** Why an item is not on today's list, if it is not. */
export function hiddenBy(
  item: { id: string; fingerprint: string },
  status: TodayStatus,
  dismissed: ReadonlySet<string>,
  now: number,
): Hidden | undefined {
  if (dismissed.has(item.id)) return 'dismissed';
  const s = Object.hasOwn(status, item.id) ? status[item.id] : undefined;
  if (s?.state === 'snoozed' && s.until && Date.parse(s.until) > now) return 'snoozed';
  if (s?.state === 'done' && s.fingerprint === item.fingerprint) return 'done';
  return undefined;
}

/** One status set (or cleared with `undefined`); expired snoozes and the oldest beyond the limit dropped. */
export function withStatus(
  current: TodayStatus,
  id: string,
  next: ItemStatus | undefined,
  now: number,
): TodayStatus {
  const kept = Object.entries(current).filter(
    ([k, s]) => k !== id && !(s.state === 'snoozed' && s.until && Date.parse(s.until) <= now),
  );
  if (next) kept.push([id, next]);
  kept.sort(([, a], [, b]) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return Object.fromEntries(kept.slice(-STATUS_LIMIT));
}

/** When "snooze" ends: the start of the operator's next day (local time), or `days` days later. */
export function snoozeUntil(now: Date, days = 1): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days, 6, 0, 0, 0);
  return d.toISOString();
}
