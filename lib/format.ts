import { formatCurrency, formatDateTimeLite, formatDecimal, formatPercent } from './i18n/numbers';
import type { Lang } from './i18n/t';

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

type Unit = 'minute' | 'hour' | 'day' | 'month' | 'year';
const EN_UNIT: Record<Unit, string> = {
  minute: 'minute',
  hour: 'hour',
  day: 'day',
  month: 'month',
  year: 'year',
};
const ZH_UNIT: Record<Unit, string> = { minute: '分钟', hour: '小时', day: '天', month: '个月', year: '年' };

/** What Intl.RelativeTimeFormat says for en-US and zh-CN (numeric: 'always', past), without Intl. */
function ago(n: number, unit: Unit, lang: Lang): string {
  const count = formatDecimal(n, 0, 0, lang);
  if (lang === 'zh') return `${count}${ZH_UNIT[unit]}前`;
  return `${count} ${EN_UNIT[unit]}${n === 1 ? '' : 's'} ago`;
}

/**
 * "5 minutes ago", "3 days ago", "5分钟前": how long ago, for the last-seen line, in the UI language, as
 * Intl.RelativeTimeFormat words it (tests/unit/format-ago.test.ts compares the two) but without creating a
 * formatter: the popup's first paint cannot wait for one. Counts, never "yesterday" or 前天: 30 hours ago
 * is not always the day before. Under a minute (or a clock a little ahead) is "now".
 */
export function formatAgo(iso: string, now: number, lang: Lang): string {
  const mins = Math.round((now - Date.parse(iso)) / 60000);
  if (!(mins >= 1)) return lang === 'zh' ? '现在' : 'now';
  if (mins < 60) return ago(mins, 'minute', lang);
  const hours = Math.round(mins / 60);
  if (hours < 48) return ago(hours, 'hour', lang);
  const days = Math.round(hours / 24);
  if (days < 30) return ago(days, 'day', lang);
  if (days < 365) return ago(Math.round(days / 30.44), 'month', lang);
  return ago(Math.round(days / 365.25), 'year', lang);
}

export function formatDateTime(iso: string, lang: Lang): string {
  return formatDateTimeLite(new Date(iso), lang);
}
