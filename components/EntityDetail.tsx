import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { conversionCounts } from '../lib/advice/listing';
import { twoProportionTest } from '../lib/advice/stats';
import { adviceText } from '../lib/advice/text';
import { type EntityRow, history, type OpsLensDb } from '../lib/db';
import { entityAdvice } from '../lib/db/page-advice';
import { formatDateTime } from '../lib/format';
import { type Lang, t } from '../lib/i18n';
import { METRICS, type MetricName, type SnapshotRecord } from '../lib/model';
import type { SettingsDoc } from '../lib/settings/advice-settings';
import { formatMetric, metricLabel } from './metric-format';
import { TimeChart } from './TimeChart';

const DEFAULTS: Record<string, MetricName[]> = {
  competitor: ['price', 'bsr'],
  listing: ['sessions', 'conversionRate'],
  campaign: ['spend', 'acos'],
  keyword: ['clicks', 'acos'],
  searchTerm: ['clicks', 'acos'],
};

export function EntityDetail({
  db,
  entity,
  lang,
  settings,
}: {
  db: OpsLensDb;
  entity: EntityRow;
  lang: Lang;
  settings?: SettingsDoc;
}) {
  const readings = useLiveQuery(
    () => history(db, entity, { limit: 5000 }),
    [entity.kind, entity.marketplace, entity.key],
  );
  // The advice the console panel gave on the page that last showed this entity: the same function on the
  // same page reading, peers and history included (lib/db/page-advice.ts).
  const advice = useLiveQuery(
    () => entityAdvice(db, entity, settings),
    [entity.kind, entity.marketplace, entity.key, settings],
  );
  const available = useMemo(() => {
    const set = new Set<MetricName>();
    for (const r of readings ?? []) for (const k of Object.keys(r.metrics)) set.add(k as MetricName);
    return [...set];
  }, [readings]);
  const [chosen, setChosen] = useState<MetricName[] | undefined>();
  const metrics = (chosen ?? DEFAULTS[entity.kind] ?? []).filter((m) => available.includes(m));
  const units = [...new Set(metrics.map((m) => METRICS[m]))];
  const metricsKey = metrics.join(',');
  const series = useMemo(
    () =>
      (metricsKey ? (metricsKey.split(',') as MetricName[]) : []).map((m) => ({
        metric: m,
        label: metricLabel(m, lang),
        points: (readings ?? []).flatMap((r) =>
          r.metrics[m] !== undefined ? [{ x: Date.parse(r.capturedAt), y: r.metrics[m]! }] : [],
        ),
      })),
    [readings, metricsKey, lang],
  );
  if (!readings) return <p className="muted">{t(lang, 'loading')}</p>;
  const toggle = (m: MetricName) => {
    const on = metrics.includes(m);
    // Two axes at most: a metric of a third unit replaces the selection.
    const next = on
      ? metrics.filter((x) => x !== m)
      : units.length >= 2 && !units.includes(METRICS[m])
        ? [m]
        : [...metrics, m];
    setChosen(next);
  };
  return (
    <article className="detail" aria-label={entity.label ?? entity.key}>
      <h2>{entity.label ?? entity.key}</h2>
      <p className="muted">
        {entity.marketplace} · {entity.key} · {t(lang, 'points', { n: readings.length })}
      </p>
      <fieldset className="metric-picker">
        <legend>{t(lang, 'metricsToPlot')}</legend>
        {available.map((m) => (
          <label key={m} className={metrics.includes(m) ? 'on' : ''}>
            <input type="checkbox" checked={metrics.includes(m)} onChange={() => toggle(m)} />{' '}
            {metricLabel(m, lang)}
          </label>
        ))}
      </fieldset>
      {series.length > 0 && (
        <TimeChart
          series={series}
          lang={lang}
          label={`${entity.label ?? entity.key}: ${metrics.join(', ')}`}
        />
      )}
      <h3>{t(lang, 'adviceNow')}</h3>
      {advice === undefined ? (
        <p className="muted">{t(lang, 'loading')}</p>
      ) : advice.length === 0 ? (
        <p className="muted">{t(lang, 'noAdviceNow')}</p>
      ) : (
        <ul className="advice-list">
          {advice.map((a) => (
            <li key={a.id} className={`sev-${a.severity}`}>
              {adviceText(a, lang)}
            </li>
          ))}
        </ul>
      )}
      <ComparePeriods readings={readings} lang={lang} currency={entity.currency} />
      <h3>{t(lang, 'snapshotsTable')}</h3>
      <ReadingsTable readings={readings} lang={lang} metrics={available} />
    </article>
  );
}

