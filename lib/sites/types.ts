import type { ExtractContext, Extraction } from '../model';

/** One page we read: `match` decides by URL alone, `extract` reads a Document with no browser APIs. */
export interface PageAdapter {
  id: string;
  match(url: URL): boolean;
  extract(doc: Document, ctx: ExtractContext): Extraction;
}

export function notRecognised(adapter: string, reason: string, seen?: string[]): Extraction {
  return { adapter, status: 'not-recognised', records: [], missing: [], reason, ...(seen ? { seen } : {}) };
}
