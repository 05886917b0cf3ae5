import { type Lang, localeOf } from './i18n/t';

const cache = new Map<string, Intl.NumberFormat>();
function nf(locale: string, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const k = `${locale}|${JSON.stringify(opts)}`;
  let f = cache.get(k);
  if (!f) {
    f = new Intl.NumberFormat(locale, opts);
    cache.set(k, f);
  }
  return f;
}

export function formatMoney(value: number, currency: string | undefined, lang: Lang): string {
  if (!currency) return nf(localeOf(lang), { maximumFractionDigits: 2 }).format(value);
  return nf(localeOf(lang), { style: 'currency', currency, currencyDisplay: 'symbol' }).format(value);
}

export function formatCount(value: number, lang: Lang): string {
  return nf(localeOf(lang), { maximumFractionDigits: 0 }).format(value);
}

export function formatRate(value: number, lang: Lang): string {
  return nf(localeOf(lang), { style: 'percent', maximumFractionDigits: 2 }).format(value);
}

export function formatSignedPct(ratio: number, lang: Lang): string {
  return nf(localeOf(lang), { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(
    ratio,
  );
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
  return new Date(iso).toLocaleString(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short' });
}