function ReadingsTable({
  readings,
  lang,
  metrics,
}: {
  readings: SnapshotRecord[];
  lang: Lang;
  metrics: MetricName[];
}) {
  const shown = readings.slice(-200).reverse();
  return (
    <div className="table-wrap">
      <table className="readings">
        <thead>
          <tr>
            <th scope="col">{t(lang, 'capturedAt')}</th>
            <th scope="col">{t(lang, 'period')}</th>
            {metrics.map((m) => (
              <th key={m} scope="col" className="num">
                {metricLabel(m, lang)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.capturedAt}>
              <td>{formatDateTime(r.capturedAt, lang)}</td>
              <td>{r.period ? `${r.period.from} – ${r.period.to}` : ''}</td>
              {metrics.map((m) => (
                <td key={m} className="num">
                  {r.metrics[m] !== undefined ? formatMetric(m, r.metrics[m]!, r.currency, lang) : ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ComparePeriods({
  readings,
  lang,
  currency,
}: {
  readings: SnapshotRecord[];
  lang: Lang;
  currency?: string;
}) {
  const options = readings.map((r, i) => ({
    i,
    label: `${formatDateTime(r.capturedAt, lang)}${r.period ? ` (${r.period.from} – ${r.period.to})` : ''}`,
  }));
  const [a, setA] = useState(Math.max(0, readings.length - 2));
  const [b, setB] = useState(readings.length - 1);
  if (readings.length < 2) return null;
  const ra = readings[a]!;
  const rb = readings[b]!;
  const ca = conversionCounts(ra.metrics);
  const cb = conversionCounts(rb.metrics);
  const test = ca && cb ? twoProportionTest(ca.orders, ca.traffic, cb.orders, cb.traffic) : undefined;
  const names = [...new Set([...Object.keys(ra.metrics), ...Object.keys(rb.metrics)])] as MetricName[];
  return (
    <section className="compare">
      <h3>{t(lang, 'comparePeriods')}</h3>
      <div className="inline">
        <label>
          {t(lang, 'periodA')}{' '}
          <select value={a} onChange={(e) => setA(Number(e.target.value))}>
            {options.map((o) => (
              <option key={o.i} value={o.i}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t(lang, 'periodB')}{' '}
          <select value={b} onChange={(e) => setB(Number(e.target.value))}>
            {options.map((o) => (
              <option key={o.i} value={o.i}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <table className="readings">
        <tbody>
          {names.map((m) => (
            <tr key={m}>
              <th scope="row">{metricLabel(m, lang)}</th>
              <td className="num">
                {ra.metrics[m] !== undefined ? formatMetric(m, ra.metrics[m]!, currency, lang) : ''}
              </td>
              <td className="num">
                {rb.metrics[m] !== undefined ? formatMetric(m, rb.metrics[m]!, currency, lang) : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {test && (
        <p className={test.pValue < 0.05 ? 'strong' : 'muted'}>
          {metricLabel('conversionRate', lang)}: {formatMetric('conversionRate', test.p1, currency, lang)} →{' '}
          {formatMetric('conversionRate', test.p2, currency, lang)},{' '}
          {t(lang, test.pValue < 0.05 ? 'significant' : 'notSignificant', {
            p: test.pValue < 0.001 ? '< 0.001' : test.pValue.toFixed(3),
          })}
        </p>
      )}
    </section>
  );
}
