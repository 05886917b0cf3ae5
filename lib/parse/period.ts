import { normalizeText } from './number';

export interface Period {
  from: string;
  to: string;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

function iso(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined;
  return date.toISOString().slice(0, 10);
}

/** One calendar date in the forms consoles print: `2026-11-01`, `2026/11/01`, `11/01/2026` (US), `Jun 03, 2026`, `2026年11月1日`. */
export function parseDate(text: string, order: 'mdy' | 'dmy' = 'mdy'): string | undefined {
  const s = normalizeText(text);
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(s);
  if (m) return order === 'mdy' ? iso(+m[3]!, +m[1]!, +m[2]!) : iso(+m[3]!, +m[2]!, +m[1]!);
  m = /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})$/.exec(s);
  if (m) {
    const month = MONTHS[m[1]!.toLowerCase()];
    return month ? iso(+m[3]!, month, +m[2]!) : undefined;
  }
  return undefined;
}

function shiftDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * A reporting range: `2026-11-01~2026-11-07`, `2026-11-01 至 2026-11-07`, `11/01/2026 - 11/07/2026`,
 * or relative `最近7天` / `Last 7 days` (ending the day before `today`, as 生意参谋 and Seller Central count).
 */
export function parsePeriod(
  text: string | null | undefined,
  today?: string,
  order: 'mdy' | 'dmy' = 'mdy',
): Period | undefined {
  if (!text) return undefined;
  const s = normalizeText(text).replace(/^(统计日期|统计时间|日期|Date range|Dates?)\s*[:：]?\s*/i, '');
  const range = /^(.+?)\s*(?:~|～|至|到| - | – | to )\s*(.+)$/.exec(s);
  if (range) {
    const from = parseDate(range[1]!, order);
    const to = parseDate(range[2]!, order);
    if (from && to && from <= to) return { from, to };
    return undefined;
  }
  const single = parseDate(s, order);
  if (single) return { from: single, to: single };
  const rel = /(?:最近|近|last)\s*(\d{1,3})\s*(?:天|日|days?)/i.exec(s);
  if (rel && today) {
    const days = Number(rel[1]);
    const to = shiftDays(today, -1);
    return { from: shiftDays(to, -(days - 1)), to };
  }
  return undefined;
}
