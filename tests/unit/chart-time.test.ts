import { Chart } from 'chart.js';
import { describe, expect, it } from 'vitest';
import {
  dayBounds,
  periodDays,
  periodLengths,
  plotTime,
  pointsOf,
  seriesPoints,
  timeUnit,
} from '../../components/chart-time';
import { type Series, timeChartConfig } from '../../components/TimeChart';
import type { Lang } from '../../lib/i18n';

const DAY = 86_400_000;
const local = (y: number, m: number, d: number, h = 0) => new Date(y, m - 1, d, h).getTime();
const iso = (t: number) => {
  const d = new Date(t);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Chart.js without a DOM draws on whatever `getContext` returns; text is 7 px a character. */
function headlessCanvas() {
  const ctx: Record<string | symbol, unknown> = {};
  const canvas = { width: 800, height: 300, style: {}, getContext: () => context };
  const context: object = new Proxy(ctx, {
    get: (t, k) =>
      k in t
        ? t[k]
        : k === 'measureText'
          ? (s: string) => ({ width: s.length * 7 })
          : k === 'canvas'
            ? canvas
            : () => undefined,
    set: (t, k, v) => {
      t[k] = v;
      return true;
    },
  });
  return canvas as unknown as HTMLCanvasElement;
}

function axisOf(series: Series[], lang: Lang = 'en') {
  const config = timeChartConfig(series, lang);
  config.options = { ...config.options, responsive: false };
  const chart = new Chart(headlessCanvas(), config);
  const x = chart.scales.x!;
  const axis = {
    min: x.min,
    max: x.max,
    ticks: x.ticks.map((t) => ({ at: t.value, label: String(t.label) })),
  };
  chart.destroy();
  return axis;
}

/** A daily series over `days` days from `from`, as report records of one day each. */
function daily(from: number, days: number): Series {
  const readings = Array.from({ length: days }, (_, i) => {
    const day = iso(from + i * DAY + 12 * 3_600_000);
    return {
      period: { from: day, to: day },
      capturedAt: '2026-12-01T08:00:00.000Z',
      metrics: { sessions: i },
    };
  });
  return { metric: 'sessions', label: 'Sessions', points: pointsOf(readings, 'sessions') };
}

describe('where a reading sits on the time axis', () => {
  it('a period at local midnight of its last day, a moment at its capture time', () => {
    const r = { capturedAt: '2026-11-21T10:00:00.000Z' };
    expect(plotTime({ ...r, period: { from: '2026-11-01', to: '2026-11-07' } })).toBe(local(2026, 11, 7));
    expect(plotTime(r)).toBe(Date.parse(r.capturedAt));
  });

  it('in period order, the later reading of a period read twice, readings without the metric left out', () => {
    const week = (from: string, to: string, capturedAt: string, sessions?: number) => ({
      period: { from, to },
      capturedAt,
      metrics: (sessions === undefined ? {} : { sessions }) as Record<string, number>,
    });
    const points = pointsOf(
      [
        week('2026-11-08', '2026-11-14', '2026-11-15T09:00:00.000Z', 100),
        week('2026-11-08', '2026-11-14', '2026-11-18T09:00:00.000Z', 104), // revised by Amazon
        week('2026-11-15', '2026-11-21', '2026-11-22T09:00:00.000Z'),
        week('2026-11-01', '2026-11-07', '2026-11-23T09:00:00.000Z', 90), // older report imported later
      ],
      'sessions',
    );
    expect(points).toStrictEqual([
      { x: local(2026, 11, 7), y: 90, period: { from: '2026-11-01', to: '2026-11-07' } },
      { x: local(2026, 11, 14), y: 104, period: { from: '2026-11-08', to: '2026-11-14' } },
    ]);
  });

  it('the axis runs over whole days, a day either side of a single day', () => {
    expect(dayBounds([local(2026, 11, 7)])).toStrictEqual({
      min: local(2026, 11, 6),
      max: local(2026, 11, 8),
    });
    expect(dayBounds([local(2026, 11, 7, 9), local(2026, 11, 9, 15)])).toStrictEqual({
      min: local(2026, 11, 7),
      max: local(2026, 11, 10),
    });
    expect(timeUnit({ min: 0, max: 14 * DAY })).toBe('day');
    expect(timeUnit({ min: 0, max: 60 * DAY })).toBe('week');
    expect(timeUnit({ min: 0, max: 400 * DAY })).toBe('month');
    expect(timeUnit({ min: 0, max: 1500 * DAY })).toBe('quarter');
  });
});

describe('the time axis Chart.js draws', () => {
  const cases = [
    { span: 7, unit: 'day', first: 'Nov 2', step: (t: number) => t + DAY },
    { span: 60, unit: 'week', first: 'Nov 8', step: (t: number) => t + 7 * DAY },
    {
      span: 200,
      unit: 'month',
      first: 'Dec 2026',
      step: (t: number) => new Date(t).setMonth(new Date(t).getMonth() + 1),
    },
  ];
  for (const { span, unit, first, step } of cases)
    it(`over ${span} days: a tick each ${unit} at local midnight, no date twice`, () => {
      const { ticks, min, max } = axisOf([daily(local(2026, 11, 2), span)]);
      expect(ticks.length).toBeGreaterThan(2);
      expect(ticks[0]!.label).toBe(first);
      for (const [i, t] of ticks.entries()) {
        expect(new Date(t.at).getHours() + new Date(t.at).getMinutes()).toBe(0);
        expect(t.at).toBeGreaterThanOrEqual(min);
        expect(t.at).toBeLessThanOrEqual(max);
        if (i > 0) expect(t.at).toBe(step(ticks[i - 1]!.at));
      }
      expect(new Set(ticks.map((t) => t.label)).size).toBe(ticks.length);
    });

  it('puts a day’s value on that day’s tick, labelled in Chinese with weeks from Monday', () => {
    const series = daily(local(2026, 11, 2), 7);
    const { ticks } = axisOf([series], 'zh');
    expect(ticks.map((t) => t.label)).toStrictEqual(
      ['2', '3', '4', '5', '6', '7', '8'].map((d) => `11月${d}日`),
    );
    expect(series.points.map((p) => p.x)).toStrictEqual(ticks.map((t) => t.at));
    const weeks = axisOf([daily(local(2026, 11, 2), 60)], 'zh').ticks;
    expect(weeks.every((t) => new Date(t.at).getDay() === 1)).toBe(true);
  });

  it('readings of moments (prices read every hour, 09:00 to 23:00 the next day) get one tick a day, never a date twice', () => {
    const readings = Array.from({ length: 39 }, (_, i) => ({
      capturedAt: new Date(local(2026, 11, 2, 9) + i * 3_600_000).toISOString(),
      metrics: { price: 20 + i },
    }));
    const { ticks } = axisOf([{ metric: 'price', label: 'Price', points: pointsOf(readings, 'price') }]);
    expect(ticks).toStrictEqual([
      { at: local(2026, 11, 2), label: 'Nov 2' },
      { at: local(2026, 11, 3), label: 'Nov 3' },
      { at: local(2026, 11, 4), label: 'Nov 4' },
    ]);
  });

  it('one reading still gets a readable axis: the day before, its day, the day after', () => {
    const { ticks } = axisOf([daily(local(2026, 11, 7), 1)]);
    expect(ticks.map((t) => t.label)).toStrictEqual(['Nov 6', 'Nov 7', 'Nov 8']);
  });

  it('titles a point with the period it measures, or the moment it was read', () => {
    const title = (raw: object, lang: Lang) => {
      const cb = timeChartConfig([daily(local(2026, 11, 2), 2)], lang).options!.plugins!.tooltip!.callbacks!
        .title as (items: { raw: object }[]) => string;
      return cb([{ raw }]);
    };
    const week = { x: local(2026, 11, 7), y: 1, period: { from: '2026-11-01', to: '2026-11-07' } };
    expect(title(week, 'en')).toMatch(/^Nov 1\s*–\s*7, 2026$/u);
    // Year first; ICU writes the range as 2026/11/1 – 2026/11/7 or 2026年11月1日至7日.
    expect(title(week, 'zh')).toMatch(/^2026\D+11\D+1\D+(2026\D+11\D+)?7日?$/u);
    expect(title({ ...week, period: { from: '2026-11-07', to: '2026-11-07' } }, 'zh')).toBe('2026年11月7日');
    expect(title({ ...week, period: { from: '2026-11-07', to: '2026-11-07' } }, 'en')).toBe('Nov 7, 2026');
    expect(title({ x: Date.parse('2026-11-21T10:00:00Z'), y: 1 }, 'en')).toMatch(/2026, \d+:00/);
  });
});

function yAxisOf(series: Series[], currency?: string, id = 'y') {
  const config = timeChartConfig(series, 'en', currency);
  config.options = { ...config.options, responsive: false };
  const chart = new Chart(headlessCanvas(), config);
  const y = chart.scales[id]!;
  const axis = {
    reverse: Boolean(y.options.reverse),
    ticks: y.ticks.map((t) => ({ at: t.value, label: String(t.label) })),
  };
  chart.destroy();
  return axis;
}

const moment = (capturedAt: string, metrics: Record<string, number>) => ({ capturedAt, metrics });

describe('value axes in the metric’s unit', () => {
  it('clicks 0 to 3 get whole-number ticks only, from zero', () => {
    const readings = [0, 1, 3, 2].map((clicks, i) => ({
      period: { from: `2026-11-0${i + 1}`, to: `2026-11-0${i + 1}` },
      capturedAt: '2026-11-10T08:00:00.000Z',
      metrics: { clicks },
    }));
    const { ticks } = yAxisOf([{ metric: 'clicks', label: 'Clicks', points: pointsOf(readings, 'clicks') }]);
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks[0]!.at).toBe(0);
    expect(ticks.every((t) => Number.isInteger(t.at))).toBe(true);
    expect(ticks.every((t) => /^\d+$/.test(t.label))).toBe(true);
  });

  it('best sellers rank is inverted (rank 1 on top) with whole ranks: #14 to #17', () => {
    const readings = [14, 15, 17, 16].map((bsr, i) => moment(`2026-11-0${i + 1}T10:00:00.000Z`, { bsr }));
    const { reverse, ticks } = yAxisOf([{ metric: 'bsr', label: 'BSR', points: pointsOf(readings, 'bsr') }]);
    expect(reverse).toBe(true);
    expect(ticks.every((t) => Number.isInteger(t.at))).toBe(true);
    expect(ticks.map((t) => t.label)).toContain('#15');
  });

  it('money carries its currency; a rate on the second axis is a percentage', () => {
    const readings = [
      moment('2026-11-01T10:00:00.000Z', { price: 19.99, buyBoxPct: 0.9 }),
      moment('2026-11-02T10:00:00.000Z', { price: 24.99, buyBoxPct: 0.95 }),
    ];
    const series: Series[] = [
      { metric: 'price', label: 'Price', points: pointsOf(readings, 'price') },
      { metric: 'buyBoxPct', label: 'Buy Box', points: pointsOf(readings, 'buyBoxPct') },
    ];
    expect(yAxisOf(series, 'USD').ticks.every((t) => t.label.startsWith('$'))).toBe(true);
    expect(yAxisOf(series, 'USD', 'y1').ticks.every((t) => t.label.endsWith('%'))).toBe(true);
  });
});

