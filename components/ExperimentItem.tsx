import { verdictLines } from '../lib/experiments/text';
import type { ExperimentView } from '../lib/experiments/types';
import { type Lang, t } from '../lib/i18n';
import { send } from '../lib/runtime';

const fail = (err: unknown) => console.error('[opslens] experiment', err);

/** One recorded change: what, when, its note, status, and each metric before against after. */
export function ExperimentItem({
  view,
  lang,
  showName,
}: {
  view: ExperimentView;
  lang: Lang;
  showName?: boolean;
}) {
  const e = view.experiment;
  return (
    <li className="experiment" data-status={view.verdict.status}>
      <div className="exp-head">
        {showName && (
          <a href={e.url} target="_blank" rel="noopener noreferrer" className="name">
            {e.label ?? e.ref.key}
          </a>
        )}
        <strong>{t(lang, 'expRecorded', { change: t(lang, `expChange_${e.change}`), day: e.day })}</strong>
        <span className={`tag exp-status ${view.verdict.status}`}>
          {t(lang, `expStatus_${view.verdict.status}`)}
        </span>
        {e.endedAt && <span className="muted">{t(lang, 'expEnded', { day: e.endedAt.slice(0, 10) })}</span>}
        <span className="exp-acts">
          {!e.endedAt && (
            <button
              type="button"
              className="link"
              onClick={() => void send({ type: 'experiment.end', id: e.id }).catch(fail)}
            >
              {t(lang, 'expEnd')}
            </button>
          )}
          <button
            type="button"
            className="link danger"
            onClick={() => void send({ type: 'experiment.end', id: e.id, remove: true }).catch(fail)}
          >
            {t(lang, 'expRemove')}
          </button>
        </span>
      </div>
      {e.note && <p className="muted exp-note">{e.note}</p>}
      <ul className="exp-lines">
        {verdictLines(view.verdict, lang).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </li>
  );
}
