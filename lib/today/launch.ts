import { daysBetween } from '../advice/demand';
import type { SnapshotRecord } from '../model';
import type { AdviceSettings } from '../settings/advice-settings';

// The launch checklist of a new product (issue 15, standard processes): the steps the 新品 lifecycle stage
// implies, each ticked from the readings we hold, with the numbers and thresholds it used. A step the
// readings cannot tell is "not read", never "done".

export type LaunchStep = 'inStock' | 'firstSale' | 'traffic' | 'conversion';
export type LaunchState = 'done' | 'todo' | 'unknown';

export interface LaunchCheck {
  step: LaunchStep;
  state: LaunchState;
  used: Record<string, number>;
  thresholds: Record<string, number>;
}

const DAY_MS = 86_400_000;
const byTime = (a: SnapshotRecord, b: SnapshotRecord) => a.capturedAt.localeCompare(b.capturedAt);
const latestWith = (rs: SnapshotRecord[], metric: string) =>
  rs.filter((r) => r.metrics[metric] !== undefined).at(-1);
const spanOf = (r: SnapshotRecord) => (r.period ? daysBetween(r.period.from, r.period.to) + 1 : undefined);

/** Days since the product was listed (千牛 创建时间, China time) or, without that, since we first saw it. */
export function ageDays(readings: SnapshotRecord[], firstSeenAt: string, now: number): number {
  const created = readings.map((r) => r.attrs.createdAt).find(Boolean);
  const t = created ? Date.parse(`${created.replace(' ', 'T').slice(0, 16)}+08:00`) : Number.NaN;
  return (now - (Number.isFinite(t) ? t : Date.parse(firstSeenAt))) / DAY_MS;
}

/** A product is in its launch while it is 新品: listed at most `lifecycleNewDays` ago. */
export const inLaunch = (age: number, s: AdviceSettings) => age <= s.lifecycleNewDays + 1e-9;

export function launchChecks(history: SnapshotRecord[], s: AdviceSettings): LaunchCheck[] {
  const rs = [...history].sort(byTime);
  const out: LaunchCheck[] = [];

  // Sales rate: units of the latest reading with units and a period, a day.
  const sold = rs.filter((r) => r.metrics.unitsOrdered !== undefined && spanOf(r)).at(-1);
  const perDay = sold ? sold.metrics.unitsOrdered! / spanOf(sold)! : undefined;

  // In stock for the lead time: available / units a day >= lead time (any stock when nothing sells yet).
  const stock = latestWith(rs, 'available');
  if (!stock)
    out.push({ step: 'inStock', state: 'unknown', used: {}, thresholds: { leadTimeDays: s.leadTimeDays } });
  else {
    const available = stock.metrics.available!;
    const cover = perDay && perDay > 0 ? available / perDay : undefined;
    const done = available > 0 && (cover === undefined || cover >= s.leadTimeDays - 1e-9);
    out.push({
      step: 'inStock',
      state: done ? 'done' : 'todo',
      used: { available, ...(cover !== undefined ? { daysOfCover: cover } : {}) },
      thresholds: { leadTimeDays: s.leadTimeDays },
    });
  }

  // First sale: any reading with units sold.
  const units = rs.filter((r) => r.metrics.unitsOrdered !== undefined);
  const total = units.reduce((n, r) => n + r.metrics.unitsOrdered!, 0);
  out.push({
    step: 'firstSale',
    state: units.length === 0 ? 'unknown' : total > 0 ? 'done' : 'todo',
    used: units.length ? { unitsOrdered: total } : {},
    thresholds: {},
  });

  // Traffic: sessions (or 访客数) a week in the latest period, against the launch minimum.
  const visits = rs
    .filter((r) => (r.metrics.sessions ?? r.metrics.visitors) !== undefined && spanOf(r))
    .at(-1);
  const weekly = visits
    ? ((visits.metrics.sessions ?? visits.metrics.visitors)! / spanOf(visits)!) * 7
    : undefined;
  out.push({
    step: 'traffic',
    state: weekly === undefined ? 'unknown' : weekly >= s.launchSessionsWeek - 1e-9 ? 'done' : 'todo',
    used: weekly !== undefined ? { sessionsPerWeek: weekly } : {},
    thresholds: { launchSessionsWeek: s.launchSessionsWeek },
  });

  // Conversion: units / sessions of the latest period with both, judged once it had the week's sessions.
  const both = rs.filter((r) => r.metrics.unitsOrdered !== undefined && r.metrics.sessions).at(-1);
  const sessions = both?.metrics.sessions;
  const conversion = both ? both.metrics.unitsOrdered! / sessions! : undefined;
  out.push({
    step: 'conversion',
    state:
      conversion === undefined || sessions! < s.launchSessionsWeek
        ? 'unknown'
        : conversion >= s.launchConversionMin - 1e-9
          ? 'done'
          : 'todo',
    used: conversion !== undefined ? { conversion, sessions: sessions! } : {},
    thresholds: { launchConversionMin: s.launchConversionMin, launchSessionsWeek: s.launchSessionsWeek },
  });
  return out;
}
