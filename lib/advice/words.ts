import { formatCount, formatMoney, formatRate } from '../format';

// Number formatting inside advice sentences, the same in both languages' sentences.
export const money = (v: number, currency: string | undefined) => ({
  en: formatMoney(v, currency, 'en'),
  zh: formatMoney(v, currency, 'zh'),
});
export const pct = (v: number) => formatRate(v, 'en');
export const count = (v: number) => formatCount(v, 'en');
export const ratio = (v: number) => v.toFixed(2);
/** `p = 0.012` or `p < 0.001`. */
export const pValue = (p: number) => (p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`);
