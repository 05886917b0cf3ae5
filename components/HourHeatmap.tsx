import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import {
  type DaypartCell,
  type DaypartSchedule,
  daypartSchedule,
  isAmazonMarket,
} from '../lib/advice/daypart';
import { scheduleLines } from '../lib/advice/daypart-text';
import { addDays, localTime } from '../lib/daypart/bucket';
import type { EntityRow, OpsLensDb } from '../lib/db';
import { hoursOf } from '../lib/db/hours';
import { type Lang, t } from '../lib/i18n';
import { resolveSettings, type SettingsDoc } from '../lib/settings/advice-settings';

// Dayparting in a campaign's detail (issue 14): the schedule as a heatmap (24 hours x 1 row, or x 7 weekdays)
// with each cell's multiplier in it, the numbers it rests on, and the lines the console takes, to copy.

const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;
const HOURS = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'));

/** Green above 100%, orange below, stronger the further; grey for hours kept at 100% for too few clicks. */
function cellStyle(c: DaypartCell): React.CSSProperties {
  if (c.reason === 'fewClicks') return { background: '#eceff3', color: '#5b6472' };
  const d = Math.min(1, Math.abs(c.percent - 100) / 50);
  if (c.percent === 100) return { background: '#f7f7f2', color: '#333' };
  const hue = c.percent > 100 ? 140 : 28;
  return { background: `hsl(${hue} 70% ${92 - d * 40}%)`, color: d > 0.7 ? '#fff' : '#1a1a1a' };
}

