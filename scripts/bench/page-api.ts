// Calling the functions of bench.js in an extension page, and profiling a figure that misses its budget.
import type { Page } from 'playwright-core';
import { formatTop, profiled, topFunctions } from './profile';
import { type Figure, passes, type Sink } from './report';

export const n = (x: number) => x.toLocaleString('en-US');

export type Api = Record<string, (...args: never[]) => Promise<unknown>>;
export const call = <T>(page: Page, fn: string, ...args: unknown[]) =>
  page.evaluate(
    ([f, a]) =>
      (globalThis as unknown as { opslensBench: Api }).opslensBench[f as string]!(...(a as never[])),
    [fn, args] as const,
  ) as Promise<T>;

/** Adds the figure; when it misses its budget, profiles `again` and notes what dominates. */
export async function checked(sink: Sink, page: Page, f: Figure, again: () => Promise<unknown>) {
  if (passes(sink.add(f))) return;
  const top = topFunctions(await profiled(page, again), 6);
  sink.note(`${f.section} ${f.name}: main-thread self time when run again: ${formatTop(top)}.`);
}
