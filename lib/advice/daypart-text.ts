import type { DaypartCell, DaypartSchedule } from './daypart';

// The schedule in the form each console takes. 直通车 计划 > 分时折扣 sets a percentage per hour range of
// each weekday; Amazon Ads schedule-based bid adjustments raise or lower bids by a percentage in hour ranges.
// Adjacent hours with the same percentage are one range. Hours are the account's own time zone.

export interface HourRange {
  /** First hour, 0-23. */
  from: number;
  /** Hour after the last, 1-24. */
  to: number;
  percent: number;
}

/** Adjacent hours of one row with the same percentage, merged. */
export function hourRanges(row: readonly DaypartCell[]): HourRange[] {
  const out: HourRange[] = [];
  for (const c of [...row].sort((a, b) => a.hour - b.hour)) {
    const last = out.at(-1);
    if (last && last.to === c.hour && last.percent === c.percent) last.to = c.hour + 1;
    else out.push({ from: c.hour, to: c.hour + 1, percent: c.percent });
  }
  return out;
}

const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;
export const rangeText = (r: HourRange) => `${hh(r.from)}-${hh(r.to)}`;

/** 直通车 分时折扣: every range with its percentage, `00:00-08:00 100%`. */
export const subwayLine = (r: HourRange) => `${rangeText(r)} ${r.percent}%`;

/** Amazon: the adjustment against the bid, `19:00-22:00 +50%` (ASCII signs: the console's number fields take them); ranges at 100% need none and are left out. */
export const amazonLine = (r: HourRange) =>
  `${rangeText(r)} ${r.percent > 100 ? '+' : '-'}${Math.abs(r.percent - 100)}%`;

/**
 * The lines to copy, one block per row (weekday names from the caller, in the UI's language). Amazon lists
 * only the ranges that change the bid; 直通车 every range, as its form has a value for every hour.
 */
export function scheduleLines(
  schedule: DaypartSchedule,
  console: 'subway' | 'amazon',
  weekdayName: (weekday: number) => string,
): string[] {
  const out: string[] = [];
  for (const [i, row] of schedule.rows.entries()) {
    const ranges = hourRanges(row);
    const lines =
      console === 'subway' ? ranges.map(subwayLine) : ranges.filter((r) => r.percent !== 100).map(amazonLine);
    if (schedule.shape === 'weekday') {
      if (lines.length) out.push(`${weekdayName(i)}: ${lines.join(', ')}`);
    } else out.push(...lines);
  }
  return out;
}
