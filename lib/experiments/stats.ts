import { normalCdf } from '../advice/stats';

// Tests for counts and for one reading against a few earlier ones, beside the two-proportion z-test of
// lib/advice/stats.ts (used as it is for conversion and CTR).

/** ln Γ(x) for x > 0 (Lanczos, g = 7, 9 terms; relative error about 1e-15). */
export function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let a = c[0]!;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += c[i]! / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Continued fraction of the incomplete beta function (modified Lentz). */
function betaFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  d = 1 / (Math.abs(d) < tiny ? tiny : d);
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    for (const num of [
      (m * (b - m) * x) / ((a + m2 - 1) * (a + m2)),
      (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1)),
    ]) {
      d = 1 + num * d;
      d = 1 / (Math.abs(d) < tiny ? tiny : d);
      c = 1 + num / c;
      if (Math.abs(c) < tiny) c = tiny;
      h *= d * c;
    }
    if (Math.abs(d * c - 1) < 1e-12) break;
  }
  return h;
}

/** The regularised incomplete beta function I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2)
    ? (front * betaFraction(a, b, x)) / a
    : 1 - (front * betaFraction(b, a, 1 - x)) / b;
}

/** P(T <= t) for Student's t with `df` degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t > 0 ? 1 - tail : tail;
}

/** P(X <= k) for X ~ Binomial(n, p), summed exactly (n up to a few thousand). */
export function binomialCdf(k: number, n: number, p: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  const lp = Math.log(p);
  const lq = Math.log(1 - p);
  const lnC = (i: number) => logGamma(n + 1) - logGamma(i + 1) - logGamma(n - i + 1);
  let sum = 0;
  for (let i = 0; i <= k; i++) sum += Math.exp(lnC(i) + i * lp + (n - i) * lq);
  return Math.min(1, sum);
}

export interface RateTest {
  /** Events per unit of exposure (a day, a period) before and after. */
  rate1: number;
  rate2: number;
  /** One-sided p-value that the second rate is lower, and two-sided p-value of any difference. */
  pLower: number;
  pValue: number;
  /** `exact` (binomial sums) or `normal` (continuity-corrected approximation, for large counts). */
  method: 'exact' | 'normal';
}

/**
 * Compares two Poisson rates, `count1` events over `exposure1` and `count2` over `exposure2`, by the
 * conditional binomial test: given the total n, count2 ~ Binomial(n, exposure2 / (exposure1 + exposure2))
 * when the rates are equal. Exact below 2,000 events, normal with continuity correction above.
 */
export function poissonRateTest(
  count1: number,
  exposure1: number,
  count2: number,
  exposure2: number,
): RateTest | undefined {
  if (exposure1 <= 0 || exposure2 <= 0) return undefined;
  const n = count1 + count2;
  const rate1 = count1 / exposure1;
  const rate2 = count2 / exposure2;
  if (n === 0) return { rate1, rate2, pLower: 1, pValue: 1, method: 'exact' };
  const p = exposure2 / (exposure1 + exposure2);
  let lower: number;
  let upper: number;
  let method: RateTest['method'];
  if (n <= 2000) {
    lower = binomialCdf(count2, n, p);
    upper = 1 - binomialCdf(count2 - 1, n, p);
    method = 'exact';
  } else {
    const sd = Math.sqrt(n * p * (1 - p));
    lower = normalCdf((count2 + 0.5 - n * p) / sd);
    upper = 1 - normalCdf((count2 - 0.5 - n * p) / sd);
    method = 'normal';
  }
  return {
    rate1,
    rate2,
    pLower: Math.min(1, lower),
    pValue: Math.min(1, 2 * Math.min(lower, upper)),
    method,
  };
}
