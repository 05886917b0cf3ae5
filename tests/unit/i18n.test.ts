import { describe, expect, it } from 'vitest';
import {
  fieldLabel,
  importKindLabel,
  type Key,
  kindLabel,
  type Lang,
  metricLabel,
  reasonText,
  ruleName,
  settingLabel,
  settingSource,
  t,
} from '../../lib/i18n';
import { en } from '../../lib/i18n/en';
import { numbersFor } from '../../lib/i18n/fmt';
import { zh } from '../../lib/i18n/zh';
import { METRIC_NAMES } from '../../lib/model/metrics';
import { ADVICE_DEFAULTS, type AdviceSettings } from '../../lib/settings/advice-settings';
import { SAMPLES } from '../helpers/i18n-samples';

const LANGS: Lang[] = ['en', 'zh'];
const KEYS = Object.keys(en) as Key[];
const sample = (key: Key) => (SAMPLES as Record<string, Record<string, unknown> | undefined>)[key];
const format = t as (lang: Lang, key: Key, params?: unknown) => string;
const render = (lang: Lang, key: Key) => format(lang, key, sample(key));
/** The sample with the caller's texts (names, dates, reasons) as a Chinese placeholder; codes kept. */
const chineseSample = (key: Key) =>
  Object.fromEntries(
    Object.entries(sample(key) ?? {}).map(([k, v]) => [
      k,
      typeof v === 'string' && k !== 'currency' && k !== 'what' ? '甲' : v,
    ]),
  );

describe('catalogues', () => {
  it('en and zh have the same keys, each a text in both or a message with parameters in both', () => {
    expect(Object.keys(zh).sort()).toStrictEqual([...KEYS].sort());
    for (const k of KEYS) expect(typeof zh[k], k).toBe(typeof en[k]);
  });

  it('has sample parameters for exactly the messages that take them', () => {
    const withParams = KEYS.filter((k) => typeof en[k] === 'function').sort();
    expect(Object.keys(SAMPLES).sort()).toStrictEqual(withParams);
  });

  it('renders every message in both languages as plain text, nothing left unfilled', () => {
    for (const lang of LANGS)
      for (const key of KEYS) {
        const text = render(lang, key);
        expect(text, `${lang}:${key}`).not.toBe('');
        expect(text, `${lang}:${key}`).not.toMatch(/\{[^}]*\}|undefined|NaN|\[object |<[a-z/!]/i);
      }
  });

  it('leaves no English sentence in the Chinese catalogue except names', () => {
    // Ids and product names stay Latin (OpsLens, ACoS, CPC, Sellics...), sentences do not.
    for (const key of KEYS) {
      const text = format('zh', key, chineseSample(key));
      expect(text, key).not.toMatch(/\b(the|and|is|of|to|for)\b/);
    }
  });
});

describe('plurals and numbers', () => {
  it('English has one and other; Chinese has one form', () => {
    expect(t('en', 'savedRows', { n: 1 })).toBe('Saved 1 row');
    expect(t('en', 'savedRows', { n: 2 })).toBe('Saved 2 rows');
    expect(t('en', 'savedRows', { n: 0 })).toBe('Saved 0 rows');
    expect(t('zh', 'savedRows', { n: 1 })).toBe('已保存 1 行');
    expect(t('zh', 'savedRows', { n: 2 })).toBe('已保存 2 行');
    expect(t('en', 'points', { n: 1 })).toBe('1 reading');
    expect(t('en', 'needMoreData', { n: 1 })).toBe('1 needs more clicks before judging');
    expect(t('en', 'needMoreData', { n: 3 })).toBe('3 need more clicks before judging');
    expect(t('en', 'importDone', { added: 1, skipped: 0 })).toBe('Imported 1 new reading (0 already there).');
    expect(t('en', 'counts', { snapshots: 1, entities: '1' })).toBe('1 reading of 1 entity');
    expect(t('en', 'counts', { snapshots: '1,200', entities: 2 })).toBe('1,200 readings of 2 entities');
  });

  it('formats the numbers it inserts in the UI language', () => {
    expect(t('en', 'savedRows', { n: 1234 })).toBe('Saved 1,234 rows');
    expect(t('zh', 'entitiesCount', { n: 12, total: 1500 })).toBe('12 / 1,500');
    expect(t('en', 'inherited', { value: 2.5 })).toBe('inherited: 2.5');
  });

  it('chooses the plural form for the number as shown, not as computed', () => {
    const f = numbersFor('en', () => '');
    expect(f.plural(1.04, { one: '# unit', other: '# units' }, 1)).toBe('1 unit');
    expect(f.plural(1.5, { one: '# unit', other: '# units' }, 1)).toBe('1.5 units');
  });

  it('shows a number compared with a threshold at a precision where the two differ', () => {
    const f = numbersFor('en', () => '');
    expect(f.pct(0.30004, 0.3)).toBe('30.004%');
    expect(f.pct(0.4, 0.25)).toBe('40%');
    expect(f.fixed(2.496, 2, 2.5)).toBe('2.496');
    expect(f.fixed(1.28, 2, 2.5)).toBe('1.28');
    expect(f.p(0.0499, 0.05)).toBe('p = 0.0499');
    expect(f.p(0.0004, 0.05)).toBe('p < 0.001');
  });
});

describe('typed helpers', () => {
  it('names every metric, setting, rule and kind in both languages', () => {
    for (const lang of LANGS) {
      for (const m of METRIC_NAMES) expect(metricLabel(lang, m)).not.toMatch(/^metric_/);
      for (const s of Object.keys(ADVICE_DEFAULTS) as (keyof AdviceSettings)[]) {
        expect(settingLabel(lang, s)).not.toMatch(/^setting_/);
        expect(settingSource(lang, s)).not.toMatch(/^settingSource_/);
      }
    }
    expect(metricLabel('zh', 'qualityScorePc')).toBe('质量分（PC）');
    expect(settingSource('zh', 'buyBoxMin')).toBe('常见做法');
    expect(ruleName('zh', 'cartNoPay')).toBe('加购未付');
    expect(kindLabel('en', 'searchTerm')).toBe('Search term');
    expect(importKindLabel('zh', 'backup')).toBe('JSON 备份');
    expect(importKindLabel('en', 'new-report')).toBe('new-report');
  });

  it('labels missing fields as the UI names them, and keeps an unknown one as it is', () => {
    expect(fieldLabel('zh', 'price')).toBe('价格');
    expect(fieldLabel('zh', 'availability')).toBe('库存状态');
    expect(fieldLabel('en', 'childAsin')).toBe('ASIN column');
    expect(fieldLabel('en', 'somethingNew')).toBe('somethingNew');
    expect(fieldLabel('en', 'toString')).toBe('toString');
    expect(t('zh', 'couldNotRead', { fields: ['price', 'seller'] })).toBe('OpsLens 未能读取：价格、卖家。');
    expect(t('en', 'couldNotRead', { fields: 'price, seller' })).toBe(
      'OpsLens could not read: price, seller.',
    );
  });

  it('says why a page was not read, or the adapter’s reason when there is no text for it', () => {
    expect(reasonText('zh', 'captcha')).toBe('页面显示验证码');
    expect(reasonText('en', 'no-table')).toBe('no table OpsLens knows is on the page');
    expect(reasonText('en', 'odd-reason')).toBe('odd-reason');
    expect(reasonText('en', undefined)).toBe('');
  });

  it('returns a key it does not know as itself (dynamic keys from callers not yet converted)', () => {
    expect(t('en', 'rule_nope' as Key as 'appName')).toBe('rule_nope');
  });
});
