import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { browser } from 'wxt/browser';
import { FirstRun } from '../../components/FirstRun';
import { Sparkline } from '../../components/Sparkline';
import { ThisPage } from '../../components/ThisPage';
import { TodayCount } from '../../components/TodayCount';
import { watchBadges } from '../../lib/changes';
import {
  OpsLensDb,
  type StoredSnapshot,
  type WatchedEntry,
  watchedHistories,
  watchedList,
  watchId,
} from '../../lib/db';
import { formatAgo, formatMoney } from '../../lib/format';
import { changeLabel, type Lang, t } from '../../lib/i18n';
import { send } from '../../lib/runtime';

export const db = new OpsLensDb();

export function App({ lang, first }: { lang: Lang; first?: WatchedEntry[] }) {
  // The list is painted from the watchlist and each product's latest reading (two requests); histories
  // (badges, sparklines) follow in a second read, so 200 watched products do not hold the list back.
  const items = useLiveQuery(() => watchedList(db), []) ?? first;
  const histories = useLiveQuery(
    () =>
      items?.length
        ? watchedHistories(
            db,
            items.map((i) => i.watch),
            30,
          )
        : undefined,
    [items],
  );
  return (
    <main className="popup">
      <header>
        <h1>
          <span className="dot" aria-hidden="true" />
          {t(lang, 'popupTitle')}
        </h1>
        <span className="head-right">
          {items && items.length > 0 && <span className="count">{items.length}</span>}
          <button
            type="button"
            className="head-link"
            onClick={() =>
              void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html' as '/popup.html') })
            }
          >
            {t(lang, 'openDashboard')}
          </button>
        </span>
      </header>
      <ThisPage lang={lang} />
      <TodayCount db={db} lang={lang} />
      {items === undefined ? (
        <p className="status">{t(lang, 'loading')}</p>
      ) : items.length === 0 ? (
        <section className="empty">
          <p className="empty-title">{t(lang, 'popupEmpty')}</p>
          <p>{t(lang, 'popupEmptyHint')}</p>
          <FirstRun db={db} lang={lang} compact />
        </section>
      ) : (
        <ul className="list">
          {items.map((item) => (
            <WatchedRow
              key={watchId(item.watch)}
              item={item}
              history={histories?.get(watchId(item.watch))}
              lang={lang}
            />
          ))}
        </ul>
      )}
    </main>
  );
}

function WatchedRow({
  item,
  history,
  lang,
}: {
  item: WatchedEntry;
  /** Undefined while the histories are still being read. */
  history: StoredSnapshot[] | undefined;
  lang: Lang;
}) {
  const { watch, entity } = item;
  const title = entity?.label ?? watch.label ?? watch.key;
  const prices = useMemo(
    () => (history ?? []).flatMap((s) => (s.metrics.price !== undefined ? [s.metrics.price] : [])),
    [history],
  );
  const badges = useMemo(() => (history ? watchBadges(history) : []), [history]);
  const price = entity?.metrics.price;
  const remove = () =>
    send({ type: 'watch.set', ref: watch, watched: false, platform: watch.platform, url: watch.url }).catch(
      (err) => console.error('[opslens] remove failed', err),
    );
  const open = () => browser.tabs.create({ url: watch.url });
  return (
    <li className="item">
      <div className="main">
        <button
          type="button"
          className="title"
          onClick={open}
          title={title}
          aria-label={t(lang, 'openLabel', { title })}
        >
          {title}
        </button>
        <div className="meta">
          <span className="market">{watch.marketplace}</span>
          {entity && (
            <span>{t(lang, 'lastSeen', { when: formatAgo(entity.lastSeenAt, Date.now(), lang) })}</span>
          )}
        </div>
        {badges.length > 0 && (
          <ul className="badges" aria-label="changes">
            {badges.map((b) => (
              <li key={b.kind} className={`badge ${b.kind}`} data-kind={b.kind}>
                {changeLabel(lang, b.kind)}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="side">
        <span className="price">
          {price !== undefined ? formatMoney(price, entity?.currency, lang) : '—'}
        </span>
        {prices.length > 0 ? (
          <Sparkline values={prices} label={t(lang, 'priceHistory', { title })} />
        ) : (
          history === undefined && <span className="spark-slot" aria-hidden="true" />
        )}
        <div className="actions">
          <button type="button" onClick={open} className="link">
            {t(lang, 'open')}
          </button>
          <button
            type="button"
            onClick={remove}
            className="link danger"
            aria-label={t(lang, 'removeLabel', { title })}
          >
            {t(lang, 'remove')}
          </button>
        </div>
      </div>
    </li>
  );
}
