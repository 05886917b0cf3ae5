import { useLiveQuery } from 'dexie-react-hooks';
import type { OpsLensDb } from '../lib/db';
import { experimentsWithVerdicts } from '../lib/db/experiments';
import { type Lang, t } from '../lib/i18n';
import { ExperimentItem } from './ExperimentItem';

/** Every recorded change, newest first, with its status and verdict. */
export function ExperimentList({ db, lang }: { db: OpsLensDb; lang: Lang }) {
  const views = useLiveQuery(() => experimentsWithVerdicts(db), [db]);
  if (!views) return <p className="muted">{t(lang, 'loading')}</p>;
  return (
    <section className="card experiment-list" aria-labelledby="exp-list-title">
      <h2 id="exp-list-title">{t(lang, 'expTitle')}</h2>
      {views.length === 0 ? (
        <p className="empty">{t(lang, 'expListEmpty')}</p>
      ) : (
        <ul className="experiments">
          {views.map((v) => (
            <ExperimentItem key={v.experiment.id} view={v} lang={lang} showName />
          ))}
        </ul>
      )}
    </section>
  );
}
