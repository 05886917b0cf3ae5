import { useEffect, useState } from 'react';
import { storage } from 'wxt/utils/storage';
import type { OpsLensDb } from '../lib/db';
import { type Lang, t } from '../lib/i18n';
import { send } from '../lib/runtime';

/** Retention: 0 keeps everything (the default); N thins readings older than N days to one a day. */
export const retentionItem = storage.defineItem<number>('local:retentionDays', { fallback: 0, version: 1 });

const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;

export function StoragePanel({ db, lang }: { db: OpsLensDb; lang: Lang }) {
  const [estimate, setEstimate] = useState<StorageEstimate | undefined>();
  const [persisted, setPersisted] = useState<boolean | undefined>();
  const [counts, setCounts] = useState<{ snapshots: number; entities: number } | undefined>();
  const [days, setDays] = useState(0);
  const [message, setMessage] = useState('');
  useEffect(() => {
    void navigator.storage?.estimate().then(setEstimate);
    void navigator.storage?.persisted().then(setPersisted);
    void Promise.all([db.history.count(), db.entities.count()]).then(([snapshots, entities]) =>
      setCounts({ snapshots, entities }),
    );
    void retentionItem.getValue().then(setDays);
  }, [db]);
  return (
    <section className="card storage">
      <h2>{t(lang, 'storageTitle')}</h2>
      {estimate && (
        <p>{t(lang, 'storageUsed', { used: mb(estimate.usage ?? 0), quota: mb(estimate.quota ?? 0) })}</p>
      )}
      {counts && (
        <p className="muted">
          {t(lang, 'counts', {
            snapshots: counts.snapshots.toLocaleString(),
            entities: counts.entities.toLocaleString(),
          })}
        </p>
      )}
      <p>
        {persisted ? t(lang, 'storagePersisted') : t(lang, 'storageNotPersisted')}{' '}
        {!persisted && (
          <button
            type="button"
            className="secondary"
            onClick={() => void navigator.storage.persist().then(setPersisted)}
          >
            {t(lang, 'requestPersist')}
          </button>
        )}
      </p>
      <h3>{t(lang, 'retention')}</h3>
      <fieldset className="retention">
        <legend className="sr-only">{t(lang, 'retention')}</legend>
        <label>
          <input
            type="radio"
            name="retention"
            checked={days === 0}
            onChange={() => void retentionItem.setValue(0).then(() => setDays(0))}
          />{' '}
          {t(lang, 'retentionAll')}
        </label>
        {[90, 365].map((d) => (
          <label key={d}>
            <input
              type="radio"
              name="retention"
              checked={days === d}
              onChange={() => void retentionItem.setValue(d).then(() => setDays(d))}
            />{' '}
            {t(lang, 'retentionDaily', { days: d })}
          </label>
        ))}
      </fieldset>
      {days > 0 && (
        <button
          type="button"
          onClick={() =>
            // The background thins: it is the one writer of the database.
            void send({ type: 'storage.thin', days }).then(
              (r) => setMessage(t(lang, 'thinned', { n: r.removed })),
              (err: unknown) => setMessage(String((err as Error)?.message ?? err)),
            )
          }
        >
          {t(lang, 'thinNow')}
        </button>
      )}
      <p className="status" role="status">
        {message}
      </p>
    </section>
  );
}
