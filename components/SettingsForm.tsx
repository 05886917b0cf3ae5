import { useEffect, useId, useState } from 'react';
import { type Lang, settingLabel, settingSource, t } from '../lib/i18n';
import { MARKETPLACES } from '../lib/marketplaces';
import { send } from '../lib/runtime';
import {
  ADVICE_DEFAULTS,
  type AdviceSettings,
  ALL_MARKETPLACES as ALL,
  productKey,
  resolveSettings,
  type SettingsPatch,
} from '../lib/settings/advice-settings';
import { FIELD_UNITS, fromDisplay, toDisplay } from '../lib/settings/fields';
import {
  dismissedItem,
  loadDismissed,
  loadSettings,
  patchSettings,
  settingsItem,
} from '../lib/settings/store';
import { AnswersList } from './AnswersList';
import { FeaturesList } from './FeaturesList';
import { RemapsList } from './RemapsList';

type Key = keyof AdviceSettings;
type Overrides = Partial<Record<Key, number>>;

/** A stored value, read once and again whenever any page or the background changes it. */
function useStored<T>(load: () => Promise<T>, item: { watch(cb: () => void): () => void }) {
  const [value, setValue] = useState<T | undefined>();
  useEffect(() => {
    const read = () => void load().then(setValue);
    read();
    return item.watch(read);
  }, [load, item]);
  return [value, setValue] as const;
}

/** The scope a link opened the settings on: `#scope=<marketplace>` or `#scope=<marketplace>|<key>`. */
function scopeFromHash(): string {
  const raw = /^#scope=(.{1,1200})$/.exec(location.hash)?.[1];
  try {
    return raw ? decodeURIComponent(raw) : '';
  } catch {
    return '';
  }
}

/**
 * Every advice threshold, per marketplace and per product. Each edit is saved as a patch of the fields it
 * changed (the background applies it to the stored settings), so nothing another page changed meanwhile,
 * such as advice dismissed in a console tab, is written back.
 */
