import type { ExtractContext, Extraction } from '../model';
import type { FieldSpec } from './read-rows';
import type { Steps } from './steps';

/** One page we read: `match` decides by URL alone, `extract` reads a Document with no browser APIs. */
export interface PageAdapter {
  id: string;
  /** A table page's column labels by field, in every language it reads (the teach flow and page-shape report use them). */
  columns?: Readonly<Record<string, readonly string[]>>;
  /** A table page's metric and unit by field (the mutation and fuzz suites read every such column). */
  fields?: Readonly<Record<string, FieldSpec>>;
  match(url: URL): boolean;
  extract(doc: Document, ctx: ExtractContext): Extraction;
  /** The same reading in steps, for the page (lib/sites/steps.ts); adapters without it are read at once. */
  steps?(doc: Document, ctx: ExtractContext): Steps<Extraction>;
}

export function notRecognised(adapter: string, reason: string, seen?: string[]): Extraction {
  return { adapter, status: 'not-recognised', records: [], missing: [], reason, ...(seen ? { seen } : {}) };
}
