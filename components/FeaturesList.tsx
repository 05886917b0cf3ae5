import { useEffect, useState } from 'react';
import { type FeatureId, featuresOffItem } from '../features/feature';
import { type Lang, t } from '../lib/i18n';

const FEATURES: readonly FeatureId[] = ['console-panel', 'row-badges', 'product-card'];

/** Each content-script feature with a switch. Written only here (the settings page); read by the content scripts. */
export function FeaturesList({ lang }: { lang: Lang }) {
  const [off, setOff] = useState<FeatureId[] | undefined>();
  useEffect(() => {
    void featuresOffItem.getValue().then(setOff);
    return featuresOffItem.watch((v) => setOff(v ?? []));
  }, []);
  if (!off) return null;
  const toggle = (id: FeatureId, on: boolean) => {
    const next = on ? off.filter((f) => f !== id) : [...off, id];
    setOff(next);
    void featuresOffItem.setValue(next);
  };
  return (
    <fieldset className="features">
      <legend>{t(lang, 'featuresTitle')}</legend>
      {FEATURES.map((id) => (
        <label key={id} className="check">
          <input
            type="checkbox"
            data-feature={id}
            checked={!off.includes(id)}
            onChange={(e) => toggle(id, e.currentTarget.checked)}
          />{' '}
          {t(lang, `feature_${id}`)}
        </label>
      ))}
      <p className="muted">{t(lang, 'featuresNote')}</p>
    </fieldset>
  );
}
