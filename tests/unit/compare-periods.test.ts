import { describe, expect, it } from 'vitest';
import {
  conversionChange,
  defaultPair,
  metricChanges,
  periodChoices,
} from '../../components/compare-periods';

const week = (from: string, to: string, capturedAt: string, metrics: Record<string, number>) => ({
  period: { from, to },
  capturedAt,
  metrics,
});

describe('choosing two periods to compare', () => {
  it('a period read twice is one choice, its later reading; choices in period order', () => {
    const first = week('2026-11-08', '2026-11-14', '2026-11-15T09:00:00.000Z', { sessions: 100 });
    const revised = week('2026-11-08', '2026-11-14', '2026-11-18T09:00:00.000Z', { sessions: 104 });
    const older = week('2026-11-01', '2026-11-07', '2026-11-20T09:00:00.000Z', { sessions: 90 });
    const choices = periodChoices([first, revised, older]);
    expect(choices.map((c) => [c.id, c.reading.metrics.sessions])).toStrictEqual([
      ['2026-11-01/2026-11-07', 90],
      ['2026-11-08/2026-11-14', 104],
    ]);
    expect(defaultPair(choices)).toStrictEqual(['2026-11-01/2026-11-07', '2026-11-08/2026-11-14']);
  });

  it('one period read twice leaves nothing to compare (never a reading with itself)', () => {
    const a = week('2026-11-08', '2026-11-14', '2026-11-15T09:00:00.000Z', { sessions: 100 });
    const b = { ...a, capturedAt: '2026-11-16T09:00:00.000Z' };
    expect(periodChoices([a, b])).toHaveLength(1);
    expect(defaultPair(periodChoices([a, b]))).toBeUndefined();
    expect(defaultPair([])).toBeUndefined();
  });

  it('readings of a moment are each their own choice, by capture time', () => {
    const r = (capturedAt: string) => ({ capturedAt, metrics: { price: 1 } });
    expect(
      periodChoices([r('2026-11-02T10:00:00.000Z'), r('2026-11-01T10:00:00.000Z')]).map((c) => c.id),
    ).toStrictEqual(['2026-11-01T10:00:00.000Z', '2026-11-02T10:00:00.000Z']);
  });
});

describe('the change from A to B', () => {
  const a = week('2026-11-01', '2026-11-07', '2026-11-08T09:00:00.000Z', {
    sales: 0,
    sessions: 1000,
    unitsOrdered: 100,
    conversionRate: 0.1,
  });
  const b = week('2026-11-08', '2026-11-14', '2026-11-15T09:00:00.000Z', {
    sales: 50,
    sessions: 1000,
    unitsOrdered: 130,
    conversionRate: 0.13,
    buyBoxPct: 0.9,
  });

  it('absolute and percent; no percent of zero; a metric only one period has shows no change', () => {
    expect(metricChanges(a, b)).toStrictEqual([
      // sales 0 -> 50: +50, and no percentage of nothing.
      { metric: 'sales', a: 0, b: 50, abs: 50 },
      // sessions 1000 -> 1000: 0, 0%.
      { metric: 'sessions', a: 1000, b: 1000, abs: 0, pct: 0 },
      // units 100 -> 130: +30, 30 / 100 = +30%.
      { metric: 'unitsOrdered', a: 100, b: 130, abs: 30, pct: 0.3 },
      // conversion 0.10 -> 0.13: +0.03 (3 points), 0.03 / 0.1 = +30% (floating point: 0.29999…).
      { metric: 'conversionRate', a: 0.1, b: 0.13, abs: 0.03, pct: (0.13 - 0.1) / 0.1 },
      { metric: 'buyBoxPct', a: undefined, b: 0.9 },
    ]);
  });

  it('conversion 100/1000 -> 130/1000 by the two-proportion z-test: z = 2.10, p = 0.036', () => {
    // pooled = 230 / 2000 = 0.115; se = sqrt(0.115 * 0.885 * (1/1000 + 1/1000)) = sqrt(0.00020355) = 0.014267;
    // z = (0.13 - 0.10) / 0.014267 = 2.1027; p = 2 * (1 - Φ(2.1027)) = 2 * 0.01775 = 0.0355.
    const test = conversionChange(a, b)!;
    expect(test.p1).toBe(0.1);
    expect(test.p2).toBe(0.13);
    expect(test.z).toBeCloseTo(2.1027, 3);
    expect(test.pValue).toBeCloseTo(0.0355, 3);
  });

  it('no test without orders and traffic in both periods', () => {
    expect(conversionChange({ ...a, metrics: { sessions: 1000 } }, b)).toBeUndefined();
    expect(conversionChange(a, { ...b, metrics: { sessions: 0, unitsOrdered: 0 } })).toBeUndefined();
  });
});
