import type { EntityRef } from '../model';

export type AdviceRule =
  | 'bid'
  | 'pause'
  | 'negative'
  | 'harvest'
  | 'breakEven'
  | 'conversion'
  | 'buyBox'
  | 'stock'
  | 'roi'
  | 'noSales'
  | 'quality'
  | 'ctr'
  | 'cartNoPay'
  | 'visitorsFalling'
  | 'lifecycle';

export type Severity = 'high' | 'medium' | 'low' | 'info';

/** One piece of advice: what to do, the numbers it used, the thresholds it applied, and a sentence in each language. */
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
  text: { en: string; zh: string };
}

export const adviceId = (rule: AdviceRule, ref: EntityRef) =>
  `${rule}:${ref.kind}|${ref.marketplace}|${ref.key}`;
