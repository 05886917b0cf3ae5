import { formatCount, formatMoney } from '../../lib/format';
import { formatMonthDay } from '../../lib/i18n/numbers';
import { type Lang, t } from '../../lib/i18n/t';
import type { SnapshotRecord } from '../../lib/model';
import { h } from '../../lib/ui/h';

// The card's history (issue 13): price and rank from our own readings of this product, drawn when the
// operator opens it (nothing is read or drawn before), with the dates of the first and last reading.

export interface HistoryPoint {
  at: string;
  values: Record<string, number>;
}

export interface HistoryState {
  open: boolean;
  points?: HistoryPoint[];
  error?: string;
}

export const HISTORY_METRICS = ['price', 'bsr'] as const;
const W = 260;
const H = 44;
const SVG = 'http://www.w3.org/2000/svg';

/** A line of one metric over time; `invert` puts small values (rank 1) at the top. */
function sparkline(points: HistoryPoint[], metric: string, invert: boolean): SVGSVGElement | null {
  const pts = points.filter((p) => p.values[metric] !== undefined);
  if (pts.length < 2) return null;
  const times = pts.map((p) => Date.parse(p.at));
  const vals = pts.map((p) => p.values[metric]!);
  const [t0, t1] = [Math.min(...times), Math.max(...times)];
  const [v0, v1] = [Math.min(...vals), Math.max(...vals)];
  const x = (t: number) => (t1 > t0 ? ((t - t0) / (t1 - t0)) * (W - 4) + 2 : W / 2);
  const y = (v: number) => {
    const f = v1 > v0 ? (v - v0) / (v1 - v0) : 0.5;
    return (invert ? f : 1 - f) * (H - 4) + 2;
  };
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.setAttribute('width', String(W));
  svg.setAttribute('height', String(H));
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', `spark spark-${metric}`);
  const line = document.createElementNS(SVG, 'polyline');
  line.setAttribute(
    'points',
    pts.map((_, i) => `${x(times[i]!).toFixed(1)},${y(vals[i]!).toFixed(1)}`).join(' '),
  );
  svg.append(line);
  return svg;
}

const day = (iso: string, lang: Lang) => formatMonthDay(new Date(iso), lang);

/** First → last, lowest and highest of one metric, in words (what the line shows, for every reader). */
function summary(
  points: HistoryPoint[],
  metric: string,
  lang: Lang,
  currency: string | undefined,
): string | null {
  const vals = points.flatMap((p) => (p.values[metric] !== undefined ? [p.values[metric]!] : []));
  if (!vals.length) return null;
  const f = (v: number) => (metric === 'price' ? formatMoney(v, currency, lang) : `#${formatCount(v, lang)}`);
  return t(lang, 'historyLine', {
    label: t(lang, metric === 'price' ? 'price' : 'bsr'),
    first: f(vals[0]!),
    last: f(vals.at(-1)!),
    low: f(Math.min(...vals)),
    high: f(Math.max(...vals)),
  });
}

export function historyBlock(
  lang: Lang,
  rec: SnapshotRecord,
  state: HistoryState,
  toggle: () => void,
): HTMLElement {
  const button = h(
    'button',
    {
      class: 'disclose',
      attrs: { type: 'button', 'aria-expanded': String(state.open) },
      on: { click: toggle },
    },
    `${state.open ? '▾' : '▸'} ${t(lang, 'historyTitle')}`,
  );
  const block = h('section', { class: 'history' }, button);
  if (!state.open) return block;
  if (state.error) {
    block.append(
      h('p', { class: 'warn', attrs: { role: 'alert' } }, t(lang, 'historyFailed', { error: state.error })),
    );
    return block;
  }
  const points = state.points;
  if (!points) {
    block.append(h('p', { class: 'muted small' }, t(lang, 'loading')));
    return block;
  }
  if (points.length < 2) {
    block.append(h('p', { class: 'muted small' }, t(lang, 'historyTooShort')));
    return block;
  }
  block.append(
    h(
      'p',
      { class: 'muted small' },
      t(lang, 'historySpan', {
        n: points.length,
        from: day(points[0]!.at, lang),
        to: day(points.at(-1)!.at, lang),
      }),
    ),
  );
  for (const metric of HISTORY_METRICS) {
    const text = summary(points, metric, lang, rec.currency);
    if (!text) continue;
    block.append(h('p', { class: 'small' }, text), sparkline(points, metric, metric === 'bsr') ?? '');
  }
  return block;
}
