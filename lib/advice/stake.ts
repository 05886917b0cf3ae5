import { ALL_MARKETPLACES, productKey, type SettingsDoc } from '../settings/advice-settings';
import type { Advice } from './types';

// What is at stake in an advice (issue 13 point 4, issue 15): money in the advice's currency, or days to a
// stock-out. The panel and Today order by it. Computed in one place from the numbers the rule used, so
// that the figure is always the arithmetic the sentence shows:
//   0 orders (negative, pause, 直通车 noSales):  the whole spend is wasted            money = spend
//   Amazon bid cut, ACoS above target:           spend beyond what target ACoS allows  money = spend x (1 - target / ACoS)
//   Amazon campaign above break-even:            spend beyond break-even               money = spend x (1 - break-even / ACoS)
//   直通车/万相台 ROI under break-even ROI:       spend beyond break-even               money = spend x (1 - ROI / break-even ROI)
//   直通车/万相台 ROI between break-even and target: spend beyond what target ROI allows money = spend x (1 - ROI / target ROI)
//   auto campaigns over their share of spend:    none: the spend is moved to manual campaigns, not lost
//   stock:                                       days until it runs out                days  = days of cover
//                                                and the sales a reorder today comes too late for
//                                                money = units a day x price x max(0, lead time - days of cover)
//   slow mover:                                  stock beyond the excess band at price money = tied up
// with spend = clicks x CPC where the rule used no spend. Rules with nothing to lose (harvest exact or
// broad/phrase, raise a bid (Amazon, 直通车),
// lifecycle, quality, CTR) have no stake; a rule that knows its stake better sets `stake` itself.

export interface Stake {
  money?: number;
  days?: number;
}

type Numbers = Pick<Advice, 'rule' | 'used' | 'thresholds'> & { stake?: Stake };

const positive = (x: number | undefined): x is number => x !== undefined && Number.isFinite(x) && x > 0;
const cents = (x: number) => Math.round(x * 100) / 100;

function spendOf(used: Record<string, number>): number | undefined {
  if (used.spend !== undefined) return used.spend;
  return used.clicks !== undefined && used.cpc !== undefined ? used.clicks * used.cpc : undefined;
}

/** Money beyond a ratio of the spend; none when nothing is beyond it. */
function beyond(spend: number | undefined, share: number): number | undefined {
  if (!positive(spend) || !(share < 1)) return undefined;
  const money = cents(spend * (1 - Math.max(0, share)));
  return money > 0 ? money : undefined;
}

export function stakeOf(a: Numbers): Stake | undefined {
  if (a.stake) return a.stake;
  const { used, thresholds: th } = a;
  const spend = spendOf(used);
  let money: number | undefined;
  switch (a.rule) {
    case 'negative':
    case 'pause':
    case 'noSales':
      money = used.orders === 0 && positive(spend) ? cents(spend) : undefined;
      break;
    case 'bid':
      if (positive(used.acos) && positive(th.targetAcos) && used.acos > th.targetAcos)
        money = beyond(spend, th.targetAcos / used.acos);
      break;
    case 'breakEven':
      if (positive(used.acos) && positive(th.breakEvenAcos))
        money = beyond(spend, th.breakEvenAcos / used.acos);
      break;
    case 'roi':
      if (used.roas !== undefined && positive(th.breakEvenRoi) && used.roas < th.breakEvenRoi)
        money = beyond(spend, used.roas / th.breakEvenRoi);
      else if (used.roas !== undefined && positive(th.targetRoi))
        money = beyond(spend, used.roas / th.targetRoi);
      break;
    case 'stock': {
      const cover = used.daysOfCover;
      if (cover === undefined || !Number.isFinite(cover) || cover < 0) return undefined;
      const gap = (th.leadTimeDays ?? 0) - cover;
      const lost =
        positive(used.unitsPerDay) && positive(used.price) && gap > 0
          ? cents(used.unitsPerDay * used.price * gap)
          : undefined;
      return { days: cover, ...(lost ? { money: lost } : {}) };
    }
    case 'slowMover':
      money = positive(used.tiedUp) ? cents(used.tiedUp) : undefined;
      break;
    default:
      break;
  }
  return money !== undefined ? { money } : undefined;
}

/** The thresholds that are a margin: while the operator has set none, advice resting on them says so. */
const MARGIN_THRESHOLDS: Record<string, 'breakEvenAcos' | 'breakEvenRoi'> = {
  breakEvenAcos: 'breakEvenAcos',
  targetAcos: 'breakEvenAcos',
  breakEvenRoi: 'breakEvenRoi',
  targetRoi: 'breakEvenRoi',
};

/**
 * The margin settings an advice used at their default: no layer (all marketplaces, the marketplace, the
 * product) sets them for the entity it is about.
 */
export function assumedDefaults(
  a: Pick<Advice, 'ref' | 'thresholds'>,
  doc: SettingsDoc | undefined,
): string[] {
  const layers = [
    doc?.marketplaces[ALL_MARKETPLACES],
    doc?.marketplaces[a.ref.marketplace],
    doc?.products[productKey(a.ref.marketplace, a.ref.key)],
  ];
  const fields = new Set<string>();
  for (const name of Object.keys(a.thresholds)) {
    const field = MARGIN_THRESHOLDS[name];
    if (field && !layers.some((l) => l?.[field] !== undefined)) fields.add(field);
  }
  return [...fields];
}