describe('one period length a chart', () => {
  const day = (d: string, sessions: number) => ({
    period: { from: d, to: d },
    capturedAt: `${d}T23:00:00.000Z`,
    metrics: { sessions },
  });
  // A week of 700 sessions beside days of ~100 would read as a sevenfold jump.
  const week = {
    period: { from: '2026-11-01', to: '2026-11-07' },
    capturedAt: '2026-11-08T09:00:00.000Z',
    metrics: { sessions: 700 },
  };
  const readings = [day('2026-11-05', 100), week, day('2026-11-06', 110), day('2026-11-07', 95)];

  it('lengths by how many readings have them: days (3) before the week (1); a moment is 0', () => {
    expect(periodDays(week)).toBe(7);
    expect(periodDays(day('2026-11-05', 1))).toBe(1);
    expect(periodDays({})).toBeUndefined();
    expect(periodLengths(readings)).toStrictEqual([1, 7]);
    expect(periodLengths([week, {}])).toStrictEqual([0, 7]);
    expect(periodLengths([])).toStrictEqual([]);
  });

  it('the daily series leaves the week out, the weekly one the days', () => {
    expect(seriesPoints(readings, 'sessions', 1).map((p) => p.y)).toStrictEqual([100, 110, 95]);
    expect(seriesPoints(readings, 'sessions', 7).map((p) => p.y)).toStrictEqual([700]);
    expect(seriesPoints(readings, 'sessions', 0)).toStrictEqual([]);
  });
});
