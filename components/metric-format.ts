import { formatCount, formatMoney, formatRate } from '../lib/format';
import { type Lang, metricLabel as labelOf, localeOf, t } from '../lib/i18n';
import { METRICS, type MetricName } from '../lib/model/metrics';

/** @deprecated Use `metricLabel(lang, metric)` from lib/i18n: every metric has a label in the catalogue there. */
export function metricLabel(m: MetricName, lang: Lang): string {
  return labelOf(lang, m);
}

export function formatMetric(m: MetricName, v: number, currency: string | undefined, lang: Lang): string {
  switch (METRICS[m]) {
    case 'money':
      return formatMoney(v, currency, lang);
    case 'rate':
      return formatRate(v, lang);
    case 'rank':
      return `#${formatCount(v, lang)}`;
    case 'ratio':
    case 'rating':
    case 'score':
      return v.toFixed(2).replace(/\.?0+$/, '');
    default:
      return formatCount(v, lang);
  }
}

/** A change from one period to the next in the metric's unit, signed: +$12.40, -3, +2.5 pp (a rate's points). */
export function formatChange(m: MetricName, d: number, currency: string | undefined, lang: Lang): string {
  const sign = d > 0 ? '+' : d < 0 ? '−' : '±';
  const abs = Math.abs(d);
  if (METRICS[m] === 'rate') return `${sign}${t(lang, 'ppChange', { v: formatNumber(abs * 100, lang) })}`;
  return `${sign}${formatMetric(m, abs, currency, lang)}`;
}

const formatNumber = (v: number, lang: Lang) =>
  v.toLocaleString(localeOf(lang), { maximumFractionDigits: 2 });
