// The reporting period a console page states: in its address, its date picker's attributes and inputs, and the
// range it prints. Shared by the Amazon and Alibaba consoles.

import { type DateOrder, type Period, periodReadings } from '../../parse';
import { combine, type Finding, type Signal } from './finding';
import { inDateControl, inlineScripts, oncePerText, shortTexts, urlParams, walkPage } from './scan';

/** The page's d/m order and what told it. */
export interface OrderSource {
  order: DateOrder;
  via: string;
}

/** How a locale writes `01/10/2026`; undefined where we do not know (ja, zh, en-CA write years first or both). */
export function localeOrder(locale: string): DateOrder | undefined {
  const l = locale.replace('_', '-').toLowerCase();
  if (/^(?:en|en-us|es-us|en-ph)$/.test(l)) return 'mdy';
  if (/^en-(?:gb|au|ie|in|nz|sg|za|ae)$/.test(l)) return 'dmy';
  if (/^(?:de|fr|it|es|nl|pl|sv|tr|pt|ar)(?:-[a-z]+)?$/.test(l) && l !== 'fr-ca') return 'dmy';
  return undefined;
}

/** The d/m order the page's own locale implies: a date picker's locale, the console's config, then `<html lang>`. */
export function pageDateOrder(doc: Document): OrderSource | undefined {
  const sources: [string, string | null | undefined][] = [
    ['picker locale', pickerLocale(doc)],
    ['config locale', configLocale(doc)],
    ['html lang', doc.documentElement.getAttribute('lang')],
  ];
  for (const [via, locale] of sources) {
    const order = locale ? localeOrder(locale) : undefined;
    if (order) return { order, via: `${via} ${locale}` };
  }
  return undefined;
}

/** The first Katal date picker's locale, looked for outside table bodies (a document-wide query costs a lot on big tables). */
function pickerLocale(doc: Document): string | undefined {
  let locale: string | undefined;
  walkPage(doc, (el) => {
    if (locale !== undefined) return false;
    if (
      (el.tagName === 'KAT-DATE-RANGE-PICKER' || el.tagName === 'KAT-DATE-PICKER') &&
      el.hasAttribute('locale')
    )
      locale = el.getAttribute('locale')!;
    return locale === undefined;
  });
  return locale;
}

