import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import type { OpsLensDb } from '../lib/db';
import { dayBefore } from '../lib/db/today-days';
import { type Lang, t } from '../lib/i18n';
import { send } from '../lib/runtime';
import { dismissedItem, loadDismissed } from '../lib/settings/store';
import { localDay } from '../lib/today/day';
import { todayList } from '../lib/today/list';
import { loadTodayStatus, todayStatusItem } from '../lib/today/store';
import { useStored } from '../lib/today/use-stored';
import { AlertList } from './AlertList';
import { FirstRun } from './FirstRun';
import { nameOf, TodayRow } from './TodayItem';
import { TodaySince } from './TodaySince';

/** Lines shown per group before "show all": the first paint stays small with thousands of items. */
const FIRST = 25;

/** Today: every current advice across entities and platforms, ranked by stake, grouped by problem. */
export function TodayView({ db, lang }: { db: OpsLensDb; lang: Lang }) {
  const rows = useLiveQuery(() => db.advice.toArray(), [db]);
  const alerts = useLiveQuery(() => db.alerts.where('status').anyOf('open', 'seen').toArray(), [db]);
  const today = localDay(new Date());
  const previous = useLiveQuery(async () => (await dayBefore(db, today)) ?? null, [db, today]);
  const status = useStored(todayStatusItem, loadTodayStatus);
  const dismissed = useStored(dismissedItem, loadDismissed);
  const [open, setOpen] = useState<Set<string>>(new Set());
  const [showHidden, setShowHidden] = useState(false);
  const list = useMemo(
    () =>
      rows && alerts && status && dismissed && previous !== undefined
        ? todayList(rows, status, dismissed, previous ?? undefined, Date.now(), alerts)
        : undefined,
    [rows, alerts, status, dismissed, previous],
  );
  if (!list) return <p className="muted">{t(lang, 'loading')}</p>;
  const counts = { done: 0, snoozed: 0, dismissed: 0 };
  for (const h of list.hidden) counts[h.by]++;
  const back = (id: string, by: string) =>
    (by === 'dismissed'
      ? send({ type: 'advice.dismiss', id, dismissed: false })
      : send({ type: 'today.mark', id, state: 'open' })
    ).catch((err) => console.error('[opslens] today action failed', err));
  let rank = 0;
  return (
    <section className="today" aria-label={t(lang, 'todayTitle')}>
      <header className="today-head">
        <h2>{t(lang, 'todayTitle')}</h2>
        <p className="today-count">{t(lang, 'todayCount', { n: list.visible })}</p>
      </header>
      <FirstRun db={db} lang={lang} />
      <AlertList db={db} lang={lang} />
      <TodaySince since={list.since} lang={lang} />
      {list.visible === 0 && <p className="empty">{t(lang, 'todayEmpty')}</p>}
      {list.groups.map((g) => {
        const all = open.has(g.problem);
        const shown = all ? g.items : g.items.slice(0, FIRST);
        const first = rank;
        rank += g.items.length;
        return (
          <section key={g.problem} className="today-group" data-problem={g.problem}>
            <h3>
              {t(lang, `problem_${g.problem}`)} <span className="muted">{g.items.length}</span>
            </h3>
            <ol className="today-list">
              {shown.map((item, i) => (
                <TodayRow key={item.id} item={item} rank={first + i + 1} lang={lang} />
              ))}
            </ol>
            {shown.length < g.items.length && (
              <button type="button" className="link" onClick={() => setOpen(new Set([...open, g.problem]))}>
                {t(lang, 'todayShowAll', { n: g.items.length })}
              </button>
            )}
          </section>
        );
      })}
      {list.hidden.length > 0 && (
        <footer className="today-hidden">
          <span className="muted">{t(lang, 'todayHiddenSummary', counts)}</span>{' '}
          <button type="button" className="link" onClick={() => setShowHidden(!showHidden)}>
            {t(lang, showHidden ? 'todayHideHidden' : 'todayShowHidden')}
          </button>
          {showHidden && (
            <ul>
              {list.hidden.map(({ item, by }) => (
                <li key={item.id}>
                  {nameOf(item)} <span className="muted">({t(lang, `todayHidden${cap(by)}`)})</span>{' '}
                  <button type="button" className="link" onClick={() => void back(item.id, by)}>
                    {t(lang, 'todayBack')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </footer>
      )}
      <p className="muted small">{t(lang, 'todayRankNote')}</p>
    </section>
  );
}

const cap = <S extends string>(s: S) => `${s[0]!.toUpperCase()}${s.slice(1)}` as Capitalize<S>;
