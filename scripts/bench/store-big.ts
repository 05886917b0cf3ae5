// The large store: filled with bulkAdd to 1,000,000 snapshots (or as far as the time allows), then one
// entity's history and the latest snapshot of 1,000 entities.
import type { Page } from 'playwright-core';
import { median } from './browser';
import { call, checked, n } from './page-api';
import type { Sink } from './report';

const BIG = Number(process.env.BENCH_STORE_SIZE ?? 1_000_000);
/** Filling stops after this long, and the queries run at the size reached. */
const FILL_LIMIT_MS = Number(process.env.BENCH_FILL_LIMIT_S ?? 540) * 1000;
const SETTLE_MS = Number(process.env.BENCH_SETTLE_S ?? 30) * 1000;
/** 1,000 entities read daily and 1,740 of 9,000 more in rotation: 365 days make 1,000,100 readings. */
const PER_DAY = 2740;

export async function bigStore(sink: Sink, page: Page) {
  let count = 0;
  let fillMs = 0;
  let days = 0;
  while (days < 365 && count < BIG && fillMs < FILL_LIMIT_MS) {
    const to = Math.min(365, days + 30);
    const r = await call<{ ms: number; count: number }>(
      page,
      'fill',
      'bench-big',
      days,
      to,
      PER_DAY,
      BIG,
      count,
    );
    fillMs += r.ms;
    count = r.count;
    days = to;
  }
  if (count < BIG) {
    await call(page, 'fill', 'bench-big', 365, 365, PER_DAY, count, count); // the entities table's rows
    sink.undone.push(
      `store: filling stopped at ${n(count)} snapshots (${days} days) after ${(fillMs / 1000).toFixed(0)} s; the queries ran at that size, not at ${n(BIG)}.`,
    );
  }
  // A bulk load leaves the database compacting in the background for a while; a real store grows by a few
  // thousand readings a day. Let it settle before the queries (BENCH_SETTLE_S, default 30).
  await page.waitForTimeout(SETTLE_MS);
  const at = `at ${n(count)}`;
  sink.add({
    section: 'store',
    name: `bulkAdd to ${n(count)} snapshots (setup)`,
    value: count / (fillMs / 1000),
    unit: 'records/s',
    digits: 0,
  });
  const entities = Array.from({ length: 21 }, (_, i) => i * 47);
  const hist = await call<{ ms: number; n: number }[]>(page, 'queryHistory', 'bench-big', entities);
  const points = hist[0]?.n ?? 0;
  const histMs = median(hist.slice(1).map((h) => h.ms));
  sink.add({
    section: 'store',
    name: `one entity's history ${at}, first query`,
    value: hist[0]?.ms ?? 0,
    unit: 'ms',
  });
  await checked(
    sink,
    page,
    {
      section: 'store',
      name: `one entity's ${points}-point history ${at} (median of 20)`,
      value: histMs,
      unit: 'ms',
      budget: { op: '<=', value: 10 },
    },
    () => call(page, 'queryHistory', 'bench-big', entities.slice(1, 11)),
  );
  const latest = await call<{ ms: number; n: number }[]>(page, 'queryLatest', 'bench-big', 1000, 11);
  if (latest.some((l) => l.n !== 1000)) sink.note('store: some entities had no entities-table row.');
  const latestMs = median(latest.slice(1).map((l) => l.ms));
  await checked(
    sink,
    page,
    {
      section: 'store',
      name: `latest snapshot of 1,000 entities ${at} (entities table, median of 10)`,
      value: latestMs,
      unit: 'ms',
      budget: { op: '<=', value: 50 },
    },
    () => call(page, 'queryLatest', 'bench-big', 1000, 3),
  );
}
