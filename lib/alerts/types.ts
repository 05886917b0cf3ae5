import type { Key, Lang, Params } from '../i18n';
import { t } from '../i18n';
import type { EntityRef, Platform } from '../model';

export const ALERT_RULES = [
  'stock',
  'traffic',
  'conversion',
  'spendNoOrders',
  'competitorPrice',
  'competitorStock',
  'competitorRank',
] as const;
export type AlertRule = (typeof ALERT_RULES)[number];

/** Rules about a moment (a competitor's move), not a state: they stay until seen, a new move raises them again. */
export const EVENT_RULES: ReadonlySet<AlertRule> = new Set([
  'competitorPrice',
  'competitorStock',
  'competitorRank',
]);

type AlertMessageId = Extract<Key, `alert_${string}`>;
/** What an alert says, as data: the message id (lib/i18n/en/today.ts) and the numbers it shows. */
export type AlertMessage = { [K in AlertMessageId]: { id: K; params: Params<K> } }[AlertMessageId];

/** One alert a reading raises. */
export interface Alert {
  rule: AlertRule;
  ref: EntityRef;
  platform: Platform;
  label?: string;
  url: string;
  /** capturedAt of the reading that raised it. */
  readingAt: string;
  severity: 'high' | 'medium';
  /** The numbers it used. */
  used: Record<string, number>;
  message: AlertMessage;
}

export const alertId = (rule: AlertRule, ref: EntityRef) =>
  `alert:${rule}:${ref.kind}|${ref.marketplace}|${ref.key}`;

/** The alert's sentence in the UI language. */
export const alertText = (a: Pick<Alert, 'message'>, lang: Lang): string =>
  // A union's id and params cannot be paired in one call; AlertMessage already pairs them.
  (t as (lang: Lang, key: Key, params: unknown) => string)(lang, a.message.id, a.message.params);
