import { describe, expect, it } from 'vitest';
import { localIso, localStamp, wallClock } from '../../lib/export/local-time';

// Local times in exports ask Intl once per quarter hour (lib/export/local-time.ts). The oracle here asks Intl
// for every instant, as the export did before: both must agree everywhere, across every change of offset.
const ZONES = [
  'America/New_York',
  'Europe/Berlin',
  'Asia/Shanghai',
  'Australia/Lord_Howe', // a 30-minute daylight saving shift
  'Asia/Kathmandu', // +05:45
  'America/St_Johns', // -03:30 / -02:30
  'Pacific/Chatham', // +12:45 / +13:45
  'UTC',
];

function oracle(ms: number, timeZone: string): number {
  const f = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const p: Record<string, number> = Object.fromEntries(
    f.formatToParts(ms).flatMap((x) => (x.type === 'literal' ? [] : [[x.type, Number(x.value)]])),
  );
  const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return wall + (((ms % 1000) + 1000) % 1000);
}

describe('local times in exports', () => {
  it.each(ZONES)(
    '%s: the wall clock of every instant over two years, across each change of offset',
    (zone) => {
      const from = Date.UTC(2025, 0, 1);
      const to = Date.UTC(2027, 0, 1);
      let n = 0;
      // A step that is not a divisor of a quarter hour, so instants fall everywhere within them.
      for (let ms = from; ms < to; ms += 37 * 60_000 + 17_123) {
        const iso = new Date(ms).toISOString();
        expect(wallClock(iso, zone).getTime(), `${zone} ${iso}`).toBe(oracle(ms, zone));
        n++;
      }
      expect(n).toBeGreaterThan(28_000);
    },
  );

  it('the minutes around a change of offset, second by second (New York, March and November 2026)', () => {
    for (const change of [Date.UTC(2026, 2, 8, 7), Date.UTC(2026, 10, 1, 6)])
      for (let ms = change - 20 * 60_000; ms < change + 20 * 60_000; ms += 1000 + 1)
        expect(wallClock(new Date(ms).toISOString(), 'America/New_York').getTime()).toBe(
          oracle(ms, 'America/New_York'),
        );
  });

  it('a change of offset inside a quarter hour (Kolkata, 1 January 1906: +05:21:10 to +05:30) is asked second by second', () => {
    const change = Date.parse('1905-12-31T18:38:50Z');
    expect(oracle(change, 'Asia/Kolkata') - change).not.toBe(
      oracle(change - 1000, 'Asia/Kolkata') - (change - 1000),
    );
    for (let ms = change - 20 * 60_000; ms < change + 20 * 60_000; ms += 1000)
      expect(
        wallClock(new Date(ms).toISOString(), 'Asia/Kolkata').getTime(),
        new Date(ms).toISOString(),
      ).toBe(oracle(ms, 'Asia/Kolkata'));
  });

  it('writes stamps and offsets as a person and a re-import read them', () => {
    expect(localStamp('2026-11-21T10:05:09.000Z', 'Asia/Shanghai')).toBe('2026-11-21 18:05:09');
    expect(localIso('2026-11-21T10:05:09.250Z', 'Asia/Kathmandu')).toBe('2026-11-21T15:50:09.250+05:45');
    expect(localIso('2026-03-08T06:59:59.000Z', 'America/New_York')).toBe('2026-03-08T01:59:59.000-05:00');
    expect(localIso('2026-03-08T07:00:00.000Z', 'America/New_York')).toBe('2026-03-08T03:00:00.000-04:00');
  });
});
