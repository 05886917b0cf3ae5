import { type Lang, metricLabel, t } from '../i18n';
import { enDashboard } from '../i18n/en/dashboard';
import { KINDS, type Kind, METRIC_NAMES, METRICS, type MetricName, type SnapshotRecord } from '../model';
import { BASE_COLUMNS, type ExportColumn } from './columns';
import { localIso, localStamp, wallClock } from './local-time';

/** Text facts an export writes, in this order, when a kind's records hold them. */
export const EXPORT_ATTRS = [
  'asin',
  'sku',
  'parentAsin',
  'itemId',
  'campaign',
  'adGroup',
  'matchType',
  'status',
  'brand',
  'seller',
  'availability',
  'bsrCategory',
  'shopName',
] as const;
export type ExportAttr = (typeof EXPORT_ATTRS)[number];

/**
 * `ui`: headers in the UI language, the page's name instead of its adapter id, local times as dates.
 * `machine`: the record's own field names (`kind`, `capturedAt`, `attr.sku`), capturedAt as local ISO 8601
 * with its offset: the form `importReport` reads back (report-opslens.ts).
 */
export type HeaderStyle = 'ui' | 'machine';

export interface KindExportOptions {
  lang: Lang;
  headers: HeaderStyle;
  /** The operator's time zone; the browser's when absent. */
  timeZone?: string;
}

/** The metrics and attributes one kind's records use, and how many records there are. */
export interface KindUse {
  kind: Kind;
  rows: number;
  metrics: MetricName[];
  attrs: ExportAttr[];
}

/** What each kind's records use, in KINDS order of first appearance; kinds with no records are absent. */
export async function kindsInUse(
  batches: AsyncIterable<SnapshotRecord[]> | Iterable<SnapshotRecord[]>,
): Promise<KindUse[]> {
  const seen = new Map<Kind, { rows: number; metrics: Set<string>; attrs: Set<string> }>();
  for await (const batch of batches) {
    for (const r of batch) {
      let u = seen.get(r.kind);
      if (!u) {
        u = { rows: 0, metrics: new Set(), attrs: new Set() };
        seen.set(r.kind, u);
      }
      u.rows++;
      for (const m in r.metrics) u.metrics.add(m);
      for (const a in r.attrs) u.attrs.add(a);
    }
  }
  // In the model's order of kinds (listings first), whatever order the store holds them in.
  const order = (k: Kind) => KINDS.indexOf(k);
  return [...seen]
    .sort(([a], [b]) => order(a) - order(b))
    .map(([kind, u]) => ({
      kind,
      rows: u.rows,
      metrics: METRIC_NAMES.filter((m) => u.metrics.has(m)),
      attrs: EXPORT_ATTRS.filter((a) => u.attrs.has(a)),
    }));
}

type SourceKey = Extract<keyof typeof enDashboard, `source_${string}`>;
const isSourceKey = (key: string): key is SourceKey => key in enDashboard;

/** The page a reading came from as the UI names it (`amazon.ads-search-terms` -> "Amazon ads: search terms"). */
export function sourceName(lang: Lang, source: string): string {
  const key = `source_${source}`;
  return isSourceKey(key) ? t(lang, key) : source;
}

/** A `YYYY-MM-DD` day as an Excel date cell (a date has no zone there: UTC midnight shows as that day). */
const DAY_CELL = (day: (r: SnapshotRecord) => string | undefined) => ({
  numFmt: 'yyyy-mm-dd',
  date: (r: SnapshotRecord) => {
    const d = day(r);
    return d ? new Date(`${d}T00:00:00.000Z`) : undefined;
  },
});

const attrHeader = (lang: Lang, a: ExportAttr) => t(lang, `attr_${a}`);

/** The columns of one kind's sheet or file: only what its records use. */
export function kindColumns(use: KindUse, opts: KindExportOptions): ExportColumn[] {
  const { lang, timeZone } = opts;
  const metrics = use.metrics.map(
    (m): ExportColumn => ({
      header: opts.headers === 'ui' ? metricLabel(lang, m) : m,
      unit: METRICS[m],
      metric: m,
      value: (r) => r.metrics[m],
    }),
  );
  if (opts.headers === 'machine')
    return [
      ...BASE_COLUMNS.map((c) =>
        c.header === 'capturedAt'
          ? { ...c, value: (r: SnapshotRecord) => localIso(r.capturedAt, timeZone) }
          : c,
      ),
      ...metrics,
      ...use.attrs.map((a): ExportColumn => ({ header: `attr.${a}`, attr: a, value: (r) => r.attrs[a] })),
    ];
  return [
    { header: t(lang, 'exportCol_marketplace'), value: (r) => r.marketplace },
    { header: t(lang, `exportKey_${use.kind}`), value: (r) => r.key },
    { header: t(lang, 'exportCol_name'), value: (r) => r.label },
    ...use.attrs.map(
      (a): ExportColumn => ({ header: attrHeader(lang, a), attr: a, value: (r) => r.attrs[a] }),
    ),
    {
      header: t(lang, 'exportCol_periodFrom'),
      value: (r) => r.period?.from,
      ...DAY_CELL((r) => r.period?.from),
    },
    { header: t(lang, 'exportCol_periodTo'), value: (r) => r.period?.to, ...DAY_CELL((r) => r.period?.to) },
    {
      header: t(lang, 'exportCol_readAt'),
      value: (r) => localStamp(r.capturedAt, timeZone),
      numFmt: 'yyyy-mm-dd hh:mm:ss',
      date: (r) => wallClock(r.capturedAt, timeZone),
    },
    { header: t(lang, 'exportCol_currency'), value: (r) => r.currency },
    ...metrics,
    { header: t(lang, 'exportCol_page'), value: (r) => sourceName(lang, r.source) },
    { header: t(lang, 'exportCol_url'), value: (r) => r.url },
  ];
}
