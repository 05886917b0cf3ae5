import { Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';
import { formatDateTime } from '../lib/format';
import type { Lang } from '../lib/i18n';
import { METRICS, type MetricName } from '../lib/model';

Chart.register(LineController, LineElement, PointElement, LinearScale, Tooltip, Legend);

const DAY = 86_400_000;
const COLORS = ['#0f766e', '#d97706', '#2563eb', '#be123c', '#7c3aed', '#4d7c0f'];

/** Axis ticks in the metric's unit: rates as percent. */
const tick = (unit: string | undefined) => (v: string | number) =>
  unit === 'rate' ? `${Math.round(Number(v) * 1000) / 10}%` : Number(v).toLocaleString();

export interface Series {
  metric: MetricName;
  label: string;
  points: { x: number; y: number }[];
}

/** Metrics over time; metrics of a second unit (money vs. rate, say) get their own axis on the right. */
export function TimeChart({ series, lang, label }: { series: Series[]; lang: Lang; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const units = [...new Set(series.map((s) => METRICS[s.metric]))];
    const xs = series.flatMap((s) => s.points.map((p) => p.x));
    const span = { min: Math.min(...xs), max: Math.max(...xs) };
    const chart = new Chart(canvas.current, {
      type: 'line',
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
        })),
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        parsing: false,
        interaction: { mode: 'nearest', intersect: false },
        plugins: {
          legend: { position: 'bottom' },
          tooltip: {
            callbacks: {
              title: (items) =>
                items[0] ? formatDateTime(new Date(items[0].parsed.x ?? 0).toISOString(), lang) : '',
            },
          },
        },
        scales: {
          x: {
            type: 'linear',
            // One reading still gets a readable axis: a day either side of it.
            ...(span.min === span.max ? { min: span.min - DAY, max: span.max + DAY } : {}),
            ticks: {
              maxTicksLimit: 8,
              callback: (v) =>
                new Date(Number(v)).toLocaleDateString(lang === 'zh' ? 'zh-CN' : 'en-US', {
                  month: 'short',
                  day: 'numeric',
                }),
            },
          },
          y: { position: 'left', ticks: { callback: tick(units[0]) } },
          ...(units[1]
            ? {
                y1: {
                  position: 'right' as const,
                  grid: { drawOnChartArea: false },
                  ticks: { callback: tick(units[1]) },
                },
              }
            : {}),
        },
      },
    });
    return () => chart.destroy();
  }, [series, lang]);
  return (
    <div className="chart">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
