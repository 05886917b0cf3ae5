import { useEffect, useState } from 'react';
import { type FeatureId, featuresOffItem } from '../features/feature';
import type { Lang } from '../lib/i18n';

// Strings of this list until they join the one catalogue in lib/i18n (issue 12).
const TEXT = {
  title: { en: 'On the pages', zh: '页面上的功能' },
  note: {
    en: 'Pages are read and saved either way; a change applies to pages opened afterwards.',
    zh: '无论开关与否，页面都会被读取并保存；更改对之后打开的页面生效。',
  },
  'console-panel': { en: 'Summary panel on console pages', zh: '后台页面上的摘要面板' },
  'row-badges': { en: 'Advice badges beside table rows', zh: '表格行旁的建议标记' },
  'product-card': { en: 'Quick-glance card on product pages', zh: '商品页上的速览卡片' },
} as const;

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
      <legend>{TEXT.title[lang]}</legend>
      {FEATURES.map((id) => (
        <label key={id} className="check">
          <input
            type="checkbox"
            data-feature={id}
            checked={!off.includes(id)}
            onChange={(e) => toggle(id, e.currentTarget.checked)}
          />{' '}
          {TEXT[id][lang]}
        </label>
      ))}
      <p className="muted">{TEXT.note[lang]}</p>
    </fieldset>
  );
}
