import type { Advice, Severity } from '../advice/types';
import { type Alert, EVENT_RULES } from '../alerts/types';
import type { EntityRef, Platform } from '../model';
import { isActionable, type Problem, problemOf } from './problems';
import { compareStakes, stakeOf } from './stake';

/** One current advice as the background keeps it (lib/db/advice-cache.ts): what Today is made of. */
export interface AdviceRow {
  /** The advice's id: rule and entity. */
  id: string;
  /** `entityId` of the entity it is about. */
  entity: string;
  advice: Advice;
  platform: Platform;
  /** The page of the reading advised on: where the operator acts. */
  url: string;
  /** When that reading was taken. */
  capturedAt: string;
}

/** An alert as the background keeps it (lib/db/schema.ts AlertRow). */
export type AlertLike = Alert & { id: string; status: 'open' | 'seen' | 'closed'; raisedAt: string };

/** One line of Today. */
export interface TodayItem {
  id: string;
  problem: Problem;
  severity: Severity;
  ref: EntityRef;
  platform: Platform;
  label?: string;
  url: string;
  currency?: string;
  money?: number;
  days?: number;
  capturedAt: string;
  /** Changes when the advice's numbers change: an item marked done comes back then. */
  fingerprint: string;
  /** What it says: an advice's or an alert's message. */
  said: { advice: Advice } | { alert: Alert };
}

export const fingerprintOf = (advice: Pick<Advice, 'message'>) => JSON.stringify(advice.message);

/** The Today line of a stored advice, or nothing when it asks for nothing yet. */
export function itemOf(row: AdviceRow): TodayItem | undefined {
  const a = row.advice;
  if (!isActionable(a)) return undefined;
  const stake = stakeOf(a);
  return {
    id: row.id,
    problem: problemOf(a),
    severity: a.severity,
    ref: a.ref,
    platform: row.platform,
    ...(a.label !== undefined ? { label: a.label } : {}),
    url: row.url,
    ...(a.currency !== undefined ? { currency: a.currency } : {}),
    ...stake,
    capturedAt: row.capturedAt,
    fingerprint: fingerprintOf(a),
    said: { advice: a },
  };
}

/** How long a competitor's move stays on Today after it was raised. */
export const COMPETITOR_DAYS = 7;

/**
 * The Today line of an alert about a watched competitor (no advice rule is about competitors): its move stays
 * on the list for a week, unless done or dismissed; a later move is a new line (its fingerprint is its time).
 */
export function itemOfAlert(row: AlertLike, now: number): TodayItem | undefined {
  if (!EVENT_RULES.has(row.rule) || row.status === 'closed') return undefined;
  if (now - Date.parse(row.raisedAt) > COMPETITOR_DAYS * 86_400_000) return undefined;
  return {
    id: row.id,
    problem: 'competitors',
    severity: row.severity,
    ref: row.ref,
    platform: row.platform,
    ...(row.label !== undefined ? { label: row.label } : {}),
    url: row.url,
    capturedAt: row.readingAt,
    fingerprint: row.raisedAt,
    said: { alert: row },
  };
}

type Ranked = Pick<TodayItem, 'id' | 'money' | 'currency' | 'days' | 'severity'>;

/** Today's order is the panel's (./stake.ts). */
export const compareItems: (a: Ranked, b: Ranked) => number = compareStakes;

export const rankItems = <T extends Ranked>(items: readonly T[]): T[] => [...items].sort(compareItems);

export interface TodayGroup<T> {
  problem: Problem;
  items: T[];
}

/**
 * Ranked items grouped by problem, a group where its first (most pressing) item ranks; items keep their rank
 * inside it. Groups with nothing in them are left out.
 */
export function groupItems<T extends Ranked & { problem: Problem }>(ranked: readonly T[]): TodayGroup<T>[] {
  // A Map keeps its keys in insertion order: the order in which each problem first appears in the ranking.
  const groups = new Map<Problem, T[]>();
  for (const item of ranked) {
    const list = groups.get(item.problem);
    if (list) list.push(item);
    else groups.set(item.problem, [item]);
  }
  return [...groups].map(([problem, items]) => ({ problem, items }));
}
