import {
  Chart,
  type ChartConfiguration,
  type ChartDataset,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  TimeScale,
  Tooltip,
} from 'chart.js';
import 'chartjs-adapter-date-fns';
import { useEffect, useRef } from 'react';
import type { ForecastBand } from '../lib/advice/stock-chart';
import { formatDateTime } from '../lib/format';
import { type Lang, localeOf, t } from '../lib/i18n';
import { METRICS, type MetricName } from '../lib/model';
import type { ChartEvent } from '../lib/today/chart-events';
import { eventsPlugin } from './ChartEvents';
import { DISPLAY_FORMATS, dayBounds, dayStart, type TimePoint, timeUnit, valueAxis } from './chart-time';

// Only what this chart draws: a tree-shaken Chart.js, a time axis through the date-fns adapter.
Chart.register(LineController, LineElement, PointElement, LinearScale, TimeScale, Tooltip, Legend, Filler);

const COLORS = ['#0f766e', '#d97706', '#2563eb', '#be123c', '#7c3aed', '#4d7c0f'];

export interface Series {
  metric: MetricName;
  label: string;
  /** Build them with `pointsOf` (chart-time.ts): a period's value sits on the period's last day. */
  points: TimePoint[];
  /** A demand forecast (dashed) and the band around it (the lower edge fills up to the upper one). */
  style?: 'forecast' | 'bandUpper' | 'bandLower';
}

const BAND = 'rgba(15, 118, 110, 0.15)';
const STYLES: Record<NonNullable<Series['style']>, Partial<ChartDataset<'line', TimePoint[]>>> = {
  forecast: { borderDash: [6, 4], pointRadius: 0 },
  bandUpper: { borderWidth: 0, pointRadius: 0, borderColor: BAND, backgroundColor: BAND },
  bandLower: { borderWidth: 0, pointRadius: 0, borderColor: BAND, backgroundColor: BAND, fill: '-1' },
};

/** A listing's units forecast (lib/advice/stock-chart.ts) as three series: the forecast and its band's edges. */
export function forecastSeries(band: ForecastBand, lang: Lang): Series[] {
  const at = (ys: number[]) =>
    ys.map((y, i) => ({ x: dayStart(band.days[i]!), y, period: { from: band.days[i]!, to: band.days[i]! } }));
  return [
    {
      metric: 'unitsOrdered',
      label: t(lang, 'stockForecastLegend'),
      points: at(band.mean),
      style: 'forecast',
    },
    {
      metric: 'unitsOrdered',
      label: t(lang, 'stockForecastBand', { level: band.level }),
      points: at(band.upper),
      style: 'bandUpper',
    },
    { metric: 'unitsOrdered', label: '', points: at(band.lower), style: 'bandLower' },
  ];
}

/** What a point measures: its period ("Nov 1 – 7, 2026"), else the moment it was read. */
function pointTitle(p: TimePoint, lang: Lang): string {
  if (!p.period) return formatDateTime(new Date(p.x).toISOString(), lang);
  const fmt = new Intl.DateTimeFormat(localeOf(lang), { year: 'numeric', month: 'short', day: 'numeric' });
  const [from, to] = [dayStart(p.period.from), dayStart(p.period.to)];
  return from === to ? fmt.format(from) : fmt.formatRange(from, to);
}

/** The chart's configuration: a time axis in whole days, ticks on days, weeks or months to fit the span. */
export function timeChartConfig(
  series: Series[],
  lang: Lang,
  currency?: string,
  events: ChartEvent[] = [],
): ChartConfiguration<'line', TimePoint[]> {
  const units = [...new Set(series.map((s) => METRICS[s.metric]))];
  // The axis reaches the events too: a change recorded today is drawn after the last period's point.
  const bounds = dayBounds([...series.flatMap((s) => s.points.map((p) => p.x)), ...events.map((e) => e.at)]);
  return {
    type: 'line',
    plugins: events.length ? [eventsPlugin(events)] : [],
    data: {
      datasets: series.map((s, i) => ({
        label: s.label,
        data: s.points,
        yAxisID: units.indexOf(METRICS[s.metric]) === 0 ? 'y' : 'y1',
        borderColor: COLORS[i % COLORS.length],
        backgroundColor: COLORS[i % COLORS.length],
        borderWidth: 2,
        pointRadius: s.points.length > 60 ? 0 : 3,
        tension: 0.2,
        ...(s.style ? STYLES[s.style] : {}),
      })),
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      parsing: false,
      interaction: { mode: 'nearest', intersect: false },
      plugins: {
        legend: { position: 'bottom', labels: { filter: (item) => Boolean(item.text) } },
        tooltip: {
          callbacks: { title: (items) => (items[0] ? pointTitle(items[0].raw as TimePoint, lang) : '') },
        },
      },
      scales: {
        x: {
          type: 'time',
          ...bounds,
          time: {
            unit: timeUnit(bounds),
            // Chinese weeks start on Monday; date-fns' default (en-US) on Sunday.
            isoWeekday: lang === 'zh' ? 1 : false,
            displayFormats: DISPLAY_FORMATS[lang],
          },
          ticks: { maxRotation: 0 },
        },
        y: { position: 'left', ...valueAxis(units[0], currency, lang) },
        ...(units[1]
          ? {
              y1: {
                position: 'right' as const,
                grid: { drawOnChartArea: false },
                ...valueAxis(units[1], currency, lang),
              },
            }
          : {}),
      },
    },
  };
}

/** Metrics over time; metrics of a second unit (money vs. rate, say) get their own axis on the right. */
export function TimeChart({
  series,
  lang,
  label,
  currency,
  events,
}: {
  series: Series[];
  lang: Lang;
  label: string;
  /** The entity's currency, for money axes. */
  currency?: string;
  /** Changes, alerts and stock-outs marked on the time axis (./ChartEvents.tsx). */
  events?: ChartEvent[];
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, timeChartConfig(series, lang, currency, events));
    return () => chart.destroy();
  }, [series, lang, currency, events]);
  return (
    <div className="chart">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
