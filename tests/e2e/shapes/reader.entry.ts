// Bundled into the page by tests/e2e/shapes.spec.ts: runs the page's adapter where the page is laid out,
// as the content script does, and returns what it would store.
import { adapterFor } from '../../../lib/sites';

function extractHere() {
  const url = new URL(location.href);
  const adapter = adapterFor(url);
  if (!adapter) return { status: 'no-adapter', missing: [], records: [] };
  const ex = adapter.extract(document, { url, capturedAt: '2026-11-21T10:00:00.000Z' });
  return {
    status: ex.status,
    missing: ex.missing,
    skippedRows: ex.skippedRows ?? 0,
    records: ex.records.map((r) => ({
      key: r.key,
      metrics: r.metrics,
      marketplace: r.marketplace,
      currency: r.currency,
      period: r.period,
    })),
  };
}

(globalThis as { __opslensExtract?: typeof extractHere }).__opslensExtract = extractHere;
