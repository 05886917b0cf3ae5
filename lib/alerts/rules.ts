import { stockAdvice } from '../advice/listing';
import { compareReadings } from '../changes';
import type { SnapshotRecord } from '../model';
import type { AdviceSettings } from '../settings/advice-settings';
import { localDay } from '../today/day';
import type { AlertSettings } from './settings';
import { conversionAlert, trafficAlert } from './traffic';
import type { Alert, AlertRule } from './types';

// Alert rules on one new reading (issue 15). Pure: the reading, the readings before it, the one just before
// it and the settings come in; the rules it was checked by and the alerts it raises go out.

type Raised = Omit<Alert, 'rule' | 'ref' | 'platform' | 'url' | 'readingAt' | 'label'>;

/** Stock cover under lead time + safety stock: the stock advice's own judgement (lib/advice/listing.ts). */
export function stockAlert(rec: SnapshotRecord, history: SnapshotRecord[], s: AdviceSettings): Raised | null {
  const advice = stockAdvice(rec, history, s);
  if (!advice) return null;
  const { available, daysOfCover } = advice.used;
  const leadTimeDays = advice.thresholds.leadTimeDays ?? s.leadTimeDays;
  const safetyStockDays = advice.thresholds.safetyStockDays ?? s.safetyStockDays;
  if (available === undefined || daysOfCover === undefined) return null;
  const used = { available, daysOfCover, leadTimeDays, safetyStockDays };
  return {
    severity: advice.severity === 'high' ? 'high' : 'medium',
    used,
    message: { id: 'alert_stock', params: { name: rec.label ?? rec.key, ...used } },
  };
}

/** A campaign read for today alone, with at least `spendNoOrdersClicks` clicks, money spent and no order. */
export function spendNoOrdersAlert(rec: SnapshotRecord, s: AlertSettings): Raised | null {
  const m = rec.metrics;
  if (m.orders !== 0 || m.clicks === undefined || m.clicks < s.spendNoOrdersClicks) return null;
  const spend = m.spend ?? (m.cpc !== undefined ? m.cpc * m.clicks : undefined);
  if (!spend) return null;
  const used = { spend, clicks: m.clicks };
  return {
    severity: 'high',
    used,
    message: {
      id: 'alert_spendNoOrders',
      params: { name: rec.label ?? rec.key, ...used, ...(rec.currency ? { currency: rec.currency } : {}) },
    },
  };
}

/** A watched competitor's moves since its reading before: price down, out of stock, rank up sharply. */
export function competitorAlerts(
  rec: SnapshotRecord,
  previous: SnapshotRecord | null,
  s: AlertSettings,
): [AlertRule, Raised][] {
  if (!previous) return [];
  const name = rec.label ?? rec.key;
  const out: [AlertRule, Raised][] = [];
  for (const c of compareReadings(previous, rec)) {
    if (
      c.kind === 'priceDown' &&
      c.from !== undefined &&
      c.to !== undefined &&
      -(c.ratio ?? 0) >= s.competitorPriceDrop
    ) {
      const used = { from: c.from, to: c.to, drop: -(c.ratio ?? 0) };
      const currency = rec.currency ? { currency: rec.currency } : {};
      out.push([
        'competitorPrice',
        {
          severity: 'medium',
          used,
          message: { id: 'alert_competitorPrice', params: { name, ...used, ...currency } },
        },
      ]);
    }
    if (c.kind === 'outOfStock')
      out.push([
        'competitorStock',
        { severity: 'medium', used: {}, message: { id: 'alert_competitorStock', params: { name } } },
      ]);
    if (
      c.kind === 'rankUp' &&
      c.from !== undefined &&
      c.to !== undefined &&
      -(c.ratio ?? 0) >= s.competitorRankJump
    ) {
      const used = { from: c.from, to: c.to };
      out.push([
        'competitorRank',
        { severity: 'medium', used, message: { id: 'alert_competitorRank', params: { name, ...used } } },
      ]);
    }
  }
  return out;
}

export interface ReadingContext {
  /** The entity's readings before this one, oldest first. */
  history: SnapshotRecord[];
  /** Its reading just before this one. */
  previous: SnapshotRecord | null;
  /** Whether the operator watches it (competitor alerts are for watched products only). */
  watched: boolean;
  advice: AdviceSettings;
  alerts: AlertSettings;
}

export interface Evaluation {
  /** The rules that judged this reading: their alerts of this entity that it does not raise are over. */
  checked: AlertRule[];
  alerts: Alert[];
}

/** Every alert rule that applies to one new reading. */
export function evaluateReading(rec: SnapshotRecord, ctx: ReadingContext): Evaluation {
  const found: [AlertRule, Raised | null][] = [];
  const checked: AlertRule[] = [];
  if (rec.kind === 'listing') {
    checked.push('stock', 'traffic', 'conversion');
    found.push(
      ['stock', stockAlert(rec, ctx.history, ctx.advice)],
      ['traffic', trafficAlert(rec, ctx.history, ctx.alerts)],
      ['conversion', conversionAlert(rec, ctx.history, ctx.alerts)],
    );
  }
  // "Today": a campaign row of a report for the one day the reading was taken (local time).
  const day = localDay(new Date(rec.capturedAt));
  if (rec.kind === 'campaign' && rec.period?.from === day && rec.period.to === day) {
    checked.push('spendNoOrders');
    found.push(['spendNoOrders', spendNoOrdersAlert(rec, ctx.alerts)]);
  }
  if (rec.kind === 'competitor' && ctx.watched)
    found.push(...competitorAlerts(rec, ctx.previous, ctx.alerts));
  const ref = { kind: rec.kind, marketplace: rec.marketplace, key: rec.key };
  const alerts = found.flatMap(([rule, raised]): Alert[] =>
    raised
      ? [
          {
            rule,
            ref,
            platform: rec.platform,
            ...(rec.label ? { label: rec.label } : {}),
            url: rec.url,
            readingAt: rec.capturedAt,
            ...raised,
          },
        ]
      : [],
  );
  return { checked, alerts };
}