export function HourHeatmap({
  schedule,
  lang,
  currency,
}: {
  schedule: DaypartSchedule;
  lang: Lang;
  currency?: string;
}) {
  const byWeekday = schedule.shape === 'weekday';
  return (
    <div className="table-wrap hour-heatmap">
      <table className="heatmap" style={{ borderCollapse: 'collapse', fontSize: 12 }}>
        <caption className="muted small" style={{ textAlign: 'left', captionSide: 'bottom' }}>
          {t(lang, 'daypartLegend')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t(lang, 'daypartHour')}</th>
            {HOURS.map((h) => (
              <th key={h} scope="col" style={{ padding: '2px 3px', fontWeight: 500 }}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {schedule.rows.map((row, i) => (
            <tr key={byWeekday ? i : 'all'}>
              <th scope="row" style={{ textAlign: 'left', paddingRight: 6, whiteSpace: 'nowrap' }}>
                {byWeekday ? t(lang, 'daypartWeekday', { d: i }) : t(lang, 'daypartAllDays')}
              </th>
              {row.map((c) => {
                const title = t(lang, 'daypartCell', {
                  hour: `${byWeekday ? `${t(lang, 'daypartWeekday', { d: i })} ` : ''}${hh(c.hour)}`,
                  percent: c.percent,
                  reason: c.reason,
                  clicks: c.clicks,
                  ...(c.revenuePerClick !== undefined ? { rpc: c.revenuePerClick } : {}),
                  ...(c.conversion !== undefined ? { conversion: c.conversion } : {}),
                  ...(c.costPerOrder !== undefined ? { costPerOrder: c.costPerOrder } : {}),
                  spread: c.spreadShare,
                  ...(currency ? { currency } : {}),
                });
                return (
                  <td
                    key={c.hour}
                    // biome-ignore lint/a11y/noNoninteractiveTabindex: cells are focusable so the keyboard reaches each hour's title
                    tabIndex={0}
                    title={title}
                    aria-label={title}
                    data-hour={c.hour}
                    data-reason={c.reason}
                    style={{
                      ...cellStyle(c),
                      minWidth: 30,
                      padding: '6px 2px',
                      textAlign: 'center',
                      border: '1px solid #fff',
                      fontVariantNumeric: 'tabular-nums',
                    }}
                  >
                    {c.percent}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ScheduleCopy({
  schedule,
  lang,
  marketplace,
}: {
  schedule: DaypartSchedule;
  lang: Lang;
  marketplace: string;
}) {
  const [copied, setCopied] = useState(false);
  const form = isAmazonMarket(marketplace) ? 'amazon' : 'subway';
  const lines = scheduleLines(schedule, form, (d) => t(lang, 'daypartWeekday', { d }));
  const text = lines.join('\n');
  const copy = async () => {
    await navigator.clipboard.writeText(text);
    setCopied(true);
  };
  return (
    <div className="daypart-copy">
      <h4>{t(lang, form === 'amazon' ? 'daypartCopyTitle_amazon' : 'daypartCopyTitle_subway')}</h4>
      {lines.length === 0 ? (
        <p className="muted">{t(lang, 'daypartNoChange')}</p>
      ) : (
        <>
          <pre
            className="schedule-text"
            style={{ whiteSpace: 'pre-wrap', background: '#f6f7f9', padding: 8 }}
          >
            {text}
          </pre>
          <button type="button" onClick={() => void copy()}>
            {copied ? t(lang, 'daypartCopied') : t(lang, 'daypartCopy')}
          </button>
        </>
      )}
    </div>
  );
}

function StatusText({ s, lang }: { s: DaypartSchedule; lang: Lang }) {
  switch (s.status) {
    case 'noData':
      return <>{t(lang, 'daypartStatus_noData')}</>;
    case 'notEnoughDays':
      return <>{t(lang, 'daypartStatus_notEnoughDays', { days: s.days, min: s.thresholds.minDays ?? 0 })}</>;
    case 'missingMetric':
      return <>{t(lang, 'daypartStatus_missingMetric', { fields: s.missing })}</>;
    case 'noSales':
      return <>{t(lang, 'daypartStatus_noSales')}</>;
    default:
      return null;
  }
}

/** The campaign's dayparting, or nothing when it has no hourly figures at all. */
export function DaypartPanel({
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
  const buckets = useLiveQuery(() => hoursOf(db, entity), [entity.kind, entity.marketplace, entity.key]);
  if (buckets === undefined) return <p className="muted">{t(lang, 'daypartLoading')}</p>;
  if (buckets.length === 0) return null;
  const today =
    localTime(new Date().toISOString(), entity.marketplace)?.date ?? new Date().toISOString().slice(0, 10);
  const s = daypartSchedule(
    buckets,
    today,
    entity.marketplace,
    resolveSettings(settings, entity.marketplace, entity.key),
  );
  const clicks = s.rows.flat().reduce((a, c) => a + c.clicks, 0);
  const spread = s.rows.flat().reduce((a, c) => a + c.clicks * c.spreadShare, 0);
  const provisional = s.provisionalDays;
  return (
    <section className="daypart" aria-label={t(lang, 'daypartTitle')}>
      <h3>{t(lang, 'daypartTitle')}</h3>
      {s.status !== 'ok' ? (
        <p className="muted daypart-status">
          <StatusText s={s} lang={lang} />
        </p>
      ) : (
        <>
          <p className="muted small daypart-basis">
            {t(lang, 'daypartBasis', {
              days: s.days,
              rpc: s.used.revenuePerClick ?? 0,
              clicks: s.used.clicks ?? 0,
              minClicks: s.thresholds.minClicks ?? 0,
              noise: s.thresholds.noise ?? 0,
              min: s.thresholds.minMultiplier ?? 0,
              max: s.thresholds.maxMultiplier ?? 0,
              ...(entity.currency ? { currency: entity.currency } : {}),
            })}
            {s.shape === 'weekday' ? ` ${t(lang, 'daypartByWeekday', { days: s.days })}` : ''}
          </p>
          <HourHeatmap schedule={s} lang={lang} {...(entity.currency ? { currency: entity.currency } : {})} />
          {clicks > 0 && spread > 0 && (
            <p className="muted small">{t(lang, 'daypartSpread', { share: spread / clicks })}</p>
          )}
          <ScheduleCopy schedule={s} lang={lang} marketplace={entity.marketplace} />
        </>
      )}
      {provisional.length > 0 && (
        <p className="muted small daypart-provisional">
          {t(lang, 'daypartProvisional', {
            days: s.thresholds.provisionalDays ?? 0,
            since: addDays(today, 1 - (s.thresholds.provisionalDays ?? 0)),
            n: provisional.length,
          })}
        </p>
      )}
    </section>
  );
}
