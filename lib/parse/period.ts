import { normalizeText } from './number';

export interface Period {
  from: string;
  to: string;
}

/** Day-month or month-day: how a page writes `01/10/2026` (US English: January 10th; most others: October 1st). */
export type DateOrder = 'mdy' | 'dmy';

// Month names and their abbreviations in the console languages (en, de, fr, it, es); none means two months.
const MONTH_WORDS: [number, string][] = [
  [1, 'jan january januar jänner janvier janv gennaio gen enero ene'],
  [2, 'feb february februar février févr fév fevrier fevr febbraio febrero'],
  [3, 'mar march märz mär maerz mars marzo'],
  [4, 'apr april avril avr aprile abril abr'],
  [5, 'may mai maggio mag mayo'],
  [6, 'jun june juni juin giugno giu junio'],
  [7, 'jul july juli juillet juil luglio lug julio'],
  [8, 'aug august août aout agosto ago'],
  [9, 'sep sept september septembre settembre set septiembre setiembre'],
  [10, 'oct october oktober okt octobre ottobre ott octubre'],
  [11, 'nov november novembre noviembre'],
  [12, 'dec december dezember dez décembre déc decembre dicembre dic diciembre'],
];
const MONTHS = new Map<string, number>(
  MONTH_WORDS.flatMap(([n, words]) => words.split(' ').map((w): [string, number] => [w, n])),
);

function iso(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined;
  if (y < 1990 || y > 2200) return undefined;
  return date.toISOString().slice(0, 10);
}

/** A date as written, possibly without year or month (`Nov 1` in `Nov 1 - 7, 2026`); `alt` is the other d/m reading. */
interface Parts {
  y?: number;
  m?: number;
  d: number;
  /** Numeric day and month that could be swapped (`01/10/2026`): which one is which depends on the order. */
  swappable?: boolean;
}

function numericParts(s: string): Parts | undefined {
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})(?:日|T[\d:.]+Z?)?$/.exec(s);
  if (m) return { y: +m[1]!, m: +m[2]!, d: +m[3]! };
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m && /^(?:19|20|21)/.test(s)) return { y: +m[1]!, m: +m[2]!, d: +m[3]! };
  // German and most of Europe: 01.10.2026 is always day first.
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  if (m) return { y: +m[3]!, m: +m[2]!, d: +m[1]! };
  m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(s);
  // Stored as month/day (the US reading); `swappable` lets the order decide.
  if (m) return { y: +m[3]!, m: +m[1]!, d: +m[2]!, swappable: true };
  m = /^(?:(\d{1,2})月)?(\d{1,2})日$/.exec(s);
  if (m) return { ...(m[1] ? { m: +m[1] } : {}), d: +m[2]! };
  return undefined;
}

// `Oct 1, 2026`, `1 Oct 2026`, `1. Okt. 2026`, `01 oct. 2026`, `1er octobre 2026`, `1 de octubre de 2026`, `Nov 1`, `7, 2026`.
function wordParts(s: string): Parts | undefined {
  const words = s
    .toLowerCase()
    .replace(/(\d)(?:er|°|º)(?=\s|$)/g, '$1')
    .replace(/[.,]/g, ' ')
    .split(' ')
    .filter((w) => w !== '' && w !== 'de');
  let y: number | undefined;
  let m: number | undefined;
  let d: number | undefined;
  for (const w of words) {
    if (/^\d{4}$/.test(w) && y === undefined) y = +w;
    else if (/^\d{1,2}$/.test(w) && d === undefined) d = +w;
    else if (MONTHS.has(w) && m === undefined) m = MONTHS.get(w);
    else return undefined;
  }
  if (d === undefined) return undefined;
  // A bare number is a day only next to a range partner that has the month (`Nov 1 - 7, 2026`).
  return { ...(y !== undefined ? { y } : {}), ...(m !== undefined ? { m } : {}), d };
}

function partsOf(text: string): Parts | undefined {
  const s = normalizeText(text);
  if (s === '' || s.length > 40) return undefined;
  return numericParts(s) ?? wordParts(s);
}

function isoOf(p: Parts, order: DateOrder): string | undefined {
  if (p.y === undefined || p.m === undefined) return undefined;
  return p.swappable && order === 'dmy' ? iso(p.y, p.d, p.m) : iso(p.y, p.m, p.d);
}