// Seller Central's `#sc-nav-config`, the ads console's bootstrap and similar: one locale named in inline data.
function configLocale(doc: Document): string | undefined {
  const found = new Set(inlineScripts(doc).flatMap(scriptLocales));
  return found.size === 1 ? [...found][0] : undefined;
}
const scriptLocales = oncePerText((text: string) =>
  Array.from(
    text.matchAll(/["']?(?:locale|language)["']?\s*[:=]\s*["']([a-z]{2}(?:[-_][A-Za-z]{2})?)["']/g),
    (m) => m[1]!,
  ),
);

const key = (p: Period) => `${p.from}~${p.to}`;

/** A signal from every reading of what one place states: definite, resolved by the page's order, or both readings. */
export function periodSignal(
  via: string,
  readings: Period[],
  order?: OrderSource,
): Signal<Period> | undefined {
  if (readings.length === 0) return undefined;
  if (readings.length === 1) return { via, value: readings[0]! };
  if (order)
    return { via: `${via} (${order.order}: ${order.via})`, value: readings[order.order === 'mdy' ? 0 : 1]! };
  return { via, oneOf: readings };
}

const PAIRS: [string, string][] = [
  ['fromDate', 'toDate'],
  ['filterFromDate', 'filterToDate'],
  ['startDate', 'endDate'],
  ['dateFrom', 'dateTo'],
  ['beginDate', 'endDate'],
  ['startTime', 'endTime'],
  ['start', 'end'],
  ['from', 'to'],
];
const RANGES = ['dateRange', 'daterange', 'date_range', 'range'];

/** Date parameters in the address and its hash route: `fromDate/toDate`, `start/end`, `dateRange=a|b`, … */
export function urlPeriodSignals(url: URL, order?: OrderSource): Signal<Period>[] {
  const out: Signal<Period>[] = [];
  const add = (via: string, text: string) => {
    const s = periodSignal(via, periodReadings(text), order);
    if (s) out.push(s);
  };
  for (const params of urlParams(url)) {
    for (const [a, b] of PAIRS) {
      const from = params.get(a);
      const to = params.get(b);
      if (from && to) add(`url ${a}/${b}`, `${from} ~ ${to}`);
    }
    for (const name of RANGES) {
      const v = params.get(name);
      const parts = v?.split(/\s*[|,~]\s*|\s+-\s+|_/);
      if (parts?.length === 2) add(`url ${name}`, `${parts[0]} ~ ${parts[1]}`);
    }
  }
  return out;
}

const INPUT_PAIRS = PAIRS.slice(0, 6);
const INPUT_NAMES = new Set(INPUT_PAIRS.flat());

/** The date picker's own attributes and inputs: `kat-date-range-picker start-value/end-value`, `data-start-date`, … */
export function pickerPeriodSignals(doc: Document, order?: OrderSource): Signal<Period>[] {
  const out: Signal<Period>[] = [];
  const add = (via: string, from: string | null | undefined, to: string | null | undefined) => {
    const s = from && to ? periodSignal(via, periodReadings(`${from} ~ ${to}`), order) : undefined;
    if (s) out.push(s);
  };
  // One pass over the page outside its table bodies: selector queries cost a lot on big tables.
  walkPage(doc, (el) => {
    if (el.hasAttribute('start-value'))
      add(
        `${el.tagName.toLowerCase()} start-value`,
        el.getAttribute('start-value'),
        el.getAttribute('end-value'),
      );
    if (el.hasAttribute('data-start-date'))
      add('data-start-date', el.getAttribute('data-start-date'), el.getAttribute('data-end-date'));
    return true;
  });
  // And one over the inputs, anywhere (old report forms sit in layout tables), a bid column's included:
  // names first, the value only of an input we would use.
  const byName = new Map<string, string>();
  const dates: Element[] = [];
  const wanted = (n: string | null): n is string => !!n && INPUT_NAMES.has(n) && !byName.has(n);
  const inputs = doc.getElementsByTagName('input');
  for (let i = 0; i < inputs.length; i++) {
    const el = inputs[i]!;
    const name = el.getAttribute('name');
    const id = el.id;
    const date = el.getAttribute('type') === 'date';
    if (!wanted(name) && !wanted(id) && !date) continue;
    const value = el.getAttribute('value');
    if (!value) continue;
    if (wanted(name)) byName.set(name, value);
    if (wanted(id)) byName.set(id, value);
    if (date) dates.push(el);
  }
  for (const [a, b] of INPUT_PAIRS) add(`input ${a}/${b}`, byName.get(a), byName.get(b));
  if (dates.length === 2)
    add('input type=date', dates[0]!.getAttribute('value'), dates[1]!.getAttribute('value'));
  return out;
}

const LOOKS_LIKE_DATE = /\d{4}|\d[./]\d/;
const RELATIVE = /(?:最近|近|last)\s*\d/i;
const COMPARISON = /compar|vergleich|confront|\bvs\b|对比|比较|比較/i;

/**
 * The ranges the page prints in short texts; where several differ, the one inside a date control wins.
 * Lone dates count only inside date controls: one is a one-day period, two (a picker's start and end) a range.
 */
export function textPeriodSignals(doc: Document, order?: OrderSource, today?: string): Signal<Period>[] {
  const seen = new Map<string, { readings: Period[]; control: boolean }>();
  const lone: string[] = [];
  for (const { el, text } of shortTexts(
    doc,
    (t) => (LOOKS_LIKE_DATE.test(t) || (today !== undefined && RELATIVE.test(t))) && !COMPARISON.test(t),
  )) {
    const readings = periodReadings(text, today);
    if (!readings.length) continue;
    const control = inDateControl(el);
    if (readings.every((r) => r.from === r.to)) {
      if (control && !lone.includes(text)) lone.push(text);
      continue;
    }
    // A leaf and its parent may print the same range with and without a label: one statement.
    const k = readings.map(key).join('|');
    const prior = seen.get(k);
    if (prior) prior.control ||= control;
    else seen.set(k, { readings, control });
  }
  let shown = [...seen.values()];
  if (shown.length > 1 && shown.some((s) => s.control)) shown = shown.filter((s) => s.control);
  if (!shown.length && (lone.length === 1 || lone.length === 2)) {
    const readings = periodReadings(lone.length === 1 ? lone[0] : `${lone[0]} ~ ${lone[1]}`, today);
    if (readings.length) shown = [{ readings, control: true }];
  }
  return shown.flatMap((s) => periodSignal('text', s.readings, order) ?? []);
}

/** Combines period signals; `none` offers the readings still possible (e.g. both orders of `01/10/2026`). */
export function periodFinding(signals: Signal<Period>[]): Finding<Period> {
  return combine(signals, key);
}
