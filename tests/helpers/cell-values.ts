import type { DecimalMark } from '../../lib/parse';

// Cell texts the mutations write: numbers in another locale's marks, garbage and hostile numbers.

// Numbers as other locales print them: [group, decimal].
export const LOCALES = {
  en: [',', '.'],
  de: ['.', ','],
  fr: ['\u202f', ','],
  ch: ["'", '.'],
  plainComma: ['', ','],
} as const satisfies Record<string, readonly [string, string]>;
export type LocaleName = keyof typeof LOCALES;

// Text that is only a number with its currency, unit, sign or percent: nothing else is rewritten.
const NUMERIC_ONLY =
  /^[\s\d.,%+\-−()$€£¥￥]*(?:US\$|CA\$|USD|EUR|JPY|CNY|RMB|元|円|万|亿|[kKM])?[\s\d.,%+\-−()$€£¥￥]*$/;

/** Rewrites every number in a numeric-only text from the page's decimal mark to another locale's. */
export function relocale(text: string, from: DecimalMark, to: LocaleName): string {
  if (!/\d/.test(text) || !NUMERIC_ONLY.test(text)) return text;
  const [group, decimal] = LOCALES[to];
  return text.replace(/\d[\d.,]*\d|\d/g, (token) => {
    const at = token.lastIndexOf(from);
    const int = (at >= 0 ? token.slice(0, at) : token).replace(/[.,]/g, '');
    const frac = at >= 0 ? token.slice(at + 1) : undefined;
    const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
    return frac === undefined ? grouped : `${grouped}${decimal}${frac}`;
  });
}

/** Strings that are not a number of any kind: never readable as one. */
export const GARBAGE = [
  'abc',
  'n.a.',
  '12abc',
  'x1,234',
  '1.2.3,4,5',
  '$$5',
  '5 $ 5',
  '%',
  '$',
  '¥',
  '1e5',
  '0x1F',
  'Infinity',
  '-Infinity',
  '½',
  '١٢٣',
  '12 34 5',
  '1,2,3',
  '7..5',
  '3/4',
  '∞',
  '🙂',
  'null%',
  '<b>5</b>',
  '<img src=x onerror=alert(1)>',
  '12 units',
  'approx. 40',
  'Loading…',
  '加载中',
  '约 12',
  '5 – 10',
];

/** Numbers no console shows for these metrics (negative, absurdly large, out of range): refused or valid, never NaN. */
export const HOSTILE = [
  '-5',
  '(1,234.00)',
  '−12',
  '-0',
  '+7',
  '-$5.00',
  '$-5.00',
  '-12.5%',
  '-3,5 %',
  '99999999999999999999999',
  '9'.repeat(400),
  `${'9'.repeat(309)}.5`,
  '0.0000000001',
  '1,000,000,000,000,000,000.00',
  '500%',
  '1.5万',
  '2亿',
  '12K+',
  '10万+',
];
