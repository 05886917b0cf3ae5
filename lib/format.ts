import { formatCurrency, formatDateTimeLite, formatDecimal, formatPercent } from './i18n/numbers';
import { type Lang, localeOf } from './i18n/t';

export function formatMoney(value: number, currency: string | undefined, lang: Lang): string {
  return currency ? formatCurrency(value, currency, lang) : formatDecimal(value, 0, 2, lang);
}

export function formatCount(value: number, lang: Lang): string {
  return formatDecimal(value, 0, 0, lang);
}

export function formatRate(value: number, lang: Lang): string {
  return formatPercent(value, 2, lang);
}

/** +12.5%, -3%, 0% (Intl's `signDisplay: 'exceptZero'`: what rounds to zero has no sign). */
export function formatSignedPct(ratio: number, lang: Lang): string {
  const shown = formatPercent(Math.abs(ratio), 1, lang);
  return shown === '0%' ? shown : `${ratio < 0 ? '-' : '+'}${shown}`;
}

const rtfCache = new Map<string, Intl.RelativeTimeFormat>();
function rtf(locale: string, numeric: 'auto' | 'always'): Intl.RelativeTimeFormat {
  const k = `${locale}|${numeric}`;
  let f = rtfCache.get(k);
  if (!f) {
    f = new Intl.RelativeTimeFormat(locale, { numeric });
    rtfCache.set(k, f);
  }
  return f;
}

/**
 * "5 minutes ago", "3 days ago", "5分钟前": how long ago, for the last-seen line, by Intl in the UI
 * language. Counts, never "yesterday" or 前天: 30 hours ago is not always the day before. Under a minute
 * (or a clock a little ahead) is "now".
 */
export function formatAgo(iso: string, now: number, lang: Lang): string {
  const locale = localeOf(lang);
  const mins = Math.round((now - Date.parse(iso)) / 60000);
  if (!(mins >= 1)) return rtf(locale, 'auto').format(0, 'second');
  const count = rtf(locale, 'always');
  if (mins < 60) return count.format(-mins, 'minute');
  const hours = Math.round(mins / 60);
  if (hours < 48) return count.format(-hours, 'hour');
  const days = Math.round(hours / 24);
  if (days < 30) return count.format(-days, 'day');
  if (days < 365) return count.format(-Math.round(days / 30.44), 'month');
  return count.format(-Math.round(days / 365.25), 'year');
}

export function formatDateTime(iso: string, lang: Lang): string {
  return formatDateTimeLite(new Date(iso), lang);
}
