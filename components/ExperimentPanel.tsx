import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { EntityRow, OpsLensDb } from '../lib/db';
import { experimentsWithVerdicts } from '../lib/db/experiments';
import { CHANGES, type Change } from '../lib/experiments/types';
import { type Lang, t } from '../lib/i18n';
import { send } from '../lib/runtime';
import { ExperimentItem } from './ExperimentItem';

/** The entity view's experiments: record a change in one click, and each recorded change with its verdict. */
export function ExperimentPanel({ db, entity, lang }: { db: OpsLensDb; entity: EntityRow; lang: Lang }) {
  const views = useLiveQuery(
    () => experimentsWithVerdicts(db, entity),
    [db, entity.marketplace, entity.key, entity.lastCapturedAt],
  );
  const [open, setOpen] = useState(false);
  const [change, setChange] = useState<Change>('price');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const save = async () => {
    try {
      await send({
        type: 'experiment.add',
        ref: { kind: entity.kind, marketplace: entity.marketplace, key: entity.key },
        platform: entity.platform,
        url: entity.url,
        change,
        note: note.trim(),
        ...(entity.label ? { label: entity.label } : {}),
      });
      setOpen(false);
      setNote('');
      setError(undefined);
    } catch (err) {
      setError(String((err as Error)?.message ?? err));
    }
  };
  return (
    <section className="experiment-panel" aria-labelledby="exp-title">
      <h3 id="exp-title">{t(lang, 'expTitle')}</h3>
      {open ? (
        <form
          className="inline exp-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <select
            aria-label={t(lang, 'expWhat')}
            value={change}
            onChange={(e) => setChange(e.target.value as Change)}
          >
            {CHANGES.map((c) => (
              <option key={c} value={c}>
                {t(lang, `expChange_${c}`)}
              </option>
            ))}
          </select>
          <input
            type="text"
            aria-label={t(lang, 'expNote')}
            placeholder={t(lang, 'expNotePlaceholder')}
            maxLength={2000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <button type="submit">{t(lang, 'expSave')}</button>
          <button type="button" className="secondary" onClick={() => setOpen(false)}>
            {t(lang, 'expCancel')}
          </button>
        </form>
      ) : (
        <button type="button" className="secondary" onClick={() => setOpen(true)}>
          ＋ {t(lang, 'expRecord')}
        </button>
      )}
      {error && <p className="warn">{t(lang, 'expSaveFailed', { error })}</p>}
      {views && views.length > 0 && (
        <ul className="experiments">
          {views.map((v) => (
            <ExperimentItem key={v.experiment.id} view={v} lang={lang} />
          ))}
        </ul>
      )}
    </section>
  );
}
