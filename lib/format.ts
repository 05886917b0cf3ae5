import { type Lang, localeOf, t } from './i18n';

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

/** "5 min ago", "3 d ago": relative time for the last-seen line. */
export function formatAgo(iso: string, now: number, lang: Lang): string {
  const mins = Math.max(0, Math.round((now - Date.parse(iso)) / 60000));
  if (mins < 1) return t(lang, 'justNow');
  if (mins < 60) return t(lang, 'minutesAgo', { n: mins });
  const hours = Math.round(mins / 60);
  if (hours < 48) return t(lang, 'hoursAgo', { n: hours });
  return t(lang, 'daysAgo', { n: Math.round(hours / 24) });
}

export function formatDateTime(iso: string, lang: Lang): string {
  return new Date(iso).toLocaleString(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short' });
}
