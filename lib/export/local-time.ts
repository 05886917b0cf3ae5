/**
 * Times as the operator reads them: the wall clock of their time zone (the browser's, unless a test names
 * one). Spreadsheets have no time zones, so an export writes local times; the machine-readable variant
 * adds the offset, so a re-import finds the same instant.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

function partsOf(ms: number, timeZone: string | undefined): Record<string, number> {
  const id = timeZone ?? '';
  let f = formats.get(id);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(id, f);
  }
  const out: Record<string, number> = {};
  for (const p of f.formatToParts(ms)) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out;
}

/** The zone's offset at `ms` (a whole second), by Intl: wall clock minus the instant. */
function exactOffset(ms: number, timeZone: string | undefined): number {
  const p = partsOf(ms, timeZone);
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - ms;
}

// Offsets change a few times a year, at instants on a quarter hour: an export of 100,000 readings asks Intl
// once per quarter hour they fall in, not once per reading (formatToParts was 40% of an export's time). A
// quarter hour whose two ends disagree (it holds a change) is asked reading by reading.
const QUARTER = 15 * 60_000;
const MIXED = Number.NaN;
const offsets = new Map<string, Map<number, number>>();

function offsetAt(ms: number, timeZone: string | undefined): number {
  const second = ms - (((ms % 1000) + 1000) % 1000);
  let cache = offsets.get(timeZone ?? '');
  if (!cache || cache.size > 50_000) {
    cache = new Map();
    offsets.set(timeZone ?? '', cache);
  }
  const q = Math.floor(ms / QUARTER);
  let o = cache.get(q);
  if (o === undefined) {
    const first = exactOffset(q * QUARTER, timeZone);
    o = first === exactOffset((q + 1) * QUARTER - 1000, timeZone) ? first : MIXED;
    cache.set(q, o);
  }
  return Number.isNaN(o) ? exactOffset(second, timeZone) : o;
}

/** The local wall-clock time of `iso` as if it were UTC: what an Excel date cell (which has no zone) holds. */
export function wallClock(iso: string, timeZone?: string): Date {
  const ms = Date.parse(iso);
  return new Date(ms + offsetAt(ms, timeZone));
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `2026-11-21 18:05:09`: Excel reads it as a date and time in any locale. */
export function localStamp(iso: string, timeZone?: string): string {
  const d = wallClock(iso, timeZone);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** `2026-11-21T18:05:09.000+08:00`: local time with its offset, the same instant as `iso`. */
export function localIso(iso: string, timeZone?: string): string {
  const ms = Date.parse(iso);
  const wall = wallClock(iso, timeZone);
  const offset = Math.round((wall.getTime() - ms) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${wall.toISOString().slice(0, 23)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
