import { describe, expect, it } from 'vitest';
import { groupedNotification } from '../../lib/alerts/group';
import { evaluateReading, type ReadingContext } from '../../lib/alerts/rules';
import { ALERT_DEFAULTS, alertSettingsOf, isQuiet } from '../../lib/alerts/settings';
import { baselineOf, trafficAlert } from '../../lib/alerts/traffic';
import { alertText } from '../../lib/alerts/types';
import { binomialCdf, poissonRateTest, studentTCdf } from '../../lib/experiments/stats';
import type { SnapshotRecord } from '../../lib/model';
import { ADVICE_DEFAULTS } from '../../lib/settings/advice-settings';
import { amazonRec, tmallRec } from '../helpers/advice-records';
import { competitor } from '../helpers/records';

// Issue 15, alerts: one new reading is judged at once. A large drop alerts on one reading when it is
// significant; a drop inside the baseline's own noise does not.

const S = { ...ALERT_DEFAULTS };
const DAY = 86_400_000;

/** A Tmall item's reading of `days` days ending `ago` periods of that length before 2026-11-29. */
function item(ago: number, metrics: SnapshotRecord['metrics'], days = 7) {
  const to = new Date(Date.UTC(2026, 10, 29) - ago * days * DAY);
  const from = new Date(to.getTime() - (days - 1) * DAY);
  return tmallRec('listing', '6500001', metrics, {
    label: '保温杯 500ml',
    period: { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) },
    capturedAt: new Date(to.getTime() + DAY / 2).toISOString(),
  });
}
const ctx = (history: SnapshotRecord[], extra: Partial<ReadingContext> = {}): ReadingContext => ({
  history,
  previous: history.at(-1) ?? null,
  watched: false,
  advice: { ...ADVICE_DEFAULTS },
  alerts: S,
  ...extra,
});

describe('statistics', () => {
  it('Student t and binomial tails match tables', () => {
    expect(studentTCdf(2, 5)).toBeCloseTo(0.94903, 4);
    expect(studentTCdf(-2.776, 4)).toBeCloseTo(0.025, 3);
    expect(studentTCdf(1.96, 1e6)).toBeCloseTo(0.975, 3);
    expect(binomialCdf(2, 10, 0.5)).toBeCloseTo(56 / 1024, 10);
  });
  it('the Poisson rate test: 5 against 10 a period is noise, 3,000 against 8,050 is not', () => {
    expect(poissonRateTest(10, 1, 5, 1)?.pLower).toBeGreaterThan(0.1);
    const big = poissonRateTest(8050, 1, 3000, 1)!;
    expect(big.method).toBe('normal');
    expect(big.pLower).toBeLessThan(1e-12);
  });
});

describe('traffic against the same weekday', () => {
  it('one week of visitors crashing from 8,050 to 3,000 alerts on that one reading (Poisson test)', () => {
    const before = item(1, { visitors: 8050, orders: 400 });
    const now = item(0, { visitors: 3000, orders: 150 });
    const { alerts } = evaluateReading(now, ctx([before]));
    const traffic = alerts.find((a) => a.rule === 'traffic');
    expect(traffic?.used).toMatchObject({ now: 3000, baseline: 8050, periods: 1, days: 7 });
    expect(traffic?.message.params).toMatchObject({ test: 'poisson', metric: 'visitors' });
    expect(traffic?.severity).toBe('high');
    expect(alertText(traffic!, 'en')).toBe(
      '保温杯 500ml: visitors fell to 3,000 from 8,050 on average (−62.73%) over 1 earlier period of the same length (Poisson test, p < 0.001).',
    );
  });

  it('a 35% drop inside a noisy baseline does not alert (t-test on the baseline’s spread, p ≈ 0.11)', () => {
    const history = [1200, 800, 1300, 1000].map((v, i) => item(4 - i, { visitors: v }));
    const now = item(0, { visitors: 700 });
    expect(trafficAlert(now, history, S)).toBeNull();
    // The same drop against a steady baseline is significant.
    const steady = [1080, 1070, 1075, 1075].map((v, i) => item(4 - i, { visitors: v }));
    const alert = trafficAlert(now, steady, S);
    expect(alert?.message.params).toMatchObject({ test: 't', periods: 4 });
    expect(alert?.used.pValue).toBeLessThan(0.01);
  });

  it('neither small counts nor a small drop of big counts alert', () => {
    expect(trafficAlert(item(0, { visitors: 5 }), [item(1, { visitors: 10 })], S)).toBeNull();
    // 10% down on 80,000 is "significant" for counting noise, but not the drop that alerts.
    expect(trafficAlert(item(0, { visitors: 72_000 }), [item(1, { visitors: 80_000 })], S)).toBeNull();
  });

  it('compares a day with the same weekday of earlier weeks only', () => {
    const days = Array.from({ length: 21 }, (_, i) =>
      item(21 - i, { visitors: i % 7 === 0 ? 500 : 2000 }, 1),
    );
    const now = item(0, { visitors: 480 }, 1);
    const base = baselineOf(now, days, 4);
    const weekday = (r: SnapshotRecord) => new Date(`${r.period!.from}T00:00:00Z`).getUTCDay();
    expect(base.map(weekday)).toStrictEqual([weekday(now), weekday(now), weekday(now)]);
    // Its own weekday is quiet every week: 480 against 500 is no drop.
    expect(trafficAlert(now, days, S)).toBeNull();
  });
});

