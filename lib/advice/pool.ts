import type { SnapshotRecord } from '../model';
import type { AdviceSettings } from '../settings/advice-settings';
import { atLeast } from './compare';

// Conversion per click for the "1X clicks" gate (Sellics: 1X = 100 / conversion %), pooled over the narrowest
// group that has enough orders to say something: the keyword's ad group, then its campaign, then every ad row
// of the page (the account), then the default conversion setting. A keyword's own 1 order in 5 clicks is luck,
// not a 20% conversion: judged on it, 1X would be 5 clicks and one order would cut a bid by two thirds.

type Rec = SnapshotRecord;

export type PoolLevel = 'adGroup' | 'campaign' | 'account' | 'default';

export interface Pool {
  conversion: number;
  level: PoolLevel;
  /** The pool's orders and clicks (none for the default). */
  orders?: number;
  clicks?: number;
}

/** How records are grouped at each level: a key, or undefined where the record names no such group. */
export type PoolKeys = Partial<Record<Exclude<PoolLevel, 'default'>, (r: Rec) => string | undefined>>;
type Counts = (r: Rec) => { orders: number; clicks: number } | undefined;

const LEVELS = ['adGroup', 'campaign', 'account'] as const;

/** Sums orders and clicks per group at each level; the returned lookup gives a record its pool. */
export function conversionPools(records: Rec[], keys: PoolKeys, counts: Counts) {
  const sums = new Map<string, { orders: number; clicks: number }>();
  const id = (level: string, r: Rec) => {
    const k = keys[level as keyof PoolKeys]?.(r);
    return k === undefined ? undefined : `${level}|${k}`;
  };
  for (const r of records) {
    const c = counts(r);
    if (!c) continue;
    for (const level of LEVELS) {
      const k = id(level, r);
      if (k === undefined) continue;
      const sum = sums.get(k) ?? { orders: 0, clicks: 0 };
      sums.set(k, { orders: sum.orders + c.orders, clicks: sum.clicks + c.clicks });
    }
  }
  return (rec: Rec, s: AdviceSettings): Pool => {
    for (const level of LEVELS) {
      const k = id(level, rec);
      const sum = k === undefined ? undefined : sums.get(k);
      if (sum && sum.clicks > 0 && sum.orders > 0 && atLeast(sum.orders, s.poolMinOrders))
        return { conversion: sum.orders / sum.clicks, level, orders: sum.orders, clicks: sum.clicks };
    }
    return { conversion: s.defaultConversionRate, level: 'default' };
  };
}

const amazonCounts: Counts = (r) =>
  r.metrics.orders !== undefined && r.metrics.clicks !== undefined
    ? { orders: r.metrics.orders, clicks: r.metrics.clicks }
    : undefined;

const campaignOf = (r: Rec) => r.attrs.campaignId ?? r.attrs.campaign;

/** Amazon keywords and search terms: ad group (within its campaign), campaign, the page's account. */
export const amazonPools = (records: Rec[]) =>
  conversionPools(
    records.filter((r) => r.kind === 'keyword' || r.kind === 'searchTerm'),
    {
      adGroup: (r) => {
        const g = r.attrs.adGroupId ?? r.attrs.adGroup;
        return g === undefined ? undefined : `${campaignOf(r) ?? ''}|${g}`;
      },
      campaign: campaignOf,
      account: (r) => r.marketplace,
    },
    amazonCounts,
  );

/** The pool's numbers as an advice's `used` shows them. */
export const poolUsed = (p: Pool): Record<string, number> => ({
  conversion: p.conversion,
  ...(p.orders !== undefined ? { poolOrders: p.orders } : {}),
  ...(p.clicks !== undefined ? { poolClicks: p.clicks } : {}),
});