export function SettingsForm({ lang }: { lang: Lang }) {
  const [doc, setDoc] = useStored(loadSettings, settingsItem);
  const [dismissed] = useStored(loadDismissed, dismissedItem);
  const [scope, setScope] = useState(scopeFromHash);
  const [status, setStatus] = useState('');
  const [newKey, setNewKey] = useState('');
  const scopeId = useId();
  // A product named by an advice's "Set your margin" (options.html#scope=market|key) gets its layer at once.
  useEffect(() => {
    if (doc && scope.includes('|') && !doc.products[scope])
      void patchSettings({ products: { [scope]: {} } }).then(setDoc, () => setScope(''));
  }, [doc, scope, setDoc]);
  if (!doc) return <p>{t(lang, 'loading')}</p>;

  const save = async (patch: SettingsPatch) => {
    try {
      setDoc(await patchSettings(patch));
      setStatus(t(lang, 'saved'));
    } catch (err) {
      setStatus(t(lang, 'notSaved', { why: String((err as Error)?.message ?? err) }));
    }
  };
  // '' edits the defaults of every marketplace (stored under '*'), a marketplace its own layer, `market|key` a product.
  const [market, product] = scope.includes('|') ? scope.split('|') : [scope || ALL, undefined];
  const layer: Overrides = (product ? doc.products[scope] : doc.marketplaces[market!]) ?? {};
  const inherited: AdviceSettings = resolveSettings(doc, product ? market : scope ? ALL : undefined);
  const setField = (key: Key, value: number | null) =>
    save(
      product
        ? { products: { [scope]: { [key]: value } } }
        : { marketplaces: { [market!]: { [key]: value } } },
    );

  return (
    <section className="settings" aria-labelledby={`${scopeId}-h`}>
      <h2 id={`${scopeId}-h`}>{t(lang, 'settingsTitle')}</h2>
      <p className="muted">{t(lang, 'settingsIntro')}</p>
      <label className="field scope" htmlFor={scopeId}>
        <span>{t(lang, 'scope')}</span>
        <select id={scopeId} value={scope} onChange={(e) => setScope(e.target.value)}>
          <option value="">{t(lang, 'scopeDefaults')}</option>
          {MARKETPLACES.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
          {Object.keys(doc.products).map((k) => (
            <option key={k} value={k}>
              {k.replace('|', ' · ')}
            </option>
          ))}
        </select>
      </label>
      <div className="grid">
        {(Object.keys(ADVICE_DEFAULTS) as Key[]).map((key) => {
          const unit = FIELD_UNITS[key];
          const source = settingSource(lang, key);
          const own = layer[key];
          const fallback = inherited[key];
          return (
            <ThresholdInput
              key={`${scope}|${key}`}
              label={settingLabel(lang, key)}
              hint={`${t(lang, 'inherited', { value: toDisplay(unit, fallback) })} · ${t(lang, 'defaultValue', { value: toDisplay(unit, ADVICE_DEFAULTS[key]) })}${source ? ` · ${t(lang, 'source', { source })}` : ''}`}
              unit={unit === 'pct' || unit === 'points' ? '%' : ''}
              value={own !== undefined ? String(toDisplay(unit, own)) : ''}
              placeholder={String(toDisplay(unit, fallback))}
              invalidText={t(lang, 'invalidValue')}
              onCommit={(text) => {
                if (text.trim() === '') return own === undefined ? undefined : setField(key, null);
                const v = fromDisplay(unit, text);
                // Said beside the field (ThresholdInput), not in the status line at the bottom of the form.
                if (v === undefined) return 'invalid';
                return v === own ? undefined : setField(key, v);
              }}
            />
          );
        })}
      </div>
      <h3>{t(lang, 'productOverrides')}</h3>
      <form
        className="inline"
        onSubmit={(e) => {
          e.preventDefault();
          const k = newKey.trim();
          if (!k || !market || market === ALL) return;
          const pk = productKey(market, k);
          void save({ products: { [pk]: {} } }).then(() => setScope(pk));
          setNewKey('');
        }}
      >
        <input
          aria-label={t(lang, 'productKey')}
          placeholder={t(lang, 'productKey')}
          value={newKey}
          onChange={(e) => setNewKey(e.target.value)}
          disabled={market === ALL}
        />
        <button type="submit" disabled={market === ALL || !newKey.trim()}>
          {t(lang, 'addOverride')}
        </button>
      </form>
      {Object.keys(doc.products).length === 0 ? (
        <p className="muted">{t(lang, 'noOverrides')}</p>
      ) : (
        <ul className="overrides">
          {Object.entries(doc.products).map(([k, o]) => (
            <li key={k}>
              <button type="button" className="link" onClick={() => setScope(k)}>
                {k.replace('|', ' · ')}
              </button>{' '}
              <span className="muted">{Object.keys(o).length}</span>{' '}
              <button
                type="button"
                className="link danger"
                aria-label={t(lang, 'removeOverride', { key: k })}
                onClick={() => {
                  if (scope === k) setScope('');
                  void save({ products: { [k]: null } });
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="muted">
        {t(lang, 'dismissedCount', { n: dismissed?.length ?? 0 })}{' '}
        {(dismissed?.length ?? 0) > 0 && (
          <button
            type="button"
            className="link"
            onClick={() =>
              void send({ type: 'advice.restoreAll' }).then(
                () => setStatus(t(lang, 'saved')),
                (err: unknown) =>
                  setStatus(t(lang, 'notSaved', { why: String((err as Error)?.message ?? err) })),
              )
            }
          >
            {t(lang, 'restoreDismissed')}
          </button>
        )}
      </p>
      <FeaturesList lang={lang} />
      <RemapsList lang={lang} />
      <AnswersList lang={lang} />
      <p className="status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}

/**
 * One threshold. A value that is not a number keeps the box as typed, marks it invalid, says why right
 * under it (described by the error, announced) and puts the focus back in it, scrolled into view.
 */
function ThresholdInput(props: {
  label: string;
  hint: string;
  unit: string;
  value: string;
  placeholder: string;
  invalidText: string;
  /** 'invalid' when the text is not a value. */
  onCommit: (text: string) => unknown;
}) {
  const id = useId();
  const [text, setText] = useState(props.value);
  const [invalid, setInvalid] = useState(false);
  // Focus comes back to a box the first time it turns invalid (Enter, or leaving it); leaving it again lets go.
  const commit = (input: HTMLInputElement, leaving: boolean) => {
    const bad = props.onCommit(text) === 'invalid';
    const refocus = bad && !(leaving && invalid);
    setInvalid(bad);
    if (refocus)
      setTimeout(() => {
        input.focus();
        input.scrollIntoView({ block: 'center' });
      });
  };
  return (
    <div className={`field${invalid ? ' invalid' : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      <span className="input">
        <input
          id={id}
          inputMode="decimal"
          value={text}
          placeholder={props.placeholder}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${id}-error ${id}-hint` : `${id}-hint`}
          onChange={(e) => {
            setText(e.target.value);
            if (invalid) setInvalid(false);
          }}
          onBlur={(e) => commit(e.currentTarget, true)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit(e.currentTarget, false);
          }}
        />
        {props.unit && <span className="unit">{props.unit}</span>}
      </span>
      {invalid && (
        <small id={`${id}-error`} className="field-error" role="alert">
          {props.invalidText}
        </small>
      )}
      <small id={`${id}-hint`} className="muted">
        {props.hint}
      </small>
    </div>
  );
}
