import type { Severity } from '../advice/types';

/** What is at stake in an advice (issue 14 adds it to every advice): money in its currency, days to stock-out. */
export interface Stake {
  money?: number;
  days?: number;
}

const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/**
 * The advice's stake as its rule gave it (`advice.stake`), read defensively: advice computed before the
 * field existed, or a rule that has none, ranks by severity instead. Never computed here.
 */
export function stakeOf(advice: object): Stake {
  const s = (advice as { stake?: unknown }).stake;
  if (!s || typeof s !== 'object') return {};
  const { money, days } = s as Record<string, unknown>;
  return {
    ...(finite(money) && money > 0 ? { money } : {}),
    ...(finite(days) && days >= 0 ? { days } : {}),
  };
}

/**
 * Approximate value of one unit of each currency in US dollars, only to put money at stake in different
 * currencies in one order (an Amazon US listing and a Tmall item on the same list). Amounts are always shown
 * in their own currency. Mid-market rates of late 2026 rounded to two figures; nothing is fetched.
 */
export const ORDERING_RATES: Readonly<Record<string, number>> = {
  USD: 1,
  EUR: 1.1,
  GBP: 1.3,
  CAD: 0.72,
  AUD: 0.66,
  MXN: 0.054,
  BRL: 0.18,
  JPY: 0.0067,
  CNY: 0.14,
  INR: 0.012,
  SGD: 0.77,
  AED: 0.27,
  SAR: 0.27,
  SEK: 0.095,
  PLN: 0.25,
  TRY: 0.029,
};

/** Money at stake on one scale, for ordering; undefined when there is none or its currency is unknown. */
export function comparableMoney(money: number | undefined, currency: string | undefined): number | undefined {
  if (money === undefined) return undefined;
  if (!currency) return money;
  const rate = ORDERING_RATES[currency];
  return rate === undefined ? undefined : money * rate;
}

export const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2, info: 3 };

export interface StakeRanked {
  id: string;
  money?: number;
  currency?: string;
  days?: number;
  severity: Severity;
}

/**
 * The order of work, in Today and in the console panel: money at stake first (largest first, currencies put
 * on one scale by ORDERING_RATES), then days to a stock-out (fewest first), then severity; items with no
 * stake at all rank by severity alone.
 */
export function compareStakes(a: StakeRanked, b: StakeRanked): number {
  const ma = comparableMoney(a.money, a.currency);
  const mb = comparableMoney(b.money, b.currency);
  if (ma !== mb) {
    if (ma === undefined) return 1;
    if (mb === undefined) return -1;
    return mb - ma;
  }
  if (a.days !== b.days) {
    if (a.days === undefined) return 1;
    if (b.days === undefined) return -1;
    return a.days - b.days;
  }
  const s = SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
  return s !== 0 ? s : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** An advice as its stake ranks it. */
export const rankedOf = (a: { id: string; currency?: string; severity: Severity }): StakeRanked => ({
  id: a.id,
  severity: a.severity,
  ...(a.currency ? { currency: a.currency } : {}),
  ...stakeOf(a),
});
