import { useLiveQuery } from 'dexie-react-hooks';
import { Fragment } from 'react';
import { adviceText } from '../lib/advice/text';
import type { Advice } from '../lib/advice/types';
import type { AdviceRow, OpsLensDb } from '../lib/db';
import { formatCount, formatMoney, formatRate } from '../lib/format';
import { type Lang, localeOf, t } from '../lib/i18n';
import { comparableMoney } from '../lib/today/stake';

// The stock view (issue 14): what to reorder now and what does not move, across Amazon listings and Tmall/Taobao
// items. It reads the stock advice the background keeps for every entity on its latest reading (db.advice,
// as Today does: one index range per rule, no history read here); each advice carries its plan's numbers.

const byRule = (db: OpsLensDb, rule: Advice['rule']) =>
  db.advice.where('id').startsWith(`${rule}:`).toArray();

const n = (v: number | undefined, lang: Lang) => (v === undefined ? '–' : formatCount(v, lang));
const one = (v: number | undefined, lang: Lang) =>
  v === undefined ? '–' : new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 1 }).format(v);
/**
 * Weeks of supply at one decimal, as the advice's sentence shows them: more decimals (up to 3) while the figure
 * would read the same as the band edge it was judged against, so that a row never reads 13 for "over 13".
 */
function weeks(v: number | undefined, lang: Lang, edge?: number): string {
  if (v === undefined) return '–';
  if (!Number.isFinite(v)) return '∞';
  const show = (x: number, d: number) =>
    new Intl.NumberFormat(localeOf(lang), { minimumFractionDigits: d, maximumFractionDigits: d }).format(x);
  let d = 1;
  while (edge !== undefined && v !== edge && d < 4 && show(v, d) === show(edge, d)) d++;
  return show(v, d);
}
const rate = (v: number | undefined, lang: Lang) => (v === undefined ? '–' : formatRate(v, lang));

export function StockView({ db, lang }: { db: OpsLensDb; lang: Lang }) {
  const reorders = useLiveQuery(() => byRule(db, 'stock'), [db]);
  const slow = useLiveQuery(() => byRule(db, 'slowMover'), [db]);
  if (!reorders || !slow) return <p className="muted">{t(lang, 'loading')}</p>;
  const cover = (r: AdviceRow) => r.advice.used.daysOfCover ?? Number.POSITIVE_INFINITY;
  const money = (r: AdviceRow) => comparableMoney(r.advice.used.tiedUp, r.advice.currency) ?? 0;
  const reorderRows = [...reorders].sort((a, b) => cover(a) - cover(b));
  const slowRows = [...slow].sort((a, b) => money(b) - money(a));
  return (
    <section className="stock-view" aria-label={t(lang, 'stockTitle')}>
      <h2>{t(lang, 'stockTitle')}</h2>
      <p className="muted">{t(lang, 'stockIntro')}</p>
      {reorderRows.length === 0 && slowRows.length === 0 ? (
        <p className="muted empty">{t(lang, 'stockEmpty')}</p>
      ) : (
        <>
          <StockTable id="reorder" title={t(lang, 'stockReorderNow')} rows={reorderRows} lang={lang} />
          <StockTable id="slow" title={t(lang, 'stockSlowMovers')} rows={slowRows} lang={lang} />
        </>
      )}
    </section>
  );
}

type Column = [label: string, cell: (a: Advice) => string, numeric?: boolean];

function columns(id: 'reorder' | 'slow', lang: Lang): Column[] {
  const u = (a: Advice) => a.used;
  if (id === 'reorder')
    return [
      [t(lang, 'stockColAvailable'), (a) => n(u(a).available, lang), true],
      [t(lang, 'stockColInbound'), (a) => n(u(a).inbound, lang), true],
      [t(lang, 'stockColPerDay'), (a) => one(u(a).unitsPerDay, lang), true],
      [t(lang, 'stockColCover'), (a) => weeks(u(a).weeksOfSupply, lang), true],
      [t(lang, 'stockColReorderPoint'), (a) => n(u(a).reorderPoint, lang), true],
      [t(lang, 'stockColReorder'), (a) => n(a.suggested?.reorder, lang), true],
      [
        t(lang, 'stockColStep'),
        (a) => t(lang, a.action === 'reorder' ? 'stockStep_reorder' : 'stockStep_watchInbound'),
      ],
    ];
  return [
    [t(lang, 'stockColAvailable'), (a) => n(u(a).available, lang), true],
    [t(lang, 'stockColPerDay'), (a) => one(u(a).unitsPerDay, lang), true],
    [t(lang, 'stockColCover'), (a) => weeks(u(a).weeksOfSupply, lang, a.thresholds.wosExcessWeeks), true],
    [
      t(lang, 'stockColSellThrough'),
      (a) => `${rate(u(a).sellThrough30, lang)} / ${rate(u(a).sellThrough90, lang)}`,
      true,
    ],
    [
      t(lang, 'stockColTiedUp'),
      (a) => (u(a).tiedUp === undefined ? '–' : formatMoney(u(a).tiedUp!, a.currency, lang)),
      true,
    ],
    [t(lang, 'stockColStep'), (a) => t(lang, stepKey(a))],
  ];
}

function stepKey(a: Advice) {
  const step = a.message.id === 'stockClearance' ? a.message.params.step : 'priceStep';
  return `stockStep_${step}` as const;
}

function StockTable({
  id,
  title,
  rows,
  lang,
}: {
  id: 'reorder' | 'slow';
  title: string;
  rows: AdviceRow[];
  lang: Lang;
}) {
  const cols = columns(id, lang);
  return (
    <section className={`stock-${id}`}>
      <h3>
        {title} <small className="muted">({formatCount(rows.length, lang)})</small>
      </h3>
      {rows.length === 0 ? (
        <p className="muted">{t(lang, 'stockNothing')}</p>
      ) : (
        <div className="table-wrap">
          <table className="readings">
            <thead>
              <tr>
                <th scope="col">{t(lang, 'stockColItem')}</th>
                {cols.map(([label, , numeric]) => (
                  <th key={label} scope="col" className={numeric ? 'num' : undefined}>
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map(({ id: rowId, advice: a, platform, url }) => (
                <Fragment key={rowId}>
                  <tr data-key={a.ref.key} data-platform={platform}>
                    <th scope="row">
                      <a href={url} target="_blank" rel="noreferrer">
                        {a.label ?? a.ref.key}
                      </a>
                      <small className="muted">
                        {' '}
                        · {a.ref.marketplace} · {a.ref.key}
                      </small>
                    </th>
                    {cols.map(([label, cell, numeric]) => (
                      <td key={label} className={numeric ? 'num' : undefined}>
                        {cell(a)}
                      </td>
                    ))}
                  </tr>
                  {/* The advice's sentence under its row: every number and threshold it used. Plain text. */}
                  <tr className="why" data-why={a.ref.key}>
                    <td colSpan={cols.length + 1} style={{ whiteSpace: 'normal', paddingTop: 0 }}>
                      <small className="muted">{adviceText(a, lang)}</small>
                    </td>
                  </tr>
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
