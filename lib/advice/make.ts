import type { SnapshotRecord } from '../model';
import { stakeOf } from './stake';
import { bothLanguages } from './text';
import { type Advice, adviceId } from './types';

/** What a rule decides; the rest of an Advice comes from the record it is about. */
export type Decision = Omit<Advice, 'id' | 'ref' | 'label' | 'currency' | 'text'>;

/**
 * Every rule's advice is made here: its id and the entity it is about. This is also the one place that
 * fills the deprecated `text` from the message (delete that line with the field once nothing reads it).
 */
export function makeAdvice(rec: SnapshotRecord, decision: Decision): Advice {
  const stake = stakeOf(decision);
  return {
    id: adviceId(decision.rule, rec),
    ref: { kind: rec.kind, marketplace: rec.marketplace, key: rec.key },
    ...(rec.label ? { label: rec.label } : {}),
    ...(rec.currency ? { currency: rec.currency } : {}),
    ...decision,
    ...(stake ? { stake } : {}),
    text: bothLanguages(decision.message),
  };
}

/** The name a sentence quotes the entity by. */
export const nameOf = (rec: SnapshotRecord) => rec.label ?? rec.key;
