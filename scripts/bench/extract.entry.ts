// Bundled into an IIFE and added to a generated console page: times the page's adapter in the page itself.
import { adapterFor } from '../../lib/sites';

export interface ExtractTiming {
  adapter: string;
  status: string;
  records: number;
  /** The first read of the page, as the content script's first read is. */
  firstMs: number;
  iterations: number;
  ms: number;
}

function run(minMs: number): ExtractTiming {
  const url = new URL(location.href);
  const adapter = adapterFor(url);
  if (!adapter) throw new Error(`no adapter for ${url.href}`);
  const ctx = { url, capturedAt: new Date().toISOString() };
  const t = performance.now();
  let ex = adapter.extract(document, ctx);
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
    iterations,
    ms: now - t0,
  };
}

(globalThis as unknown as { __opslensBenchExtract: typeof run }).__opslensBenchExtract = run;