describe('other rules', () => {
  it('conversion down significantly against the baseline (two-proportion z-test)', () => {
    const history = [1, 2, 3].map((w) => item(w, { visitors: 1000, orders: 100 })).reverse();
    const { alerts } = evaluateReading(item(0, { visitors: 1000, orders: 60 }), ctx(history));
    const conversion = alerts.find((a) => a.rule === 'conversion');
    expect(conversion?.used).toMatchObject({ before: 0.1, after: 0.06, beforeTraffic: 3000 });
    expect(conversion?.used.pValue).toBeLessThan(0.001);
  });

  it('stock cover under lead time + safety stock, as the stock advice judges it', () => {
    const weeks = [3, 2, 1].map((w) => item(w, { unitsOrdered: 70, available: 900 }));
    const low = evaluateReading(item(0, { unitsOrdered: 70, available: 40 }), ctx(weeks));
    expect(low.alerts.find((a) => a.rule === 'stock')?.used).toMatchObject({ available: 40, daysOfCover: 4 });
    const fine = evaluateReading(item(0, { unitsOrdered: 70, available: 900 }), ctx(weeks));
    expect(fine.checked).toContain('stock');
    expect(fine.alerts.map((a) => a.rule)).not.toContain('stock');
  });

  it('spend with no orders today, on a campaign read for today', () => {
    const today = new Date();
    const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    const campaign = (metrics: SnapshotRecord['metrics'], period = { from: day, to: day }) =>
      amazonRec('campaign', 'SP Kettles', metrics, { capturedAt: today.toISOString(), period });
    const raised = evaluateReading(campaign({ clicks: 24, spend: 31.2, orders: 0 }), ctx([]));
    expect(alertText(raised.alerts[0]!, 'en')).toBe(
      'SP Kettles: $31.20 spent on 24 clicks today and no order.',
    );
    expect(evaluateReading(campaign({ clicks: 12, spend: 15, orders: 0 }), ctx([])).alerts).toStrictEqual([]);
    const week = evaluateReading(
      campaign({ clicks: 24, spend: 31.2, orders: 0 }, { from: '2026-11-01', to: '2026-11-07' }),
      ctx([]),
    );
    expect(week.checked).toStrictEqual([]);
  });

  it('a watched competitor’s price drop, stock-out and rank jump; nothing for one not watched', () => {
    const before = competitor({ capturedAt: '2026-11-20T10:00:00.000Z', metrics: { price: 40, bsr: 140 } });
    const now = competitor({
      capturedAt: '2026-11-21T10:00:00.000Z',
      metrics: { price: 35, bsr: 14 },
      attrs: { asin: 'B0C1K2Z3X4', stockState: 'outOfStock' },
    });
    const watched = evaluateReading(now, ctx([], { previous: before, watched: true }));
    expect(watched.alerts.map((a) => a.rule).sort()).toStrictEqual([
      'competitorPrice',
      'competitorRank',
      'competitorStock',
    ]);
    expect(evaluateReading(now, ctx([], { previous: before })).alerts).toStrictEqual([]);
    const small = competitor({ capturedAt: '2026-11-21T10:00:00.000Z', metrics: { price: 39, bsr: 120 } });
    expect(evaluateReading(small, ctx([], { previous: before, watched: true })).alerts).toStrictEqual([]);
  });
});

describe('notifications', () => {
  it('one notification for a whole page of alerts, the most severe first', () => {
    const weeks = [3, 2, 1].map((w) => item(w, { unitsOrdered: 70, available: 900 }));
    const raised = Array.from({ length: 500 }, (_, i) => {
      const a = evaluateReading(
        { ...item(0, { unitsOrdered: 70, available: i }), label: `Item ${i}` },
        ctx(weeks),
      );
      return a.alerts.find((x) => x.rule === 'stock')!;
    });
    const n = groupedNotification(raised, 'en');
    expect(n.title).toBe('OpsLens: 500 new alerts');
    const lines = n.message.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('… and 497 more');
    expect(groupedNotification(raised.slice(0, 1), 'zh').title).toBe('OpsLens：1 条新警报');
  });
  it('quiet hours across midnight, and settings that fail validation fall back to defaults', () => {
    expect([22, 23, 0, 6].map((h) => isQuiet(S, h))).toStrictEqual([true, true, true, true]);
    expect([7, 12, 21].map((h) => isQuiet(S, h))).toStrictEqual([false, false, false]);
    expect(isQuiet({ quietFrom: 9, quietTo: 9 }, 9)).toBe(false);
    expect(alertSettingsOf({ trafficDropMin: 7, quietFrom: 1, hacked: true })).toStrictEqual({
      ...S,
      quietFrom: 1,
    });
  });
});