/**
 * One calendar date in the forms consoles print: `2026-11-01`, `2026/11/01`, `2026年11月1日`, `01.11.2026`,
 * `11/01/2026` (read by `order`), `Jun 03, 2026`, `1 Oct 2026`, `1. Okt. 2026`, `01 oct. 2026`, `1 de octubre de 2026`.
 */
export function parseDate(text: string, order: DateOrder = 'mdy'): string | undefined {
  const p = partsOf(text);
  return p ? isoOf(p, order) : undefined;
}

/** Every reading of a date: two when day and month could be swapped and both are dates, else one or none. */
export function dateReadings(text: string): string[] {
  const p = partsOf(text);
  if (!p) return [];
  return distinct([isoOf(p, 'mdy'), isoOf(p, 'dmy')]);
}

function distinct(values: (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== undefined))];
}

function shiftDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const LABEL =
  /^(?:统计日期|统计时间|统计周期|日期范围|时间范围|日期|期間|日付範囲|Date range|Dates?|Reporting range|Zeitraum|Datumsbereich|Période|Plage de dates|Periodo|Intervallo di date|Intervalo de fechas|Rango de fechas)\s*[:：]?\s*/i;
// Where a range splits: `~`, `～`, `至`, `–`, ` - `, ` to `, ` bis `, ` au `, ` al `, and `-` between digits (`Nov 1-7, 2026`).
const SEPARATORS = /\s*(?:[~～〜至到–—−]|\s-\s|\sto\s|\sbis\s|\sau\s|\sal\s)\s*|(?<=\d)-(?=\d)/gi;

function rangeReadings(a: Parts, b: Parts): Period[] {
  const from: Parts = { ...a };
  const to: Parts = { ...b };
  // `Nov 1 - 7, 2026`: the year and month written once serve both ends.
  from.y ??= to.y;
  to.y ??= from.y;
  to.m ??= from.m;
  from.m ??= to.m;
  const out: Period[] = [];
  for (const order of ['mdy', 'dmy'] as const) {
    let f = isoOf(from, order);
    const t = isoOf(to, order);
    // `Dec 28 - Jan 3, 2027` lends its year to a date of the year before.
    if (f && t && f > t && a.y === undefined) f = isoOf({ ...from, y: from.y! - 1 }, order);
    if (f && t && f <= t && !out.some((p) => p.from === f && p.to === t)) out.push({ from: f, to: t });
  }
  return out;
}

/**
 * Every reading of a reporting range (two when the page could mean `01/10/2026` either way):
 * `2026-11-01~2026-11-07`, `2026-11-01 至 2026-11-07`, `11/01/2026 - 11/07/2026`, `01.10.2026 – 31.10.2026`,
 * `Nov 1 - 7, 2026`, `1. Okt. 2026 – 31. Okt. 2026`, `2026/10/01～2026/10/31`, a single date, or relative
 * `最近7天` / `Last 7 days` (ending the day before `today`, as 生意参谋 and Seller Central count).
 */
export function periodReadings(text: string | null | undefined, today?: string): Period[] {
  if (!text) return [];
  const s = normalizeText(text).replace(LABEL, '');
  if (s.length > 80) return [];
  for (const sep of s.matchAll(SEPARATORS)) {
    const a = partsOf(s.slice(0, sep.index));
    const b = a && partsOf(s.slice(sep.index + sep[0].length));
    if (a && b) {
      const readings = rangeReadings(a, b);
      if (readings.length) return readings;
    }
  }
  const single = dateReadings(s);
  if (single.length) return single.map((d) => ({ from: d, to: d }));
  const rel = /(?:最近|近|last)\s*(\d{1,3})\s*(?:天|日|days?)/i.exec(s);
  if (rel && today) {
    const days = Number(rel[1]);
    const to = shiftDays(today, -1);
    return [{ from: shiftDays(to, -(days - 1)), to }];
  }
  return [];
}

/** The reporting range a text states, read by `order` where day and month could be swapped. */
export function parsePeriod(
  text: string | null | undefined,
  today?: string,
  order: DateOrder = 'mdy',
): Period | undefined {
  const readings = periodReadings(text, today);
  if (readings.length < 2) return readings[0];
  // Two readings come out month-first, then day-first.
  return order === 'mdy' ? readings[0] : readings[1];
}
