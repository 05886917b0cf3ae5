import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { forecastBand } from '../lib/advice/stock-chart';
import { adviceText } from '../lib/advice/text';
import { type EntityRow, history, type OpsLensDb } from '../lib/db';
import { entityAdvice } from '../lib/db/page-advice';
import { productOf } from '../lib/experiments/types';
import { formatDateTime } from '../lib/format';
import { type Lang, t } from '../lib/i18n';
import { entityId, METRICS, type MetricName, type SnapshotRecord } from '../lib/model';
import { resolveSettings, type SettingsDoc } from '../lib/settings/advice-settings';
import { chartEvents } from '../lib/today/chart-events';
import { ChartEventList } from './ChartEvents';
import { ComparePeriods } from './ComparePeriods';
import { periodDays, periodLengths, seriesPoints } from './chart-time';
import { entityIds, entityName } from './EntityList';
import { DaypartPanel } from './HourHeatmap';
import { LaunchChecklist } from './LaunchChecklist';
import { formatMetric, metricLabel } from './metric-format';
import { forecastSeries, TimeChart } from './TimeChart';

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
  // What the chart marks: recorded changes, alerts raised, stock-outs (issue 15).
  const marks = useLiveQuery(
    async () => ({
      experiments: await db.experiments.where('product').equals(productOf(entity)).toArray(),
      alerts: await db.alerts.where('entity').equals(entityId(entity)).toArray(),
    }),
    [entity.kind, entity.marketplace, entity.key],
  );
  const events = useMemo(
    () => chartEvents(readings ?? [], marks?.experiments ?? [], marks?.alerts ?? []),
    [readings, marks],
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
  // A week's figure beside a day's would read as a jump: one period length at a time, the commonest first.
  const lengths = useMemo(() => periodLengths(readings ?? []), [readings]);
  const [lengthChosen, setLength] = useState<number | undefined>();
  const length = lengthChosen !== undefined && lengths.includes(lengthChosen) ? lengthChosen : lengths[0];
  const series = useMemo(
    () =>
      (metricsKey ? (metricsKey.split(',') as MetricName[]) : []).map((m) => ({
        metric: m,
        label: metricLabel(m, lang),
        // One point per period, the latest reading of it, at the period it reports (chart-time.ts).
        points: seriesPoints(readings ?? [], m, length),
      })),
    [readings, metricsKey, lang, length],
  );
  // Daily units sold: the demand forecast and its band beside them (issue 14, lib/advice/stock-chart.ts).
  const drawn = useMemo(() => {
    const shown = length === 1 && series.some((x) => x.metric === 'unitsOrdered');
    const s = resolveSettings(settings, entity.marketplace, entity.key);
    const band = shown ? forecastBand(readings ?? [], s) : undefined;
    return band ? [...series, ...forecastSeries(band, lang)] : series;
  }, [series, readings, length, settings, entity.marketplace, entity.key, lang]);
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
    <article className="detail" aria-label={entityName(entity)}>
      <h2>{entityName(entity)}</h2>
      <p className="muted ids">
        {[
          ...entityIds(entity, lang),
          entity.marketplace,
          t(lang, 'readingsCount', { n: readings.length }),
        ].join(' · ')}
      </p>
      {!entityIds(entity, lang).some((id) => id.endsWith(entity.key)) &&
        entity.key !== entityName(entity) && (
          <p className="muted small key" title={entity.key}>
            {entity.key}
          </p>
        )}
      {entity.kind === 'listing' && (
        <LaunchChecklist
          readings={readings}
          firstSeenAt={entity.firstSeenAt}
          settings={resolveSettings(settings, entity.marketplace, entity.key)}
          lang={lang}
        />
      )}
      <fieldset className="metric-picker">
        <legend>{t(lang, 'metricsToPlot')}</legend>
        {available.map((m) => (
          <label key={m} className={metrics.includes(m) ? 'on' : ''}>
            <input type="checkbox" checked={metrics.includes(m)} onChange={() => toggle(m)} />{' '}
            {metricLabel(m, lang)}
          </label>
        ))}
      </fieldset>
      {lengths.length > 1 && (
        <label className="period-length">
          {t(lang, 'chartPeriodLength')}{' '}
          <select value={length} onChange={(e) => setLength(Number(e.target.value))}>
            {lengths.map((d) => (
              <option key={d} value={d}>
                {d === 0 ? t(lang, 'chartMoments') : t(lang, 'chartDays', { n: d })}
              </option>
            ))}
          </select>
        </label>
      )}
      {series.some((s) => s.points.length > 0) ? (
        <TimeChart
          series={drawn}
          lang={lang}
          currency={entity.currency}
          label={`${entityName(entity)}: ${drawn.flatMap((s) => s.label || []).join(', ')}`}
          events={events}
        />
      ) : (
        metrics.length > 0 && <p className="muted">{t(lang, 'chartNoPoints')}</p>
      )}
      <ChartEventList events={events} lang={lang} />
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
      <ComparePeriods
        // Like for like: periods of the length the chart shows (a week is not compared with a day).
        readings={length === undefined ? readings : readings.filter((r) => (periodDays(r) ?? 0) === length)}
        lang={lang}
        currency={entity.currency}
        alpha={resolveSettings(settings, entity.marketplace, entity.key).conversionAlpha}
      />
      {entity.kind === 'campaign' && <DaypartPanel db={db} entity={entity} lang={lang} settings={settings} />}
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
