import { HOUR_METRICS, type HourBucket, type HourMetric } from '../daypart/bucket';
import { entityId } from '../model';
import { type NumberKind, parseDate, parseNumber } from '../parse';
import { cell, findHeader, isBlank, type Labels, type SkippedRow } from './report-common';
import { alibabaMarket, amazonMarket } from './report-market';
import { readReportFile } from './reports';

// Hourly report files (issue 14, dayparting): an Amazon Sponsored Products report by hour ("Hour" / "Hour of
// day" beside the campaign and its metrics) and a 直通车 分时 download (小时 / 时段 beside 计划). Each row is one
// campaign's hour of one day: it becomes an hourly bucket, not a snapshot record (lib/daypart/bucket.ts).
// Column names beyond the usual report labels are assumed (no capture of either file): see the fixtures
// under tests/fixtures/reports/*hourly*.

export type HourlyKind = 'amazon-hourly' | 'subway-hours';
export type HourlyProblem = 'unrecognised' | 'needsMarketplace' | 'needsPeriod' | 'noRows';

export interface HourlyImport {
  kind: HourlyKind | 'unknown';
  buckets: HourBucket[];
  skipped: SkippedRow[];
  /** Why nothing was imported, as a catalogue code (daypartImport_<code>). */
  problem?: HourlyProblem;
}

type Field = 'date' | 'hour' | 'campaign' | 'campaignId' | 'currency' | HourMetric;
const AMAZON: Labels<Field> = {
  date: ['Date', 'Start Date', 'Day'],
  hour: ['Hour', 'Hour of day', 'Hour of Day', 'Time'],
  campaign: ['Campaign Name', 'Campaign'],
  campaignId: ['Campaign ID', 'Campaign Id'],
  currency: ['Currency'],
  impressions: ['Impressions'],
  clicks: ['Clicks'],
  spend: ['Spend', 'Cost'],
  sales: ['Sales', '7 Day Total Sales', '7 Day Total Sales ', '14 Day Total Sales'],
  orders: ['Orders', '7 Day Total Orders (#)', '14 Day Total Orders (#)', 'Purchases'],
};
const SUBWAY: Labels<Field> = {
  date: ['日期', '统计日期'],
  hour: ['小时', '时段', '时间段', '分时'],
  campaign: ['计划名称', '推广计划'],
  campaignId: ['计划ID', '计划id', '推广计划ID'],
  currency: [],
  impressions: ['展现量'],
  clicks: ['点击量'],
  spend: ['花费'],
  sales: ['总成交金额'],
  orders: ['总成交笔数'],
};
const KIND_OF: Record<HourMetric, NumberKind> = {
  impressions: 'count',
  clicks: 'count',
  spend: 'money',
  sales: 'money',
  orders: 'count',
};

/** `0`..`23`, `00:00`, `09:00-10:00`, `12 AM`, `1 PM`; undefined for anything else. */
export function fileHour(text: string): number | undefined {
  const t = text.trim();
  const ampm = /^(\d{1,2})(?::00)?\s*([AaPp])\.?[Mm]\.?$/.exec(t);
  if (ampm) {
    const h = Number(ampm[1]);
    if (h < 1 || h > 12) return undefined;
    return (h % 12) + (/[Pp]/.test(ampm[2]!) ? 12 : 0);
  }
  const m = /^(\d{1,2})(?::00)?\s*(?:点|时)?(?:\s*[-~～]\s*(\d{1,2})(?::00)?\s*(?:点|时)?)?$/.exec(t);
  if (!m) return undefined;
  const h = Number(m[1]);
  if (h > 23 || (m[2] !== undefined && Number(m[2]) !== h + 1)) return undefined;
  return h;
}

const needed: Field[] = ['hour', 'clicks'];

export function detectHourlyReport(rows: string[][]) {
  const amazon = findHeader(rows, AMAZON, [...needed, 'campaign']);
  if (amazon) return { kind: 'amazon-hourly' as const, header: amazon };
  const subway = findHeader(rows, SUBWAY, [...needed, 'campaignId']);
  if (subway) return { kind: 'subway-hours' as const, header: subway };
  return undefined;
}

