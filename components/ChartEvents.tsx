import type { Plugin } from 'chart.js';
import { alertText } from '../lib/alerts/types';
import { formatDateTime } from '../lib/format';
import { type Lang, t } from '../lib/i18n';
import type { ChartEvent } from '../lib/today/chart-events';

const COLOR = { experiment: '#7c3aed', alert: '#b91c1c', stockOut: '#b45309' } as const;
const MARK = { experiment: 'E', alert: '!', stockOut: '0' } as const;

/** Chart.js plugin: a dashed vertical line and a letter at each event inside the time axis. */
export function eventsPlugin(events: ChartEvent[]): Plugin<'line'> {
  return {
    id: 'opslensEvents',
    afterDatasetsDraw(chart) {
      const x = chart.scales.x;
      const { top, bottom } = chart.chartArea;
      if (!x) return;
      const ctx = chart.ctx;
      ctx.save();
      for (const e of events) {
        if (e.at < x.min || e.at > x.max) continue;
        const px = x.getPixelForValue(e.at);
        ctx.strokeStyle = COLOR[e.kind];
        ctx.fillStyle = COLOR[e.kind];
        ctx.setLineDash([4, 3]);
        ctx.beginPath();
        ctx.moveTo(px, top);
        ctx.lineTo(px, bottom);
        ctx.stroke();
        ctx.setLineDash([]);
        ctx.font = 'bold 11px sans-serif';
        ctx.textAlign = 'center';
        ctx.fillText(MARK[e.kind], px, top + 10);
      }
      ctx.restore();
    },
  };
}

function eventText(e: ChartEvent, lang: Lang): string {
  if (e.kind === 'experiment' && e.experiment) {
    const change = t(lang, `expChange_${e.experiment.change}`);
    return e.experiment.note
      ? t(lang, 'chartEventChangeNote', { change, note: e.experiment.note })
      : t(lang, 'chartEventChange', { change });
  }
  if (e.kind === 'alert' && e.alert) return alertText(e.alert, lang);
  return t(lang, 'chartEventStockOut');
}

/** The events the chart marks, in words (what the lines mean, for every reader). */
export function ChartEventList({ events, lang }: { events: ChartEvent[]; lang: Lang }) {
  if (!events.length) return null;
  return (
    <section className="chart-events" aria-label={t(lang, 'chartEventsTitle')}>
      <h4>{t(lang, 'chartEventsTitle')}</h4>
      <ul>
        {events.map((e) => (
          <li key={`${e.kind}|${e.at}|${e.alert?.id ?? e.experiment?.id ?? ''}`} data-kind={e.kind}>
            <span className="mark" style={{ color: COLOR[e.kind] }} aria-hidden="true">
              {MARK[e.kind]}
            </span>{' '}
            <time dateTime={new Date(e.at).toISOString()}>
              {formatDateTime(new Date(e.at).toISOString(), lang)}
            </time>{' '}
            {eventText(e, lang)}
          </li>
        ))}
      </ul>
    </section>
  );
}
