/** Why the dates typed for a report file cannot be its period. */
export type PeriodProblem = 'missing' | 'order' | 'future';

export type PeriodCheck =
  | { ok: true; period: { from: string; to: string } }
  | { ok: false; problem: PeriodProblem };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const real = (d: string) => DAY.test(d) && new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d;

/**
 * The date range a report was downloaded for, as typed into the import form (`<input type="date">` gives
 * `YYYY-MM-DD` or ''). Both days are needed, the end no earlier than the start, neither after `today` (the
 * operator's local day: a report covers days that have passed, today's partly).
 */
export function checkPeriod(from: string, to: string, today: string): PeriodCheck {
  if (!real(from) || !real(to)) return { ok: false, problem: 'missing' };
  if (to < from) return { ok: false, problem: 'order' };
  if (to > today) return { ok: false, problem: 'future' };
  return { ok: true, period: { from, to } };
}

/** The local day of `now` as `YYYY-MM-DD`. */
export function localDay(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