/** Buckets from an hourly report's rows; rows that cannot be read are left out with the reason. */
export function importHourlyReport(
  rows: string[][],
  opts: {
    fileName: string;
    marketplace?: string;
    period?: { from: string; to: string };
    capturedAt?: string;
  },
): HourlyImport {
  const found = detectHourlyReport(rows);
  if (!found) return { kind: 'unknown', buckets: [], skipped: [], problem: 'unrecognised' };
  const { kind, header } = found;
  const market = kind === 'amazon-hourly' ? amazonMarket(opts, []) : alibabaMarket(opts);
  if (!market) return { kind, buckets: [], skipped: [], problem: 'needsMarketplace' };
  const c = header.columns;
  if (c.date === undefined && !opts.period) return { kind, buckets: [], skipped: [], problem: 'needsPeriod' };
  // Rows of the same campaign, day and hour (one per ad group or placement) add up to one bucket.
  const byId = new Map<string, HourBucket>();
  const skipped: SkippedRow[] = [];
  const capturedAt = opts.capturedAt ?? new Date().toISOString();
  for (let i = header.index + 1; i < rows.length; i++) {
    const row = rows[i]!;
    if (isBlank(row) || /^(合计|总计|Total)/i.test(cell(row, c.date ?? c.hour))) continue;
    const skip = (reason: string) => skipped.push({ row: i + 1, reason });
    const hour = fileHour(cell(row, c.hour));
    if (hour === undefined) {
      skip(`hour ${JSON.stringify(cell(row, c.hour))} is not one hour of the day`);
      continue;
    }
    const day = c.date === undefined ? undefined : parseDate(cell(row, c.date), market.dateOrder);
    if (c.date !== undefined && !day) {
      skip(`date ${JSON.stringify(cell(row, c.date))} is not a date`);
      continue;
    }
    const campaignId = cell(row, c.campaignId);
    const name = cell(row, c.campaign);
    const key = /^\d{1,20}$/.test(campaignId) ? campaignId : kind === 'amazon-hourly' ? name : '';
    if (!key) {
      skip(kind === 'amazon-hourly' ? 'no campaign' : 'no 计划ID');
      continue;
    }
    const currency = /^[A-Z]{3}$/.test(cell(row, c.currency)) ? cell(row, c.currency) : market.currency;
    const metrics: HourBucket['metrics'] = {};
    let bad: string | undefined;
    for (const m of HOUR_METRICS) {
      if (c[m] === undefined) continue;
      const text = cell(row, c[m]);
      const p = parseNumber(text, KIND_OF[m], { decimal: market.decimal, currency });
      // 直通车 prints `-` for zero; Amazon leaves no cell empty in its reports.
      if (p.ok) metrics[m] = p.value;
      else if (p.reason === 'dash' && kind === 'subway-hours') metrics[m] = 0;
      else bad ??= `${header.headers[c[m]!]}: ${JSON.stringify(text)} is not a number`;
    }
    if (bad) {
      skip(bad);
      continue;
    }
    const ref = { kind: 'campaign' as const, marketplace: market.marketplace, key };
    const from = day ?? opts.period!.from;
    const to = day ?? opts.period!.to;
    const id = `${entityId(ref)}|${from}|${to}|${hour}`;
    const same = byId.get(id);
    if (same) {
      for (const m of HOUR_METRICS) {
        const v = metrics[m];
        const was = same.metrics[m];
        // A metric one row shows and another does not: the sum would be a guess.
        if ((v === undefined) !== (was === undefined)) delete same.metrics[m];
        else if (v !== undefined && was !== undefined) same.metrics[m] = was + v;
      }
      continue;
    }
    byId.set(id, {
      entity: entityId(ref),
      platform: market.platform,
      marketplace: market.marketplace,
      key,
      ...(name ? { label: name } : {}),
      currency,
      from,
      to,
      hour,
      spread: 1,
      metrics,
      source: kind === 'amazon-hourly' ? 'amazon.hourly-report' : 'tmall.subway-hours-report',
      capturedAt,
    });
  }
  const buckets = [...byId.values()];
  return { kind, buckets, skipped, ...(buckets.length ? {} : { problem: 'noRows' as const }) };
}

/**
 * An hourly report in a file, or undefined when the file is not one (the other report importers take it).
 * CSV in UTF-8 or GB18030 (直通车 downloads in Chinese Excel), or an .xlsx workbook.
 */
export async function readHourlyFile(
  data: ArrayBuffer,
  opts: { fileName: string; marketplace?: string; period?: { from: string; to: string } },
): Promise<HourlyImport | undefined> {
  const u8 = new Uint8Array(data);
  let rows: string[][] | undefined;
  if (/\.xls[xm]$/i.test(opts.fileName) || (u8[0] === 0x50 && u8[1] === 0x4b)) {
    const read = await readReportFile(data, { fileName: opts.fileName });
    rows = read.ok ? read.rows : undefined;
  } else {
    const { parseCsv } = await import('./csv-read');
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(u8);
    } catch {
      text = new TextDecoder('gb18030').decode(u8);
    }
    rows = parseCsv(text);
  }
  if (!rows || !detectHourlyReport(rows)) return undefined;
  return importHourlyReport(rows, opts);
}
