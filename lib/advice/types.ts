import type { AdviceMessage } from '../i18n/t';
import type { EntityRef } from '../model';
import type { Stake } from './stake';

export type AdviceRule =
  | 'bid'
  | 'pause'
  | 'negative'
  | 'harvest'
  | 'autoShare'
  | 'breakEven'
  | 'conversion'
  | 'buyBox'
  | 'stock'
  | 'slowMover'
  | 'roi'
  | 'noSales'
  | 'quality'
  | 'ctr'
  | 'cartNoPay'
  | 'visitorsFalling'
  | 'lifecycle';

export type Severity = 'high' | 'medium' | 'low' | 'info';

/**
 * One piece of advice: what to do, the numbers it used, the thresholds it applied, and what it says as a
 * message (id + parameters), formatted in the UI's language by `adviceText(advice, lang)` (./text.ts).
 */
export interface Advice {
  id: string;
  rule: AdviceRule;
  action: string;
  severity: Severity;
  ref: EntityRef;
  label?: string;
  currency?: string;
  used: Record<string, number>;
  thresholds: Record<string, number>;
  suggested?: Record<string, number>;
  /** Money (in `currency`) or days at stake, from the numbers used (./stake.ts); none when nothing is lost. */
  stake?: Stake;
  /** Margin settings used at their default (the operator set none for this entity): the UI says so. */
  assumed?: string[];
  /** The sentence as data: the catalogue's message id (lib/i18n/en/advice.ts) and the numbers it shows. */
  message: AdviceMessage;
  /**
   * @deprecated Use `adviceText(advice, lang)` from ./text.ts. Filled from `message` in one place
   * (`makeAdvice`, ./make.ts) until every reader is converted; then it goes.
   */
  text: { en: string; zh: string };
}

export const adviceId = (rule: AdviceRule, ref: EntityRef) =>
  `${rule}:${ref.kind}|${ref.marketplace}|${ref.key}`;
