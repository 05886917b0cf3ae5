import { METRIC_NAMES, METRICS, type MetricName, type MetricUnit, type SnapshotRecord } from '../model';

/** Which optional columns an export has. Metrics keep METRICS order whatever order they are given in. */
export interface ExportColumnsOptions {
  /** Metric columns to write (unknown names are ignored); all of METRICS when absent. */
  metrics?: readonly string[];
  /** Attribute names to write as `attr.<name>` columns, in the order given. */
  attrs?: readonly string[];
}

export type CellValue = string | number | undefined;

export interface ExportColumn {
  header: string;
  /** The unit of a metric column, so a spreadsheet can format rates as percentages. */
  unit?: MetricUnit;
  value: (rec: SnapshotRecord) => CellValue;
  /** Set on metric and attribute columns, so a writer can fill a row from what a record holds. */
  metric?: MetricName;
  attr?: string;
  /** The cell as an Excel date (a spreadsheet writer uses it instead of `value`), shown with `numFmt`. */
  date?: (rec: SnapshotRecord) => Date | undefined;
  numFmt?: string;
}

/** The record's own fields, by their names: the first columns of every machine-readable export. */
export const BASE_COLUMNS: ExportColumn[] = [
  { header: 'kind', value: (r) => r.kind },
  { header: 'source', value: (r) => r.source },
  { header: 'platform', value: (r) => r.platform },
  { header: 'marketplace', value: (r) => r.marketplace },
  { header: 'key', value: (r) => r.key },
  { header: 'label', value: (r) => r.label },
  { header: 'currency', value: (r) => r.currency },
  { header: 'periodFrom', value: (r) => r.period?.from },
  { header: 'periodTo', value: (r) => r.period?.to },
  { header: 'capturedAt', value: (r) => r.capturedAt },
  { header: 'url', value: (r) => r.url },
];

export function exportColumns(opts: ExportColumnsOptions = {}): ExportColumn[] {
  const wanted = opts.metrics ? new Set(opts.metrics) : undefined;
  const metrics = METRIC_NAMES.filter((m) => !wanted || wanted.has(m));
  return [
    ...BASE_COLUMNS,
    ...metrics.map(
      (m): ExportColumn => ({ header: m, unit: METRICS[m], metric: m, value: (r) => r.metrics[m] }),
    ),
    ...(opts.attrs ?? []).map(
      (a): ExportColumn => ({ header: `attr.${a}`, attr: a, value: (r) => r.attrs[a] }),
    ),
  ];
}

/**
 * The metrics and attributes a data set actually uses, for a first pass before an export whose
 * columns should be only those (`exportColumns(await columnsInUse(iterateSnapshots(db, filter)))`).
 */
export async function columnsInUse(
  batches: AsyncIterable<SnapshotRecord[]> | Iterable<SnapshotRecord[]>,
): Promise<{ metrics: MetricName[]; attrs: string[] }> {
  const metrics = new Set<string>();
  const attrs = new Set<string>();
  for await (const batch of batches) {
    for (const r of batch) {
      for (const m of Object.keys(r.metrics)) metrics.add(m);
      for (const a of Object.keys(r.attrs)) attrs.add(a);
    }
  }
  return { metrics: METRIC_NAMES.filter((m) => metrics.has(m)), attrs: [...attrs].sort() };
}
