import { useState } from 'react';
import { browser } from 'wxt/browser';
import { type AlertSettings, type AlertSettingsPatch, AlertSettings as Schema } from '../lib/alerts/settings';
import { alertSettingsItem, loadAlertSettings, notifiedItem } from '../lib/alerts/store';
import { formatDateTime } from '../lib/format';
import { type Lang, t } from '../lib/i18n';
import { send } from '../lib/runtime';
import { useStored } from '../lib/today/use-stored';

type Field = Exclude<keyof AlertSettings, 'notify' | 'quietFrom' | 'quietTo'>;
/** Fields shown as percentages (stored as fractions). */
const FIELDS: [Field, 'pct' | 'count'][] = [
  ['trafficDropMin', 'pct'],
  ['trafficAlpha', 'count'],
  ['baselinePeriods', 'count'],
  ['conversionDropMin', 'pct'],
  ['conversionAlpha', 'count'],
  ['spendNoOrdersClicks', 'count'],
  ['competitorPriceDrop', 'pct'],
  ['competitorRankJump', 'pct'],
];
const HOURS = Array.from({ length: 24 }, (_, h) => h);
const PERMISSION = { permissions: ['notifications' as const] };
const loadLog = () => notifiedItem.getValue();

function HourSelect(p: { label: string; value: number; onChange: (hour: number) => void }) {
  return (
    <select aria-label={p.label} value={p.value} onChange={(e) => p.onChange(Number(e.target.value))}>
      {HOURS.map((h) => (
        <option key={h} value={h}>{`${h}:00`}</option>
      ))}
    </select>
  );
}

/** Alert thresholds, opt-in notifications (the permission asked for by this click) and quiet hours. */
export function AlertSettingsForm({ lang }: { lang: Lang }) {
  const settings = useStored(alertSettingsItem, loadAlertSettings);
  const log = useStored(notifiedItem, loadLog);
  const [denied, setDenied] = useState(false);
  if (!settings) return <p className="muted">{t(lang, 'loading')}</p>;
  const save = (patch: AlertSettingsPatch) =>
    send({ type: 'alerts.settings', patch }).catch((err) => console.error('[opslens] alert settings', err));
  const toggleNotify = (on: boolean) => {
    if (!on) return void save({ notify: false });
    // Asked for in the click itself: browsers grant optional permissions only from a user gesture.
    void browser.permissions.request(PERMISSION).then(
      (granted) => {
        setDenied(!granted);
        if (granted) void save({ notify: true });
      },
      () => setDenied(true),
    );
  };
  const setNumber = (field: Field, unit: 'pct' | 'count', text: string) => {
    const value = unit === 'pct' ? Number(text) / 100 : Number(text);
    if (text.trim() === '' || !Schema.shape[field].safeParse(value).success) return;
    void save({ [field]: value });
  };
  return (
    <section className="alert-settings" aria-labelledby="alert-settings-title">
      <h2 id="alert-settings-title">{t(lang, 'alertSettingsTitle')}</h2>
      <p className="muted">{t(lang, 'alertSettingsIntro')}</p>
      <label className="check">
        <input
          type="checkbox"
          name="notify"
          checked={settings.notify}
          onChange={(e) => toggleNotify(e.target.checked)}
        />{' '}
        {t(lang, 'alertNotify')}
      </label>
      {denied && <p className="warn">{t(lang, 'alertNotifyDenied')}</p>}
      <p className="inline">
        {t(lang, 'alertQuiet')} {t(lang, 'alertQuietFrom')}
        <HourSelect
          label={`${t(lang, 'alertQuiet')} ${t(lang, 'alertQuietFrom')}`}
          value={settings.quietFrom}
          onChange={(quietFrom) => void save({ quietFrom })}
        />
        {t(lang, 'alertQuietTo')}
        <HourSelect
          label={`${t(lang, 'alertQuiet')} ${t(lang, 'alertQuietTo')}`}
          value={settings.quietTo}
          onChange={(quietTo) => void save({ quietTo })}
        />
      </p>
      {/* The advice settings' grid (page.css styles it under .settings, the advice form's own section). */}
      <div
        className="grid"
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))',
          gap: '12px 20px',
        }}
      >
        {FIELDS.map(([field, unit]) => (
          <label key={field} className="field">
            <span>{t(lang, `alertField_${field}`)}</span>
            <span className="input">
              <input
                key={settings[field]}
                type="number"
                name={field}
                step="any"
                defaultValue={unit === 'pct' ? Math.round(settings[field] * 1e4) / 100 : settings[field]}
                onBlur={(e) => setNumber(field, unit, e.target.value)}
              />
              {unit === 'pct' ? '%' : ''}
            </span>
          </label>
        ))}
      </div>
      {log && log.length > 0 && (
        <>
          <h3>{t(lang, 'alertLogTitle')}</h3>
          <ul className="alert-log">
            {[...log]
              .reverse()
              .slice(0, 5)
              .map((e) => (
                <li key={e.at} data-outcome={e.outcome}>
                  {formatDateTime(e.at, lang)} · {e.title} · {t(lang, `alertOutcome_${e.outcome}`)}
                </li>
              ))}
          </ul>
        </>
      )}
    </section>
  );
}
