import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { type StockPlan, stockPlan } from '../lib/advice/stock-plan';
import { type EntityRow, history, OpsLensDb } from '../lib/db';
import { formatCount, formatMoney, formatRate } from '../lib/format';
import { type Lang, t } from '../lib/i18n';
import { resolveSettings, type SettingsDoc } from '../lib/settings/advice-settings';
import { settingsItem, settingsStore } from '../lib/settings/store';

// The stock view (issue 14): every item whose stock we read, Amazon and Tmall/Taobao alike, with what to
// reorder now and what does not move. Plans come from lib/advice/stock-plan.ts, the same arithmetic as the
// stock advice.

const ownDb = new OpsLensDb();
/** Sales history read per item: enough for 90-day sell-through and a weekly forecast from daily readings. */
const HISTORY = 400;

interface Line {
  entity: EntityRow;
  plan: StockPlan;
}

async function stockLines(db: OpsLensDb, settings: SettingsDoc | undefined): Promise<Line[]> {
  const items = await db.entities.where('kind').equals('listing').toArray();
  const lines: Line[] = [];
  for (const entity of items) {
    const readings = await history(db, entity, { limit: HISTORY });
    const plan = stockPlan(readings, resolveSettings(settings, entity.marketplace, entity.key));
    if (plan) lines.push({ entity, plan });
  }
  return lines;
}

function useSettings(): SettingsDoc | undefined {
  const [doc, setDoc] = useState<SettingsDoc | undefined>();
  useEffect(() => {
    const load = () => void settingsStore.get().then(setDoc);
    load();
    return settingsItem.watch(load);
  }, []);
  return doc;
}

export function StockView({ lang, db = ownDb }: { lang: Lang; db?: OpsLensDb }) {
  const settings = useSettings();
  const lines = useLiveQuery(() => stockLines(db, settings), [settings]);
  if (!lines) return <p className="muted">{t(lang, 'loading')}</p>;
  const reorder = lines
    .filter((l) => l.plan.reorder > 0)
    .sort((a, b) => a.plan.daysOfCover - b.plan.daysOfCover);
  const slow = lines.filter((l) => l.plan.band === 'excess').sort((a, b) => tiedUp(b.plan) - tiedUp(a.plan));
  return (
    <section className="stock-view" aria-label={t(lang, 'stockTitle')}>
      <h2>{t(lang, 'stockTitle')}</h2>
      <p className="muted">{t(lang, 'stockIntro')}</p>
      {lines.length === 0 ? (
        <p className="muted">{t(lang, 'stockEmpty')}</p>
      ) : (
        <>
          <StockTable title={t(lang, 'stockReorderNow')} lines={reorder} lang={lang} id="reorder" />
          <StockTable title={t(lang, 'stockSlowMovers')} lines={slow} lang={lang} id="slow" />
          <StockTable title={t(lang, 'stockAllItems')} lines={lines} lang={lang} id="all" />
        </>
      )}
    </section>
  );
}

const tiedUp = (p: StockPlan) => p.excessUnits * (p.price ?? 0) * p.margin;

function StockTable({ title, lines, lang, id }: { title: string; lines: Line[]; lang: Lang; id: string }) {
  const n = (v: number) => formatCount(v, lang);
  return (
    <section className={`stock-${id}`}>
      <h3>{title}</h3>
      {lines.length === 0 ? (
        <p className="muted">{t(lang, 'stockNothing')}</p>
      ) : (
        <div className="table-wrap">
          <table className="readings">
            <thead>
              <tr>
                <th scope="col">{t(lang, 'stockColItem')}</th>
                <th scope="col" className="num">
                  {t(lang, 'stockColAvailable')}
                </th>
                <th scope="col" className="num">
                  {t(lang, 'stockColInbound')}
                </th>
                <th scope="col" className="num">
                  {t(lang, 'stockColPerDay')}
                </th>
                <th scope="col" className="num">
                  {t(lang, 'stockColCover')}
                </th>
                <th scope="col">{t(lang, 'stockColBand')}</th>
                <th scope="col" className="num">
                  {t(lang, 'stockColSellThrough')}
                </th>
                <th scope="col" className="num">
                  {t(lang, 'stockColReorderPoint')}
                </th>
                <th scope="col" className="num">
                  {t(lang, 'stockColReorder')}
                </th>
                <th scope="col" className="num">
                  {t(lang, 'stockColTiedUp')}
                </th>
                <th scope="col">{t(lang, 'stockColForecast')}</th>
              </tr>
            </thead>
            <tbody>
              {lines.map(({ entity: e, plan: p }) => (
                <tr key={`${e.marketplace}|${e.key}`} data-key={e.key}>
                  <th scope="row">
                    {e.label ?? e.key}
                    <small className="muted">
                      {' '}
                      · {e.marketplace} · {e.key}
                    </small>
                  </th>
                  <td className="num">{n(p.available)}</td>
                  <td className="num">{n(p.inbound)}</td>
                  <td className="num">{p.perDay.toFixed(1)}</td>
                  <td className="num">
                    {Number.isFinite(p.weeksOfSupply) ? p.weeksOfSupply.toFixed(1) : '∞'}
                  </td>
                  <td className={`band-${p.band}`}>{t(lang, `stockBand_${p.band}`)}</td>
                  <td className="num">
                    {p.sellThrough30 !== undefined ? formatRate(p.sellThrough30, lang) : '–'} /{' '}
                    {p.sellThrough90 !== undefined ? formatRate(p.sellThrough90, lang) : '–'}
                  </td>
                  <td className="num">{n(Math.ceil(p.reorderPoint))}</td>
                  <td className="num">{p.reorder > 0 ? n(p.reorder) : ''}</td>
                  <td className="num">
                    {p.excessUnits > 0 && p.price !== undefined
                      ? formatMoney(tiedUp(p), e.currency, lang)
                      : ''}
                  </td>
                  <td className="muted">
                    {p.method === 'monthly'
                      ? t(lang, 'forecast_monthly')
                      : p.method === 'holtWinters'
                        ? t(lang, 'forecast_holtWinters', { days: p.dailyDays })
                        : t(lang, 'forecast_average', { days: p.historyDays, need: p.needDays })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
