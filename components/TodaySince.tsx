import { formatMoney } from '../lib/format';
import { type Lang, t } from '../lib/i18n';
import type { DayItem, SinceYesterday } from '../lib/today/since';

function Stake({ item, lang }: { item: DayItem; lang: Lang }) {
  if (item.money !== undefined) return <>{formatMoney(item.money, item.currency, lang)}</>;
  if (item.days !== undefined) return <>{t(lang, 'todayStockOut', { days: item.days })}</>;
  return null;
}

function wasText(before: DayItem, lang: Lang): string {
  if (before.money !== undefined)
    return ` (${t(lang, 'sinceWas', { was: formatMoney(before.money, before.currency, lang) })})`;
  if (before.days !== undefined)
    return ` (${t(lang, 'sinceWas', { was: t(lang, 'todayStockOut', { days: before.days }) })})`;
  return '';
}

/** "Since yesterday": what is new on the list, what got worse and what was fixed, against the day before. */
export function TodaySince({ since, lang }: { since: SinceYesterday | undefined; lang: Lang }) {
  if (!since)
    return (
      <section className="since card">
        <p className="muted">{t(lang, 'sinceFirstDay')}</p>
      </section>
    );
  const { added, worse, fixed } = since;
  return (
    <section className="since card" aria-label={t(lang, 'sinceTitle', { day: since.since })}>
      <h3>
        {t(lang, 'sinceTitle', { day: since.since })}:{' '}
        <span className="since-new">{t(lang, 'sinceNew', { n: added.length })}</span> ·{' '}
        <span className="since-worse">{t(lang, 'sinceWorse', { n: worse.length })}</span> ·{' '}
        <span className="since-fixed">{t(lang, 'sinceFixed', { n: fixed.length })}</span>
      </h3>
      {added.length + worse.length + fixed.length === 0 ? (
        <p className="muted">{t(lang, 'sinceNothing')}</p>
      ) : (
        <ul className="since-list">
          {added.slice(0, 5).map((i) => (
            <li key={`n${i.id}`} data-since="new">
              <span className="tag new">{t(lang, 'sinceTagNew')}</span> {i.name}{' '}
              <span className="muted">
                <Stake item={i} lang={lang} />
              </span>
            </li>
          ))}
          {worse.slice(0, 5).map(({ now, before }) => (
            <li key={`w${now.id}`} data-since="worse">
              <span className="tag worse">{t(lang, 'sinceTagWorse')}</span> {now.name}{' '}
              <span className="muted">
                <Stake item={now} lang={lang} />
                {wasText(before, lang)}
              </span>
            </li>
          ))}
          {fixed.slice(0, 5).map((i) => (
            <li key={`f${i.id}`} data-since="fixed">
              <span className="tag fixed">{t(lang, 'sinceTagFixed')}</span> {i.name}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
