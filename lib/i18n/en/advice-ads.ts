import type { PoolLevel } from '../../advice/pool';
import type { Fmt } from '../fmt';
import type { Messages } from '../types';

// Advice sentences of the issue 14 ad rules (ROI toward target, raise, harvest broad/phrase, auto share) and
// the "1X clicks" phrase every bid sentence shows: how many clicks, at which pooled conversion.

type Money = { currency?: string };
type Name = { name: string };

const clicks = (n: number, f: Fmt) => f.plural(n, { one: '# click', other: '# clicks' });
const orders = (n: number, f: Fmt) => f.plural(n, { one: '# order', other: '# orders' });

/** Where the conversion of the 1X clicks came from (lib/advice/pool.ts). */
export type Gate = { minClicks: number; conversion: number; pool: PoolLevel; factor?: number };
export const POOL: Record<PoolLevel, string> = {
  adGroup: "the ad group's",
  campaign: "the campaign's",
  account: "the account's",
  default: 'an assumed',
};
/** "1X at the ad group's 2% conversion", or "1.5 × 1X at …" with a factor. */
export const oneX = (p: Gate, f: Fmt) =>
  `${p.factor !== undefined && p.factor !== 1 ? `${f.num(p.factor)} × ` : ''}1X at ${POOL[p.pool]} ${f.pct(p.conversion)} conversion`;
/** "over 40 clicks (at least 10: 1X at …)" */
export const judgedOver = (n: number, p: Gate, f: Fmt) =>
  `over ${clicks(n, f)} (at least ${f.count(p.minClicks)}: ${oneX(p, f)})`;
/** The bid band in ACoS points: "±2.5 points". */
export const points = (band: number, f: Fmt) => `±${f.num(band * 100)} points`;

export const enAdviceAds = {
  harvestBroad: (
    p: Name & {
      orders: number;
      acos: number;
      target: number;
      harvestBroadOrders: number;
      harvestOrders: number;
      auto: boolean;
    },
    f: Fmt,
  ) =>
    `“${p.name}”: ${orders(p.orders, f)} at ACoS ${f.pct(p.acos, p.target)} (target ${f.pct(p.target)}; at least ${orders(p.harvestBroadOrders, f)}, ${orders(p.harvestOrders, f)} make it exact): add as a broad and a phrase keyword in a manual campaign${p.auto ? ', and as a negative phrase in this auto ad group' : ''}.`,
  autoShareHigh: (
    p: Money & {
      spend: number;
      autoSpend: number;
      totalSpend: number;
      autoShare: number;
      autoSpendMaxShare: number;
      move: number;
    },
    f: Fmt,
  ) =>
    `Auto campaigns take ${f.pct(p.autoShare, p.autoSpendMaxShare)} of ad spend (${f.money(p.autoSpend, p.currency)} of ${f.money(p.totalSpend, p.currency)}), over the ${f.pct(p.autoSpendMaxShare)} most: move ${f.money(p.move, p.currency)} of it to manual campaigns with the search terms that convert. This campaign spent ${f.money(p.spend, p.currency)}.`,
  roiTowardTarget: (
    p: Name &
      Money &
      Gate & {
        roi: number;
        clicks: number;
        breakEvenRoi: number;
        targetRoi: number;
        band: number;
        bid: number;
        suggested: number;
        cpc: number;
      },
    f: Fmt,
  ) => {
    const roi = f.fixed(p.roi, 2, p.targetRoi);
    return `“${p.name}” ROI ${roi} ${judgedOver(p.clicks, p, f)} is at or above break-even ${f.fixed(p.breakEvenRoi, 2)} but under target ROI ${f.fixed(p.targetRoi, 2)} (ACoS ${points(p.band, f)}): lower the bid from ${f.money(p.bid, p.currency)} to ${f.money(p.suggested, p.currency)} (PPC ${f.money(p.cpc, p.currency)} × ${roi} / ${f.fixed(p.targetRoi, 2)}) to reach the target.`;
  },
  roiRaiseBid: (
    p: Name &
      Money &
      Gate & {
        roi: number;
        clicks: number;
        targetRoi: number;
        band: number;
        bid: number;
        suggested: number;
        maxRaise: number;
      },
    f: Fmt,
  ) =>
    `“${p.name}” ROI ${f.fixed(p.roi, 2, p.targetRoi)} ${judgedOver(p.clicks, p, f)} is above target ROI ${f.fixed(p.targetRoi, 2)} (ACoS ${points(p.band, f)}): raise the bid from ${f.money(p.bid, p.currency)} to ${f.money(p.suggested, p.currency)} (at most +${f.pct(p.maxRaise)}) to win more traffic.`,
} satisfies Messages;
