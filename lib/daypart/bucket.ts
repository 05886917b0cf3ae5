import type { Platform } from '../model';

// Hour-of-day figures of one campaign (issue 14, dayparting). They are not snapshot records: a record is one
// reading of an entity, a bucket is one hour's share of a campaign's traffic, kept in Dexie's `hours` table
// (lib/db/hours.ts) and read by the dayparting advice (lib/advice/daypart.ts).

export const HOUR_METRICS = ['impressions', 'clicks', 'spend', 'orders', 'sales'] as const;
export type HourMetric = (typeof HOUR_METRICS)[number];

export interface HourBucket {
  /** `entityId` of the campaign (`campaign|marketplace|key`). */
  entity: string;
  platform: Platform;
  marketplace: string;
  /** The campaign's key, as its `campaign` records have it. */
  key: string;
  label?: string;
  currency?: string;
  /** Days the figures cover, in the account's time zone (YYYY-MM-DD); one day for most sources. */
  from: string;
  to: string;
  /** Hour of day, 0-23, in the account's time zone. */
  hour: number;
  /**
   * Hours the figures were shared out over: 1 when the source reports this hour on its own (a 分时 report, an
   * hourly report file); n when they are this hour's share, by minutes, of the increment between two console
   * readings n hours apart: the true split between those hours is unknown.
   */
  spread: number;
  /** Sums over the hour: counts may be fractional when `spread` > 1. Only what the source showed. */
  metrics: Partial<Record<HourMetric, number>>;
  /** What it came from: an adapter id, a report kind, or `amazon.ads-campaigns` for readings' increments. */
  source: string;
  capturedAt: string;
}

/** The source of buckets made from increments between two readings of a campaign's same-day figures. */
export const INCREMENTS_SOURCE = 'amazon.ads-campaigns';
export const isIncrement = (b: Pick<HourBucket, 'source'>) => b.source === INCREMENTS_SOURCE;

export interface HourRow extends HourBucket {
  id: string;
}

/** One row per campaign, days, hour and source; a later reading of the same replaces it. Increments add the reading's time. */
export const hourRowId = (b: HourBucket) =>
  `${b.entity}|${b.from}|${b.to}|${b.hour}|${b.source}${isIncrement(b) ? `|${b.capturedAt}` : ''}`;

/**
 * The time zone the consoles report days and hours in: Amazon Ads in the marketplace's, 直通车 in Beijing time.
 * Amazon Ads documents reports in the marketplace's time zone; the zones are those of the marketplaces.
 */
export const MARKET_ZONES: Record<string, string> = {
  'amazon.com': 'America/Los_Angeles',
  'amazon.ca': 'America/Los_Angeles',
  'amazon.co.uk': 'Europe/London',
  'amazon.de': 'Europe/Berlin',
  'amazon.fr': 'Europe/Paris',
  'amazon.it': 'Europe/Rome',
  'amazon.es': 'Europe/Madrid',
  'amazon.co.jp': 'Asia/Tokyo',
  'tmall.com': 'Asia/Shanghai',
  'taobao.com': 'Asia/Shanghai',
};

/** Date (YYYY-MM-DD), hour and minute of an instant in a marketplace's zone; undefined for a marketplace we do not know. */
export function localTime(
  iso: string,
  marketplace: string,
): { date: string; hour: number; minute: number } | undefined {
  const timeZone = MARKET_ZONES[marketplace];
  const ms = Date.parse(iso);
  if (!timeZone || !Number.isFinite(ms)) return undefined;
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(ms);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    hour: Number(get('hour')),
    minute: Number(get('minute')),
  };
}

/** Days from `a` to `b` (YYYY-MM-DD), whole days. */
export const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

/** The date `n` days after `day`. */
export const addDays = (day: string, n: number) =>
  new Date(Date.parse(day) + n * 86_400_000).toISOString().slice(0, 10);

/** 0 = Monday … 6 = Sunday, as the heatmap's rows. */
export const weekdayOf = (day: string) => (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
