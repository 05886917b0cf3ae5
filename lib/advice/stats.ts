// Two-proportion z-test, for "did conversion really change?" (ADVICE-SOURCES: listing and conversion).

/** Standard normal CDF (Abramowitz-Stegun 26.2.17, |error| < 7.5e-8). */
export function normalCdf(z: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(z));
  const d = 0.3989422804014327 * Math.exp((-z * z) / 2);
  const p =
    d * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return z > 0 ? 1 - p : p;
}

export interface ProportionTest {
  p1: number;
  p2: number;
  z: number;
  /** Two-sided p-value. */
  pValue: number;
}

/** Compares successes1/trials1 (before) with successes2/trials2 (after). Undefined without trials. */
export function twoProportionTest(
  successes1: number,
  trials1: number,
  successes2: number,
  trials2: number,
): ProportionTest | undefined {
  if (trials1 <= 0 || trials2 <= 0) return undefined;
  const p1 = successes1 / trials1;
  const p2 = successes2 / trials2;
  const pooled = (successes1 + successes2) / (trials1 + trials2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / trials1 + 1 / trials2));
  if (se === 0) return { p1, p2, z: 0, pValue: 1 };
  const z = (p2 - p1) / se;
  return { p1, p2, z, pValue: Math.min(1, 2 * (1 - normalCdf(Math.abs(z)))) };
}
