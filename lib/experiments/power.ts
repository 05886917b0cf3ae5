// How much data a before/after comparison needs before it may give a verdict (issue 15): a power estimate for
// the change the operator would care about, at the usual 5% significance and 80% power (Cohen's convention).

/** z of the standard normal for a one-sided tail probability (Acklam's rational approximation, |e| < 1.2e-9). */
export function normalQuantile(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const lo = 0.02425;
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) /
      ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1)
    );
  }
  if (p > 1 - lo) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
  );
}

export const EXPERIMENT_DEFAULTS = {
  /** Two-sided significance level. */
  alpha: 0.05,
  /** Chance of seeing a change of `mde` when there is one. */
  power: 0.8,
  /** The smallest relative change worth detecting: 20% of the rate before. Ours. */
  mde: 0.2,
  /** Days before the change that are compared with the days after it. */
  windowDays: 28,
} as const;
export type ExperimentSettings = { -readonly [K in keyof typeof EXPERIMENT_DEFAULTS]: number };

const zSum = (s: ExperimentSettings) => normalQuantile(1 - s.alpha / 2) + normalQuantile(s.power);

/**
 * Trials (sessions, impressions) needed after the change, given `trials1` before, to detect a rate moving
 * from `rate1` by `mde` relatively: from n per side of the two-proportion test, and with unequal sides the
 * `after` side that makes 1/n1 + 1/n2 = 2/n. Infinity when the before side alone is too short.
 */
export function trialsNeeded(rate1: number, trials1: number, s: ExperimentSettings): number {
  if (!(rate1 > 0 && rate1 < 1)) return Number.POSITIVE_INFINITY;
  const rate2 = Math.max(0, Math.min(1, rate1 * (1 - s.mde)));
  const mean = (rate1 + rate2) / 2;
  const za = normalQuantile(1 - s.alpha / 2);
  const zb = normalQuantile(s.power);
  const n =
    (za * Math.sqrt(2 * mean * (1 - mean)) + zb * Math.sqrt(rate1 * (1 - rate1) + rate2 * (1 - rate2))) ** 2 /
    (rate1 - rate2) ** 2;
  const room = 2 / n - 1 / trials1;
  return room > 0 ? Math.ceil(1 / room) : Number.POSITIVE_INFINITY;
}

/**
 * Days needed after the change to detect a daily rate moving from `rate1` (over `days1` days before) by `mde`:
 * Var(rate1 - rate2) = rate1/days1 + rate2/days2 must be at most ((rate1 - rate2) / (z_a + z_b))².
 */
export function daysNeeded(rate1: number, days1: number, s: ExperimentSettings): number {
  if (!(rate1 > 0)) return Number.POSITIVE_INFINITY;
  const rate2 = rate1 * (1 - s.mde);
  const room = ((rate1 - rate2) / zSum(s)) ** 2 - rate1 / days1;
  return room > 0 ? Math.ceil(rate2 / room) : Number.POSITIVE_INFINITY;
}
