import * as z from 'zod/mini';
import type { EntityRef, Platform } from '../model';
/** The changes an operator records (issue 15). */
import { CHANGES } from './changes';
import type { Verdict } from './compare';

export { CHANGES } from './changes';
export const Change = z.enum(CHANGES);
export type Change = z.infer<typeof Change>;
export const Note = z.string().check(z.maxLength(2000));

/** One recorded change on a product, keyword or campaign: compared before and after its day. */
export interface ExperimentRow {
  id?: number;
  /** `marketplace|key`: a product's experiments are the same whether recorded on its page or its listing. */
  product: string;
  ref: EntityRef;
  platform: Platform;
  label?: string;
  url: string;
  change: Change;
  note: string;
  /** When it was recorded, and the operator's day of it (the first day "after"). */
  at: string;
  day: string;
  /** Ended by the operator: no longer compared as new readings come. */
  endedAt?: string;
}

export const productOf = (ref: Pick<EntityRef, 'marketplace' | 'key'>) => `${ref.marketplace}|${ref.key}`;

export interface ExperimentView {
  experiment: ExperimentRow & { id: number };
  verdict: Verdict;
  /** The verdict in words, when asked for in a language (`experiments.of` with `lang`: the product card). */
  lines?: string[];
}
