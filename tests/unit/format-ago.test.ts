import { describe, expect, it } from 'vitest';
import { formatAgo } from '../../lib/format';

const NOW = Date.parse('2026-11-21T12:00:00.000Z');
const ago = (ms: number) => new Date(NOW - ms).toISOString();
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('formatAgo', () => {
  const cases: [number, string, string][] = [
    [10_000, 'now', '现在'],
    [-5 * MIN, 'now', '现在'], // a clock a little ahead is not "in 5 minutes"
    [MIN, '1 minute ago', '1分钟前'],
    [5 * MIN, '5 minutes ago', '5分钟前'],
    [59 * MIN, '59 minutes ago', '59分钟前'],
    [3 * HOUR, '3 hours ago', '3小时前'],
    [47 * HOUR, '47 hours ago', '47小时前'],
    [2 * DAY, '2 days ago', '2天前'], // a count, not 前天: 48 hours is not always two calendar days
    [29 * DAY, '29 days ago', '29天前'],
    [75 * DAY, '2 months ago', '2个月前'],
    [800 * DAY, '2 years ago', '2年前'],
  ];
  it.each(cases)('%d ms ago reads "%s" in English and "%s" in Chinese', (ms, en, zh) => {
    expect(formatAgo(ago(ms), NOW, 'en')).toBe(en);
    expect(formatAgo(ago(ms), NOW, 'zh')).toBe(zh);
  });
});

describe('formatAgo without Intl says what Intl.RelativeTimeFormat says', () => {
  // The oracle is the browser's own formatter, as formatAgo used it before it was written without Intl.
  const intl = (lang: 'en' | 'zh', ms: number) => {
    const locale = lang === 'zh' ? 'zh-CN' : 'en-US';
    const mins = Math.round(ms / MIN);
    if (!(mins >= 1)) return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(0, 'second');
    const f = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
    const hours = Math.round(mins / 60);
    const days = Math.round(hours / 24);
    if (mins < 60) return f.format(-mins, 'minute');
    if (hours < 48) return f.format(-hours, 'hour');
    if (days < 30) return f.format(-days, 'day');
    if (days < 365) return f.format(-Math.round(days / 30.44), 'month');
    return f.format(-Math.round(days / 365.25), 'year');
  };
  const spans: number[] = [];
  for (let m = -3; m < 3000; m += 7) spans.push(m * MIN);
  for (let d = 1; d < 4000; d += 3) spans.push(d * DAY + 17 * MIN);
  it.each(['en', 'zh'] as const)('in %s, over %#', (lang) => {
    for (const ms of spans) expect(formatAgo(ago(ms), NOW, lang), `${ms} ms`).toBe(intl(lang, ms));
  });
});
