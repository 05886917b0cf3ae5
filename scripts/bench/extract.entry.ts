// Bundled into an IIFE and added to a generated console page: times the page's adapter in the page itself.
import { adapterFor } from '../../lib/sites';

export interface ExtractTiming {
  adapter: string;
  status: string;
  records: number;
  /** The first read of the page, as the content script's first read is. */
  firstMs: number;
  /** Its longest step when read in steps (lib/sites/steps.ts), as the content script reads; which step (from 1). */
  longestStepMs?: number;
  longestStep?: number;
  iterations: number;
  ms: number;
  /** The median of the timed reads. */
  medianMs: number;
}

function run(minMs: number): ExtractTiming {
  const url = new URL(location.href);
  const adapter = adapterFor(url);
  if (!adapter) throw new Error(`no adapter for ${url.href}`);
  const ctx = { url, capturedAt: new Date().toISOString() };
  const t = performance.now();
  let ex: ReturnType<typeof adapter.extract>;
  let longestStepMs: number | undefined;
  let longestStep: number | undefined;
  if (adapter.steps) {
    const steps = adapter.steps(document, ctx);
    let last = t;
    for (let i = 1; ; i++) {
      const r = steps.next();
      const now = performance.now();
      if (longestStepMs === undefined || now - last > longestStepMs) {
        longestStepMs = now - last;
        longestStep = i;
      }
      last = now;
      if (r.done) {
        ex = r.value;
        break;
      }
    }
  } else ex = adapter.extract(document, ctx);
  const firstMs = performance.now() - t;
  // Warm the JIT: at least five reads and 300 ms (a 5,000-row read is still tiering up in its first few).
  for (let i = 0, w0 = performance.now(); i < 5 || performance.now() - w0 < 300; i++)
    adapter.extract(document, ctx);
  // Then each read timed on its own, at least five and `minMs` in all: the median is the figure (one slow
  // read, a garbage collection, moves a mean of a few reads by a third).
  const times: number[] = [];
  const t0 = performance.now();
  let now = t0;
  while (times.length < 5 || now - t0 < minMs) {
    const r0 = performance.now();
    ex = adapter.extract(document, ctx);
    now = performance.now();
    times.push(now - r0);
  }
  const iterations = times.length;
  const medianMs = times.sort((a, b) => a - b)[Math.floor(iterations / 2)]!;
  return {
    adapter: ex.adapter,
    status: ex.status,
    records: ex.records.length,
    firstMs,
    ...(longestStepMs !== undefined ? { longestStepMs, longestStep } : {}),
    iterations,
    ms: now - t0,
    medianMs,
  };
}

(globalThis as unknown as { __opslensBenchExtract: typeof run }).__opslensBenchExtract = run;
