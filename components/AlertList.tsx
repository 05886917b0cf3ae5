import { useLiveQuery } from 'dexie-react-hooks';
import { alertText } from '../lib/alerts/types';
import type { OpsLensDb } from '../lib/db';
import { formatAgo } from '../lib/format';
import { kindLabel, type Lang, t } from '../lib/i18n';
import { send } from '../lib/runtime';

const seen = (ids: string[]) =>
  send({ type: 'alerts.seen', ids }).catch((err) => console.error('[opslens] alerts.seen failed', err));

/** Today's alerts: what new readings raised and the operator has not seen yet, newest first. */
export function AlertList({ db, lang }: { db: OpsLensDb; lang: Lang }) {
  const open = useLiveQuery(
    async () =>
      (await db.alerts.where('status').equals('open').toArray()).sort((a, b) =>
        a.raisedAt < b.raisedAt ? 1 : -1,
      ),
    [db],
  );
  if (!open?.length) return null;
  const now = Date.now();
  return (
    <section className="alerts card" aria-labelledby="alerts-title">
      <h3 id="alerts-title">
        {t(lang, 'alertsTitle')}{' '}
        <span className="tag worse">{t(lang, 'alertsOpen', { n: open.length })}</span>{' '}
        <button type="button" className="link" onClick={() => void seen([])}>
          {t(lang, 'alertSeenAll')}
        </button>
      </h3>
      <ul className="alert-list">
        {open.map((a) => (
          <li key={a.id} className={`alert sev-${a.severity}`} data-rule={a.rule}>
            <span className="text">{alertText(a, lang)}</span>{' '}
            <span className="muted small">
              {kindLabel(lang, a.ref.kind)} · {a.ref.marketplace} ·{' '}
              {t(lang, 'alertRaised', { when: formatAgo(a.raisedAt, now, lang) })}
            </span>{' '}
            <a href={a.url} target="_blank" rel="noopener noreferrer">
              {t(lang, 'todayOpenPage')}
            </a>{' '}
            <button type="button" className="link" onClick={() => void seen([a.id])}>
              {t(lang, 'alertSeen')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
