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
  // Warm the JIT where a read is quick; a slow read is timed once more and that is all.
  if (firstMs < 200) for (let i = 0; i < 2; i++) adapter.extract(document, ctx);
  let iterations = 0;
  const t0 = performance.now();
  let now = t0;
  while (iterations < 1 || now - t0 < minMs) {
    ex = adapter.extract(document, ctx);
    iterations++;
    now = performance.now();
  }
  return {
    adapter: ex.adapter,
    status: ex.status,
    records: ex.records.length,
    firstMs,
    ...(longestStepMs !== undefined ? { longestStepMs, longestStep } : {}),
    iterations,
    ms: now - t0,
  };
}

(globalThis as unknown as { __opslensBenchExtract: typeof run }).__opslensBenchExtract = run;
