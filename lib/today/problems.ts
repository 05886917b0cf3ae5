import type { Advice } from '../advice/types';
import type { Kind } from '../model';

/** The problems Today groups its work by, in the order a group is shown when nothing has money at stake. */
export const PROBLEMS = ['adsWaste', 'bids', 'stock', 'conversion', 'traffic', 'competitors'] as const;
export type Problem = (typeof PROBLEMS)[number];

// What an advice asks the operator to do decides its group: a Tmall ROI rule may say "lower the bid" (bids)
// or "cut the loss" (ads waste). Actions no table names fall back to the rule, then to the entity's kind,
// so a rule added later lands in a group instead of breaking the build.
const BY_ACTION: Record<string, Problem> = {
  pause: 'adsWaste',
  negativeExact: 'adsWaste',
  cutLoss: 'adsWaste',
  lowerBid: 'bids',
  raiseBid: 'bids',
  addExact: 'bids',
  improveRelevance: 'bids',
  reorder: 'stock',
  watchInbound: 'stock',
  checkListing: 'conversion',
  checkBuyBox: 'conversion',
  checkPriceCoupon: 'conversion',
  checkTraffic: 'traffic',
  improveCreative: 'traffic',
  nurtureNew: 'traffic',
  protectHot: 'traffic',
  investPotential: 'traffic',
  clearTail: 'stock',
};
const BY_RULE: Record<string, Problem> = {
  pause: 'adsWaste',
  negative: 'adsWaste',
  noSales: 'adsWaste',
  breakEven: 'adsWaste',
  roi: 'adsWaste',
  bid: 'bids',
  harvest: 'bids',
  quality: 'bids',
  stock: 'stock',
  conversion: 'conversion',
  buyBox: 'conversion',
  cartNoPay: 'conversion',
  visitorsFalling: 'traffic',
  ctr: 'traffic',
  lifecycle: 'traffic',
};
const BY_KIND: Record<Kind, Problem> = {
  keyword: 'bids',
  searchTerm: 'bids',
  campaign: 'adsWaste',
  listing: 'conversion',
  competitor: 'competitors',
};

export function problemOf(advice: Pick<Advice, 'action' | 'rule' | 'ref'>): Problem {
  return (
    (Object.hasOwn(BY_ACTION, advice.action) ? BY_ACTION[advice.action] : undefined) ??
    (Object.hasOwn(BY_RULE, advice.rule) ? BY_RULE[advice.rule] : undefined) ??
    BY_KIND[advice.ref.kind]
  );
}

/** Advice that asks for nothing yet ("wait for more clicks", notes): not work for today. */
/** Something to do: not "wait for data", and not a lifecycle stage (a tag on the entity, issue 13). */
export const isActionable = (advice: Pick<Advice, 'action' | 'severity' | 'rule'>) =>
  advice.severity !== 'info' && advice.action !== 'wait' && advice.rule !== 'lifecycle';
