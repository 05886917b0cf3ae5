import { type Lang, t } from '../lib/i18n';
import type { SnapshotRecord } from '../lib/model';
import type { AdviceSettings } from '../lib/settings/advice-settings';
import { ageDays, inLaunch, type LaunchCheck, launchChecks } from '../lib/today/launch';
import './launch.css';

const MARK = { done: '✓', todo: '○', unknown: '?' } as const;

function facts(c: LaunchCheck, lang: Lang): string {
  if (c.state === 'unknown') return t(lang, `launchNotRead_${c.step}`);
  const u = c.used;
  switch (c.step) {
    case 'inStock':
      return t(lang, 'launchFacts_inStock', {
        available: u.available!,
        ...(u.daysOfCover !== undefined ? { daysOfCover: u.daysOfCover } : {}),
      });
    case 'firstSale':
      return t(lang, 'launchFacts_firstSale', { unitsOrdered: u.unitsOrdered! });
    case 'traffic':
      return t(lang, 'launchFacts_traffic', { sessionsPerWeek: u.sessionsPerWeek! });
    case 'conversion':
      return t(lang, 'launchFacts_conversion', { conversion: u.conversion!, sessions: u.sessions! });
  }
}

function title(c: LaunchCheck, lang: Lang): string {
  const th = c.thresholds;
  switch (c.step) {
    case 'inStock':
      return t(lang, 'launchStep_inStock', { leadTimeDays: th.leadTimeDays! });
    case 'firstSale':
      return t(lang, 'launchStep_firstSale');
    case 'traffic':
      return t(lang, 'launchStep_traffic', { launchSessionsWeek: th.launchSessionsWeek! });
    case 'conversion':
      return t(lang, 'launchStep_conversion', { launchConversionMin: th.launchConversionMin! });
  }
}

/** A new product's launch steps (issue 15), ticked from its readings; nothing for a product past its launch. */
export function LaunchChecklist({
  readings,
  firstSeenAt,
  settings,
  lang,
}: {
  readings: SnapshotRecord[];
  firstSeenAt: string;
  settings: AdviceSettings;
  lang: Lang;
}) {
  const age = ageDays(readings, firstSeenAt, Date.now());
  if (!inLaunch(age, settings)) return null;
  const checks = launchChecks(readings, settings);
  return (
    <section className="launch" aria-labelledby="launch-title">
      <h3 id="launch-title">{t(lang, 'launchTitle')}</h3>
      <p className="muted small">{t(lang, 'launchIntro', { age, newDays: settings.lifecycleNewDays })}</p>
      <ul>
        {checks.map((c) => (
          <li key={c.step} className={`launch-${c.state}`} data-step={c.step}>
            <span className="mark" aria-hidden="true">
              {MARK[c.state]}
            </span>{' '}
            <strong>{title(c, lang)}</strong>{' '}
            <span className="state">{t(lang, `launchState_${c.state}`)}</span>
            <span className="muted small facts">{facts(c, lang)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
