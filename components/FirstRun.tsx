import { useLiveQuery } from 'dexie-react-hooks';
import { countOwnEntities, type OpsLensDb } from '../lib/db';
import { type Lang, t } from '../lib/i18n';
import { loadSettings, settingsItem } from '../lib/settings/store';
import { CONSOLE_LINKS, firstRunHiddenItem, firstRunSteps, REPORT_SOURCES } from '../lib/today/first-run';
import { useStored } from '../lib/today/use-stored';
import './first-run.css';

const loadHidden = () => firstRunHiddenItem.getValue();

/**
 * The first-run checklist: which consoles OpsLens reads (links), the margin that makes break-even the
 * operator's own, report files to import, competitors to watch. Each step is ticked from the data itself;
 * the list goes when every step is done or the operator hides it.
 */
export function FirstRun({ db, lang, compact }: { db: OpsLensDb; lang: Lang; compact?: boolean }) {
  const settings = useStored(settingsItem, loadSettings);
  const hidden = useStored(firstRunHiddenItem, loadHidden);
  const facts = useLiveQuery(
    async () => ({
      ownEntities: await countOwnEntities(db),
      imported: (await db.history.where('source').anyOf(REPORT_SOURCES).limit(1).count()) > 0,
      watched: await db.watchlist.count(),
    }),
    [db],
  );
  if (!facts || settings === undefined || hidden === undefined || hidden) return null;
  const steps = firstRunSteps({ ...facts, settings });
  if (steps.every((s) => s.done)) return null;
  const dashboard = (hash: string) => `${chromeUrl('/dashboard.html')}#${hash}`;
  return (
    <section className={compact ? 'first-run compact' : 'first-run'} aria-labelledby="first-run-title">
      <h2 id="first-run-title">{t(lang, 'firstRunTitle')}</h2>
      <ol>
        {steps.map(({ step, done }) => (
          <li key={step} className={done ? 'done' : undefined} data-step={step}>
            <span className="tick" aria-hidden="true">
              {done ? '✓' : '○'}
            </span>
            <span className="sr-only">{t(lang, done ? 'firstRunDone' : 'firstRunToDo')}</span>
            <strong>{t(lang, `firstRun_${step}`)}</strong>{' '}
            <span className="muted">{t(lang, `firstRunHint_${step}`)}</span>
            {step === 'readConsole' && !done && (
              <ul className="console-links">
                {CONSOLE_LINKS.map((c) => (
                  <li key={c.url}>
                    <a href={c.url} target="_blank" rel="noreferrer">
                      {t(lang, c.name)}
                    </a>
                  </li>
                ))}
              </ul>
            )}
            {step === 'setMargin' && !done && (
              <a href={dashboard('settings')} target={compact ? '_blank' : undefined} rel="noreferrer">
                {t(lang, 'firstRunSetMargin')}
              </a>
            )}
            {step === 'importReport' && !done && (
              <a href={dashboard('export')} target={compact ? '_blank' : undefined} rel="noreferrer">
                {t(lang, 'firstRunImport')}
              </a>
            )}
          </li>
        ))}
      </ol>
      {!compact && (
        <button type="button" className="link" onClick={() => void firstRunHiddenItem.setValue(true)}>
          {t(lang, 'firstRunHide')}
        </button>
      )}
    </section>
  );
}

/** An extension page's URL from any extension page (popup or dashboard). */
const chromeUrl = (path: string) => new URL(path, location.href).href;
