// Thresholds are compared with a tolerance (issue 14): 84 / 70 - 1 is 0.19999999999999996 in floating point,
// 1 - 90 / 100 is 0.09999999999999998, and "a rise of 20%" or "a fall of 10%" must count. A difference
// smaller than a billionth of the threshold (or of 1, for thresholds under 1) is no difference.

const EPS = 1e-9;
const tol = (b: number) => EPS * Math.max(1, Math.abs(b));

/** a ≥ b, allowing for rounding. */
export const atLeast = (a: number, b: number) => a >= b - tol(b);
/** a ≤ b, allowing for rounding. */
export const atMost = (a: number, b: number) => a <= b + tol(b);
/** a > b by more than rounding. */
export const above = (a: number, b: number) => !atMost(a, b);
/** a < b by more than rounding. */
export const below = (a: number, b: number) => !atLeast(a, b);
/** `Math.ceil` that does not lift 24.000000000000004 to 25. */
export const ceilish = (x: number) => Math.ceil(x - tol(x));
/** `Math.floor` that does not drop 43.99999999999999 to 43. */
export const floorish = (x: number) => Math.floor(x + tol(x));
