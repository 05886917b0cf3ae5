// What `npm run extract` prints, from one read of a document by the adapter for its URL, with the context
// the content script gives it (url, capturedAt). The Node path calls `extractSummary` on a happy-dom
// document; scripts/extract-browser.ts bundles this file as an IIFE into the saved page in headless
// Chromium, where `__opslensExtractSummary()` reads the laid-out page. Either way the reader is lib/sites.
import type { Extraction } from '../lib/model';
import { adapterFor } from '../lib/sites';

/** The JSON `extract` prints (anchors, seen labels and questions are for the panel, not this output). */
export interface ExtractSummary {
  adapter: string;
  status: Extraction['status'];
  records: Extraction['records'];
  missing: string[];
  reason?: string;
  skippedRows?: number;
}

export function summarise(ex: Extraction): ExtractSummary {
  return {
    adapter: ex.adapter,
    status: ex.status,
    records: ex.records,
    missing: ex.missing,
    ...(ex.reason ? { reason: ex.reason } : {}),
    ...(ex.skippedRows ? { skippedRows: ex.skippedRows } : {}),
  };
}

/** Runs the adapter for `url` on `doc`; undefined when no adapter reads this address. */
export function extractSummary(doc: Document, url: URL, capturedAt: string): ExtractSummary | undefined {
  const adapter = adapterFor(url);
  if (!adapter) return undefined;
  return summarise(adapter.extract(doc, { url, capturedAt }));
}

if (typeof window !== 'undefined' && typeof location !== 'undefined') {
  // In the page: the document and address are the page's own, as for the content script. The result is
  // passed through JSON so that it crosses to Node exactly as it is printed.
  (globalThis as { __opslensExtractSummary?: (capturedAt: string) => string }).__opslensExtractSummary = (
    capturedAt: string,
  ) => JSON.stringify(extractSummary(document, new URL(location.href), capturedAt) ?? null);
}
