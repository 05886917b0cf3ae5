import { describe, expect, it } from 'vitest';
import type { SnapshotRecord } from '../../lib/model';
import { resolveSettings } from '../../lib/settings/advice-settings';
import { ageDays, inLaunch, launchChecks } from '../../lib/today/launch';

const s = resolveSettings(undefined); // lead time 30, 100 sessions a week, 10% conversion, new for 30 days
const rec = (capturedAt: string, metrics: Record<string, number>, period?: [string, string], attrs = {}) =>
  ({
    kind: 'listing',
    platform: 'amazon',
    marketplace: 'amazon.com',
    key: 'B0NEW00001',
    source: period ? 'amazon.business-report' : 'amazon.inventory',
    capturedAt,
    url: 'https://sellercentral.amazon.com/business-reports',
    metrics,
    attrs,
    ...(period ? { period: { from: period[0], to: period[1] } } : {}),
  }) as SnapshotRecord;

const week = rec('2026-11-30T08:00:00.000Z', { sessions: 700, unitsOrdered: 70 }, [
  '2026-11-23',
  '2026-11-29',
]);
const stateOf = (checks: ReturnType<typeof launchChecks>) =>
  Object.fromEntries(checks.map((c) => [c.step, c.state]));

describe('launch checklist, worked by hand', () => {
  it('a week of 700 sessions and 70 units with 250 in stock', () => {
    const checks = launchChecks([rec('2026-11-30T09:00:00.000Z', { available: 250 }), week], s);
    // 70 units / 7 days = 10 a day; 250 / 10 = 25 days of cover < lead time 30: to do.
    // 700 sessions in 7 days = 700 a week >= 100: done. 70 / 700 = 10%, exactly the 10% minimum: done.
    expect(stateOf(checks)).toStrictEqual({
      inStock: 'todo',
      firstSale: 'done',
      traffic: 'done',
      conversion: 'done',
    });
    expect(checks[0]!.used).toStrictEqual({ available: 250, daysOfCover: 25 });
    expect(checks[3]!.used).toStrictEqual({ conversion: 0.1, sessions: 700 });
  });
  it('300 in stock covers the lead time exactly (30 days)', () => {
    expect(launchChecks([rec('2026-11-30T09:00:00.000Z', { available: 300 }), week], s)[0]!.state).toBe(
      'done',
    );
  });
  it('says "not read" for what the readings do not show, never done', () => {
    const checks = launchChecks([rec('2026-11-30T09:00:00.000Z', { available: 0 })], s);
    expect(stateOf(checks)).toStrictEqual({
      inStock: 'todo',
      firstSale: 'unknown',
      traffic: 'unknown',
      conversion: 'unknown',
    });
    expect(stateOf(launchChecks([], s)).inStock).toBe('unknown');
  });
  it('does not judge conversion on too few sessions: 1 unit of 20 sessions is luck', () => {
    const few = rec('2026-11-30T08:00:00.000Z', { sessions: 20, unitsOrdered: 1 }, [
      '2026-11-29',
      '2026-11-29',
    ]);
    const checks = launchChecks([few], s);
    // 20 sessions in one day = 140 a week: traffic done; conversion 5% of 20 sessions: fewer than 100, not judged.
    expect(stateOf(checks)).toMatchObject({ traffic: 'done', conversion: 'unknown' });
  });
  it('is a launch for 30 days from 千牛 创建时间 (China time), else from the first reading', () => {
    const listed = rec('2026-11-30T08:00:00.000Z', {}, undefined, { createdAt: '2026-11-20 08:00:00' });
    // 2026-11-20 08:00 +08:00 = 00:00 UTC; to 2026-12-01 00:00 UTC: 11 days.
    const age = ageDays([listed], '2026-11-30T00:00:00.000Z', Date.parse('2026-12-01T00:00:00.000Z'));
    expect(age).toBeCloseTo(11, 9);
    expect(inLaunch(30, s)).toBe(true);
    expect(inLaunch(30.5, s)).toBe(false);
    expect(ageDays([], '2026-11-01T00:00:00.000Z', Date.parse('2026-12-01T00:00:00.000Z'))).toBeCloseTo(
      30,
      9,
    );
  });
});
