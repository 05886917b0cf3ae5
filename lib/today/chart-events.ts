import type { AlertRow } from '../db/schema';
import type { ExperimentRow } from '../experiments/types';
import type { SnapshotRecord } from '../model';

// What a history chart marks (issue 15): the changes the operator recorded, the alerts raised on the entity,
// and the readings where it ran out of stock. The chart draws a line at each; the list under it says what.

export type ChartEventKind = 'experiment' | 'alert' | 'stockOut';

export interface ChartEvent {
  at: number;
  kind: ChartEventKind;
  experiment?: ExperimentRow;
  alert?: AlertRow;
}

/**
 * Readings where available stock is 0 after a reading with stock (or the first reading, at 0), at the
 * reading's period end (where the chart draws its point), else when it was read.
 */
export function stockOuts(readings: SnapshotRecord[]): number[] {
  const out: number[] = [];
  let before: number | undefined;
  for (const r of [...readings].sort((a, b) => a.capturedAt.localeCompare(b.capturedAt))) {
    const a = r.metrics.available;
    if (a === undefined) continue;
    if (a === 0 && (before === undefined || before > 0))
      out.push(r.period ? Date.parse(`${r.period.to}T00:00:00`) : Date.parse(r.capturedAt));
    before = a;
  }
  return out;
}

export function chartEvents(
  readings: SnapshotRecord[],
  experiments: ExperimentRow[],
  alerts: AlertRow[],
): ChartEvent[] {
  const events: ChartEvent[] = [
    ...experiments.map((e) => ({ at: Date.parse(e.at), kind: 'experiment' as const, experiment: e })),
    ...alerts.map((a) => ({ at: Date.parse(a.raisedAt), kind: 'alert' as const, alert: a })),
    ...stockOuts(readings).map((at) => ({ at, kind: 'stockOut' as const })),
  ];
  return events.filter((e) => Number.isFinite(e.at)).sort((a, b) => a.at - b.at);
}
