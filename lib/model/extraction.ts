import type { SnapshotRecord } from './snapshot';

/**
 * What an adapter read from one page.
 * - `ok`: records, possibly with optional fields listed in `missing`.
 * - `partial`: the page is recognised but required fields are missing; nothing is stored.
 * - `empty` / `loading`: the page is ours but shows no rows (yet).
 * - `not-recognised`: not the page the adapter reads (captcha, sign-in, layout changed beyond recognition).
 */
export type ExtractionStatus = 'ok' | 'partial' | 'empty' | 'loading' | 'not-recognised';

export interface Extraction {
  adapter: string;
  status: ExtractionStatus;
  records: SnapshotRecord[];
  missing: string[];
  reason?: string;
  /** What the operator can answer when the page does not say its context or contradicts itself. */
  ask?: ContextAsk;
  /** Rows the page shows that could not be read whole (a part of a split table without its partner). */
  skippedRows?: number;
  /** Table headers or section labels seen, for the diagnostic a user can copy (no row data). */
  seen?: string[];
  /** Where the records sit on the page, for inline UI: the table and each record's row (aligned with records). */
  anchors?: { table: Element; rows: Element[] };
}

export interface ExtractContext {
  url: URL;
  capturedAt: string;
  /** Header labels the user pointed at for fields the adapter could not find (field -> labels). */
  remaps?: Record<string, readonly string[]>;
  /** The operator's answers for this console account (marketplace, d/m order) and this address (period). */
  answers?: ContextAnswers;
}

export interface ContextAnswers {
  marketplace?: string;
  dateOrder?: 'mdy' | 'dmy';
  period?: { from: string; to: string };
}

/** Questions for the operator: the page's own candidates (empty when it names none), and whether they disagree. */
export interface ContextAsk {
  marketplace?: { options: string[]; conflict: boolean };
  period?: { options: { from: string; to: string; order?: 'mdy' | 'dmy' }[]; conflict: boolean };
}
