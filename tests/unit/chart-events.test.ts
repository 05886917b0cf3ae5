import { describe, expect, it } from 'vitest';
import type { AlertRow } from '../../lib/db/schema';
import type { ExperimentRow } from '../../lib/experiments/types';
import type { SnapshotRecord } from '../../lib/model';
import { chartEvents, stockOuts } from '../../lib/today/chart-events';

const at = (capturedAt: string, available?: number) =>
  ({
    capturedAt,
    metrics: available === undefined ? { sessions: 10 } : { available },
  }) as unknown as SnapshotRecord;

describe('chart events', () => {
  it('marks the reading a product ran out, once per stock-out, and the first reading at 0', () => {
    const rs = [
      at('2026-11-05T00:00:00Z', 0), // first reading already out
      at('2026-11-01T00:00:00Z', 5), // out of order on purpose: sorted by time first
      at('2026-11-06T00:00:00Z'), // no stock figure: neither in nor out
      at('2026-11-07T00:00:00Z', 0), // still out: not a new stock-out
      at('2026-11-08T00:00:00Z', 12),
      at('2026-11-09T00:00:00Z', 0), // out again
    ];
    // Sorted: 11-01 (5), 11-05 (0: out), 11-07 (0), 11-08 (12), 11-09 (0: out).
    expect(stockOuts(rs)).toStrictEqual([
      Date.parse('2026-11-05T00:00:00Z'),
      Date.parse('2026-11-09T00:00:00Z'),
    ]);
    expect(stockOuts([at('2026-11-01T00:00:00Z', 0)])).toStrictEqual([Date.parse('2026-11-01T00:00:00Z')]);
  });
  it('puts changes, alerts and stock-outs on one time line, oldest first; undated ones are left out', () => {
    const e = { at: '2026-11-03T10:00:00Z', change: 'price', note: '' } as ExperimentRow;
    const a = { raisedAt: '2026-11-02T10:00:00Z', rule: 'stock' } as AlertRow;
    const bad = { raisedAt: 'not a date' } as AlertRow;
    const events = chartEvents([at('2026-11-04T00:00:00Z', 0)], [e], [a, bad]);
    expect(events.map((x) => x.kind)).toStrictEqual(['alert', 'experiment', 'stockOut']);
  });
});
