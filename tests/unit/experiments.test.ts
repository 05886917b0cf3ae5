import { describe, expect, it } from 'vitest';
import { compareAround, sidesOf } from '../../lib/experiments/compare';
import { daysNeeded, EXPERIMENT_DEFAULTS, normalQuantile, trialsNeeded } from '../../lib/experiments/power';
import { metricText, verdictLines } from '../../lib/experiments/text';
import type { SnapshotRecord } from '../../lib/model';
import { amazonRec } from '../helpers/advice-records';

// Issue 15, experiments: a change recorded on 2026-11-01, weekly business-report readings around it.

const S = { ...EXPERIMENT_DEFAULTS };
const CHANGE = '2026-11-01';
const DAY = 86_400_000;
/** The week starting `weeks` weeks from the change day (negative: before it). */
function week(weeks: number, sessions: number, units: number, extra: SnapshotRecord['metrics'] = {}) {
  const from = new Date(Date.parse(CHANGE) + weeks * 7 * DAY);
  const to = new Date(from.getTime() + 6 * DAY);
  return amazonRec(
    'listing',
    'B0EXP',
    { sessions, unitsOrdered: units, ...extra },
    {
      source: 'amazon.business-report',
      period: { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) },
      capturedAt: new Date(to.getTime() + DAY).toISOString(),
    },
  );
}
const before = [-4, -3, -2, -1].map((w) => week(w, 1000, 100));

describe('power', () => {
  it('matches the textbook sample size', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.8)).toBeCloseTo(0.841621, 5);
    // By hand: p 10% -> 8%: (1.96 x sqrt(2 x .09 x .91) + 0.8416 x sqrt(.09 + .0736))^2 / .02^2 = 3,212.9 a
    // side when both are equal; the after side makes 1/n1 + 1/n2 = 2/3,212.9: half of it with no end of data
    // before (1,607), 1 / (2 / 3,212.9 - 1 / 4,000) = 2,685 with 4,000 sessions before.
    expect(trialsNeeded(0.1, 1e12, S)).toBe(1607);
    expect(trialsNeeded(0.1, 4000, S)).toBe(2685);
    // Too little before for any amount after to do.
    expect(trialsNeeded(0.1, 1000, S)).toBe(Number.POSITIVE_INFINITY);
    // 100 units a week, 14.29 a day over 28 days, to see 11.43: 11.43 / ((2.857 / 2.8016)^2 - 14.29 / 28) =
    // 11.43 / (1.040 - 0.510) = 21.6 days after the change.
    expect(daysNeeded(100 / 7, 28, S)).toBe(22);
  });
});

describe('before and after a change', () => {
  it('a known significant drop: conversion 10% -> 6% over 4,000 sessions each', () => {
    const after = [0, 1, 2, 3].map((w) => week(w, 1000, 60));
    const v = compareAround([...before, ...after], CHANGE, S);
    expect(v.status).toBe('significant');
    const conversion = v.metrics.find((m) => m.metric === 'conversion')!;
    expect(conversion).toMatchObject({
      state: 'significant',
      before: { num: 400, den: 4000, from: '2026-10-04', to: '2026-10-31' },
      after: { num: 240, den: 4000, from: '2026-11-01', to: '2026-11-28' },
    });
    expect(conversion.pValue).toBeLessThan(1e-9);
    expect(metricText(conversion, 'en')).toBe(
      'Conversion: 10% (400/4,000, 2026-10-04 – 2026-10-31) → 6% (240/4,000, 2026-11-01 – 2026-11-28): significant (p < 0.001, two-proportion z-test)',
    );
    const units = v.metrics.find((m) => m.metric === 'unitsPerDay')!;
    expect(units).toMatchObject({ state: 'significant', test: 'poisson', before: { num: 400, den: 28 } });
  });

  it('a known insignificant change: 10% -> 9.8%, 400 -> 392 units', () => {
    const after = [0, 1, 2, 3].map((w) => week(w, 1000, 98));
    const v = compareAround([...before, ...after], CHANGE, S);
    expect(v.status).toBe('notSignificant');
    expect(v.metrics.map((m) => [m.metric, m.state])).toStrictEqual([
      ['conversion', 'notSignificant'],
      ['unitsPerDay', 'notSignificant'],
    ]);
    expect(v.metrics[0]!.pValue).toBeGreaterThan(0.7);
    expect(metricText(v.metrics[1]!, 'en')).toBe(
      'Units/day: 14.29 (400 in 28 days, 2026-10-04 – 2026-10-31) → 14 (392 in 28 days, 2026-11-01 – 2026-11-28): not significant (p = 0.804, Poisson rate test)',
    );
  });

  it('"needs N more sessions" until the after side holds what the power estimate asks', () => {
    const v = compareAround([...before, week(0, 1000, 60)], CHANGE, S);
    expect(v.status).toBe('collecting');
    const conversion = v.metrics.find((m) => m.metric === 'conversion')!;
    expect(conversion).toMatchObject({ state: 'needsMore', needMore: 2685 - 1000 });
    expect(conversion.pValue).toBeUndefined();
    expect(metricText(conversion, 'en')).toMatch(
      /: needs 1,685 more sessions after the change for a verdict \(power estimate: a 20% change, 80% power, α = 0\.05\)$/,
    );
    expect(v.metrics.find((m) => m.metric === 'unitsPerDay')).toMatchObject({ needMore: 22 - 7 });
    expect(metricText(conversion, 'zh')).toContain('改动后还需 1,685 次会话才能下结论');
  });

  it('CTR of a keyword after a bid change; no readings yet says so', () => {
    const kw = (weeks: number, impressions: number, clicks: number) => ({
      ...amazonRec('keyword', 'kettle', { impressions, clicks, orders: 0 }),
      period: {
        from: new Date(Date.parse(CHANGE) + weeks * 7 * DAY).toISOString().slice(0, 10),
        to: new Date(Date.parse(CHANGE) + (weeks * 7 + 6) * DAY).toISOString().slice(0, 10),
      },
    });
    const v = compareAround(
      [kw(-2, 50_000, 500), kw(-1, 50_000, 500), kw(0, 50_000, 350), kw(1, 50_000, 350)],
      CHANGE,
      S,
    );
    expect(v.metrics.find((m) => m.metric === 'ctr')).toMatchObject({
      state: 'significant',
      unit: 'impressions',
    });
    expect(verdictLines(compareAround([], CHANGE, S), 'en')).toStrictEqual([
      'No readings with sessions, clicks or units around the change yet: open the business report or the ads report after it.',
    ]);
  });

  it('takes the latest reading of a period, and no period overlapping one already taken', () => {
    const early = { ...week(-1, 10, 1), capturedAt: '2026-10-31T09:00:00.000Z' };
    const month = { ...week(-1, 5000, 500), period: { from: '2026-10-04', to: '2026-10-31' } };
    const { before: b, after: a } = sidesOf(
      [early, week(-1, 1000, 100), month, week(-2, 1000, 100), week(0, 1, 1)],
      CHANGE,
      28,
    );
    expect(b.map((r) => [r.period!.from, r.metrics.sessions])).toStrictEqual([['2026-10-04', 5000]]);
    expect(a).toHaveLength(1);
  });
});
