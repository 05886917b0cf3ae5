import type { Fmt } from '../fmt';
import type { Messages } from '../types';

// Dayparting (issue 14): the hour heatmap, the schedule to copy, hourly report imports.

type Money = { currency?: string };
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const REASONS = {
  own: 'its own revenue per click',
  fewClicks: 'too few clicks: kept at 100%',
  noise: 'a lift under the noise threshold: kept at 100%',
  clamped: 'its own revenue per click, held to the limit',
} as const;

export const enDaypart = {
  daypartTitle: 'Bids by hour of day',
  daypartLoading: 'Reading hourly figures…',
  daypartWeekday: ({ d }: { d: number }) => WEEKDAYS[d] ?? '',
  daypartAllDays: 'Every day',
  daypartHour: 'Hour',
  daypartStatus_noData:
    'No settled hourly figures yet: open the 直通车 分时 report, import an hourly report, or read the ads console a few times a day.',
  daypartStatus_notEnoughDays: (p: { days: number; min: number }, f: Fmt) =>
    `${f.plural(p.days, { one: '# settled day', other: '# settled days' }, 0)} of hourly figures: a schedule needs at least ${f.count(p.min)} (Perpetua: 7, typically 35).`,
  daypartStatus_missingMetric: (p: { fields: string[] }, f: Fmt) =>
    `The hourly figures lack ${f.fields(p.fields)}: no schedule without them.`,
  daypartStatus_noSales:
    'No sales in the settled hours: a schedule needs revenue per click to compare hours.',
  daypartBasis: (
    p: Money & {
      days: number;
      rpc: number;
      clicks: number;
      minClicks: number;
      noise: number;
      min: number;
      max: number;
    },
    f: Fmt,
  ) =>
    `From ${f.plural(p.days, { one: '# settled day', other: '# settled days' }, 0)} (${f.count(Math.round(p.clicks))} clicks, ${f.money(p.rpc, p.currency)} revenue per click). An hour with at least ${f.count(p.minClicks)} clicks takes its own revenue per click over that average as its multiplier, held to ${f.pct(p.min)}-${f.pct(p.max)}; a lift under ${f.pct(p.noise)} is noise and stays at 100%; fewer clicks stay at 100%.`,
  daypartByWeekday: (p: { days: number }, f: Fmt) =>
    `By weekday and hour: ${f.count(p.days)} single days of figures.`,
  daypartProvisional: (p: { days: number; since: string; n: number }, f: Fmt) =>
    `Figures from ${p.since} on (the last ${f.plural(p.days, { one: 'day', other: '# days' }, 0)}) are left out until they settle, as orders are attributed late: ${f.plural(p.n, { one: '# day of figures waits', other: '# days of figures wait' }, 0)}.`,
  daypartSpread: (p: { share: number }, f: Fmt) =>
    `${f.pct(p.share)} of the clicks come from increments between console readings, shared out over the hours between them: their split between those hours is an estimate.`,
  daypartCell: (
    p: Money & {
      hour: string;
      percent: number;
      reason: keyof typeof REASONS;
      clicks: number;
      rpc?: number;
      conversion?: number;
      costPerOrder?: number;
      spread: number;
    },
    f: Fmt,
  ) =>
    [
      `${p.hour}: ${f.count(p.percent)}% (${REASONS[p.reason]})`,
      `${f.num(p.clicks, 1)} clicks`,
      p.rpc !== undefined ? `${f.money(p.rpc, p.currency)} revenue per click` : '',
      p.conversion !== undefined ? `${f.pct(p.conversion)} conversion` : '',
      p.costPerOrder !== undefined ? `${f.money(p.costPerOrder, p.currency)} per order` : '',
      p.spread > 0 ? `${f.pct(p.spread)} of clicks shared out from readings` : '',
    ]
      .filter(Boolean)
      .join(' · '),
  daypartLegend: 'Cell: bid multiplier in %. Green raises, orange lowers; grey hours have too few clicks.',
  daypartCopyTitle_subway: '直通车 分时折扣 (plan > 分时折扣), Beijing time',
  daypartCopyTitle_amazon: 'Amazon Ads schedule-based bid adjustments, in the marketplace’s time zone',
  daypartNoChange: 'No hour needs a change: every hour at 100%.',
  daypartCopy: 'Copy schedule',
  daypartCopied: 'Schedule copied',
  daypartImportDone: (p: { n: number; skipped: number }, f: Fmt) =>
    `${f.plural(p.n, { one: '# hour of figures stored', other: '# hours of figures stored' }, 0)}${p.skipped ? `; ${f.plural(p.skipped, { one: '# row left out', other: '# rows left out' }, 0)}` : ''}.`,
  daypartImportPreview: (p: { file: string; n: number; skipped: number }, f: Fmt) =>
    `${p.file}: an hourly report, ${f.plural(p.n, { one: '# hour of figures', other: '# hours of figures' }, 0)} to store${p.skipped ? `, ${f.plural(p.skipped, { one: '# row left out', other: '# rows left out' }, 0)}` : ''}.`,
  daypartImport_unrecognised: 'not an hourly report',
  daypartImport_needsMarketplace: 'choose the marketplace this hourly report is for',
  daypartImport_needsPeriod: 'this hourly report has no date column: it cannot be placed',
  daypartImport_noRows: 'no row of this hourly report could be read',
} satisfies Messages;
