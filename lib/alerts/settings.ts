import * as z from 'zod/mini';

/**
 * Alert thresholds and how alerts reach the operator (issue 15). Stock cover uses the advice settings' lead
 * time and safety stock (per marketplace and product); these are the rest. Written by the background only.
 */
export const ALERT_DEFAULTS = {
  /** Browser notifications: off until the operator turns them on (and grants the permission). */
  notify: false,
  /** Quiet hours, local time: no notification from `quietFrom` to `quietTo` o'clock (the badge still counts). */
  quietFrom: 22,
  quietTo: 7,
  /** Sessions or visitors this far under their baseline (same weekday, or equal periods) before it is news. Ours. */
  trafficDropMin: 0.3,
  /** Significance of that drop (a t-test on the baseline's own spread, or a Poisson test with few periods). */
  trafficAlpha: 0.01,
  /** Earlier periods the baseline is made of, at most: four weeks of the same weekday. */
  baselinePeriods: 4,
  /** Conversion this far (relatively) under its baseline, and significantly (two-proportion z-test). Ours. */
  conversionDropMin: 0.2,
  conversionAlpha: 0.01,
  /** A campaign with clicks and no order today: 20 clicks, the negative-keyword rule's (Sellics, Merchjar). */
  spendNoOrdersClicks: 20,
  /** A watched competitor's price down by this share: the watchlist badge's 5%. */
  competitorPriceDrop: 0.05,
  /** A watched competitor's rank number down (better) by this share in one reading. Ours. */
  competitorRankJump: 0.3,
};

export const AlertSettings = z.object({
  notify: z.boolean(),
  quietFrom: z.number().check(z.int(), z.gte(0), z.lte(23)),
  quietTo: z.number().check(z.int(), z.gte(0), z.lte(23)),
  trafficDropMin: z.number().check(z.gt(0), z.lt(1)),
  trafficAlpha: z.number().check(z.gt(0), z.lt(0.5)),
  baselinePeriods: z.number().check(z.int(), z.gte(1), z.lte(12)),
  conversionDropMin: z.number().check(z.gt(0), z.lt(1)),
  conversionAlpha: z.number().check(z.gt(0), z.lt(0.5)),
  spendNoOrdersClicks: z.number().check(z.int(), z.gte(1)),
  competitorPriceDrop: z.number().check(z.gt(0), z.lt(1)),
  competitorRankJump: z.number().check(z.gt(0), z.lt(1)),
});
export type AlertSettings = z.infer<typeof AlertSettings>;
export const AlertSettingsPatch = z.partial(AlertSettings);
export type AlertSettingsPatch = z.infer<typeof AlertSettingsPatch>;

/** Stored settings over the defaults; a stored field that fails validation is the default again. */
export function alertSettingsOf(stored: unknown): AlertSettings {
  const out: Record<string, unknown> = { ...ALERT_DEFAULTS };
  if (stored && typeof stored === 'object')
    for (const [k, v] of Object.entries(stored)) {
      if (!Object.hasOwn(ALERT_DEFAULTS, k)) continue;
      const field = AlertSettings.shape[k as keyof AlertSettings];
      if (field.safeParse(v).success) out[k] = v;
    }
  return out as AlertSettings;
}

/** Whether `hour` (local, 0-23) is inside the quiet hours; from = to means none. */
export function isQuiet(s: Pick<AlertSettings, 'quietFrom' | 'quietTo'>, hour: number): boolean {
  if (s.quietFrom === s.quietTo) return false;
  return s.quietFrom < s.quietTo
    ? hour >= s.quietFrom && hour < s.quietTo
    : hour >= s.quietFrom || hour < s.quietTo;
}
