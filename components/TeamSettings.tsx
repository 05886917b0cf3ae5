import { type FormEvent, useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { formatAgo } from '../lib/format';
import { type Lang, t } from '../lib/i18n';
import { send } from '../lib/runtime';
import { originPattern, TeamInput, type TeamStatus } from '../lib/sync/config';
import { syncProblem } from '../lib/sync/status';
import { useTeamStatus } from './use-team-status';

type Field = 'url' | 'db' | 'user' | 'password';
const FIELDS: { name: Field; label: 'teamUrl' | 'teamDb' | 'teamUser' | 'teamPassword'; type: string }[] = [
  { name: 'url', label: 'teamUrl', type: 'url' },
  { name: 'db', label: 'teamDb', type: 'text' },
  { name: 'user', label: 'teamUser', type: 'text' },
  { name: 'password', label: 'teamPassword', type: 'password' },
];
const PROBLEM = {
  url: 'teamBadUrl',
  db: 'teamBadDb',
  user: 'teamNeedUser',
  password: 'teamNeedPassword',
} as const;
const AUTOCOMPLETE: Record<Field, string> = {
  url: 'url',
  db: 'off',
  user: 'username',
  password: 'current-password',
};

type Draft = Record<Field, string> & { snapshots: boolean };
const EMPTY: Draft = { url: '', db: '', user: '', password: '', snapshots: false };

/** Which fields are wrong (the first issue of each), checked with the background's own schema. */
function problemsOf(draft: Draft): Partial<Record<Field, true>> {
  const r = TeamInput.safeParse({ ...draft, url: draft.url.trim(), db: draft.db.trim() });
  if (r.success) return {};
  return Object.fromEntries(r.error.issues.map((i) => [i.path[0], true]));
}

function StatusLine({ lang, status }: { lang: Lang; status: TeamStatus }) {
  if (!status.connected) return <p className="muted team-line">{t(lang, 'teamOff')}</p>;
  const problem = syncProblem(status);
  const host = status.url ? new URL(status.url).host : '';
  return (
    <div className="team-status">
      <p className="team-line" role="status">
        {t(lang, 'teamConnectedAs', { user: status.user ?? '', db: status.db ?? '', host })}{' '}
        {status.lastSyncAt
          ? t(lang, 'teamLastSync', { when: formatAgo(status.lastSyncAt, Date.now(), lang) })
          : t(lang, 'teamNeverSynced')}{' '}
        <span className="team-pending">{t(lang, 'teamPending', { n: status.pending })}</span>
      </p>
      {problem &&
        (status.lastError ? (
          <p className="status error team-problem" role="alert" data-error={status.lastError}>
            {t(lang, problem)}
          </p>
        ) : (
          <p className="team-problem team-readonly" data-error="readOnly">
            {t(lang, problem)}
          </p>
        ))}
    </div>
  );
}

/**
 * Settings -> Team (issue 17): the team's CouchDB server, off until the operator connects. Connect asks the
 * browser for this server's host permission in the click itself (browsers grant optional permissions only
 * from a user gesture), then hands the connection to the background, which keeps the password in
 * storage.local and says how each round went.
 */
export function TeamSettings({ lang }: { lang: Lang }) {
  const { status, setStatus, failed, setFailed } = useTeamStatus();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [shown, setShown] = useState<Partial<Record<Field, true>>>({});
  const [busy, setBusy] = useState(false);
  const [denied, setDenied] = useState(false);
  const id = useId();
  // The stored connection fills the form once (the password never comes back from the background).
  const connected = status?.connected ?? false;
  useEffect(() => {
    if (!status?.connected) return;
    setDraft((d) =>
      d.url || d.db || d.user
        ? d
        : {
            ...d,
            url: status.url ?? '',
            db: status.db ?? '',
            user: status.user ?? '',
            snapshots: status.snapshots,
          },
    );
  }, [status?.connected, status?.url, status?.db, status?.user, status?.snapshots]);

  const run = (work: Promise<{ status: TeamStatus }>) => {
    setBusy(true);
    work.then(
      (r) => {
        setStatus(r.status);
        setFailed(undefined);
      },
      (err: unknown) => setFailed(err instanceof Error ? err.message : String(err)),
    );
    void work.finally(() => setBusy(false)).catch(() => undefined);
  };

  const connect = (e: FormEvent) => {
    e.preventDefault();
    const problems = problemsOf(draft);
    setShown(problems);
    setDenied(false);
    if (Object.keys(problems).length) return;
    const config = { ...draft, url: draft.url.trim(), db: draft.db.trim() };
    // Before any await: the permission prompt needs the click's user gesture.
    const asked = browser.permissions.request({
      origins: [originPattern(config.url, !import.meta.env.FIREFOX)],
    });
    run(
      asked.then((granted) => {
        if (!granted) {
          setDenied(true);
          return send({ type: 'sync.status' });
        }
        setDraft((d) => ({ ...d, password: '' }));
        return send({ type: 'sync.connect', config });
      }),
    );
  };

  if (!status && !failed) return <p className="muted">{t(lang, 'loading')}</p>;
  const plainHttp =
    /^http:\/\//i.test(draft.url.trim()) && !/^http:\/\/(127\.0\.0\.1|localhost)[:/]/i.test(draft.url.trim());
  return (
    <section className="team-settings" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t(lang, 'teamTitle')}</h2>
      <p className="muted">{t(lang, 'teamIntro')}</p>
      {status && <StatusLine lang={lang} status={status} />}
      {failed && (
        <p className="status error" role="alert">
          {t(lang, 'teamFailed', { error: failed })}
        </p>
      )}
      {denied && (
        <p className="status error" role="alert">
          {t(lang, 'teamDenied')}
        </p>
      )}
      <form className="team-form" onSubmit={connect} noValidate aria-labelledby={`${id}-title`}>
        {FIELDS.map((f) => (
          <div key={f.name} className="field">
            <label htmlFor={`${id}-${f.name}`}>{t(lang, f.label)}</label>
            <input
              id={`${id}-${f.name}`}
              name={f.name}
              type={f.type}
              value={draft[f.name]}
              autoComplete={AUTOCOMPLETE[f.name]}
              spellCheck={false}
              placeholder={f.name === 'url' ? 'https://couch.example.com:6984' : undefined}
              aria-invalid={shown[f.name] ? true : undefined}
              aria-describedby={shown[f.name] ? `${id}-${f.name}-error` : `${id}-${f.name}-hint`}
              onChange={(e) => setDraft((d) => ({ ...d, [f.name]: e.target.value }))}
            />
            {shown[f.name] ? (
              <small id={`${id}-${f.name}-error`} className="field-error" role="alert">
                {t(lang, PROBLEM[f.name])}
              </small>
            ) : (
              <small id={`${id}-${f.name}-hint`} className="muted">
                {f.name === 'url'
                  ? t(lang, 'teamUrlHint')
                  : f.name === 'password'
                    ? t(lang, 'teamPasswordNote')
                    : ''}
              </small>
            )}
          </div>
        ))}
        {plainHttp && <p className="warn">{t(lang, 'teamPlainHttp')}</p>}
        <label className="check">
          <input
            type="checkbox"
            name="snapshots"
            checked={draft.snapshots}
            onChange={(e) => setDraft((d) => ({ ...d, snapshots: e.target.checked }))}
          />{' '}
          {t(lang, 'teamSnapshots')}
        </label>
        <p className="actions">
          <button type="submit" disabled={busy}>
            {t(lang, connected ? 'teamReconnect' : 'teamConnect')}
          </button>
          {connected && (
            <>
              <button type="button" disabled={busy} onClick={() => run(send({ type: 'sync.now' }))}>
                {t(lang, 'teamSyncNow')}
              </button>
              <button
                type="button"
                className="danger"
                disabled={busy}
                onClick={() => {
                  setDraft(EMPTY);
                  run(send({ type: 'sync.disconnect' }));
                }}
              >
                {t(lang, 'teamDisconnect')}
              </button>
            </>
          )}
          {busy && <span className="muted"> {t(lang, 'teamWorking')}</span>}
        </p>
      </form>
    </section>
  );
}
