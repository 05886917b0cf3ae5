import * as z from 'zod/mini';

/**
 * Every advice threshold, with its default and where that default comes from (../shared/ADVICE-SOURCES.md).
 * Settings are kept per marketplace and per product; `resolveSettings` layers them over the defaults.
 */
export const ADVICE_DEFAULTS = {
  /** Break-even ACoS = contribution margin / price (sellerboard). 30% until the seller sets a margin. */
  breakEvenAcos: 0.3,
  /** Target ACoS = break-even minus 5 points (Advigator). */
  targetAcosGap: 0.05,
  /** Conversion assumed for the "1X clicks" rule when a row has no orders yet (10% -> 10 clicks). */
  defaultConversionRate: 0.1,
  /** Multiple of 1X clicks (100 / conversion %) needed before judging a bid (Sellics). */
  bidClicksFactor: 1,
  /** ACoS band around target inside which a bid is left alone: 2.5 points (Sellics step rules). */
  bidBand: 0.025,
  /** Largest single raise of a bid: +20% (Sellics step rules). */
  bidMaxRaise: 0.2,
  /** Clicks after which a search term with no order becomes a negative exact (Sellics, Merchjar). */
  negativeClicks: 20,
  /** Orders a search term needs, at ACoS under target, to be harvested as exact (Sellics: more than 1). */
  harvestOrders: 2,
  /** Multiple of 1X clicks after which a keyword with no order is paused (Sellics: 1.5X). */
  pauseClicksFactor: 1.5,
  /** Buy Box (Featured Offer) share below which a listing deserves a look (common practice). */
  buyBoxMin: 0.9,
  /** Supplier lead time in days, FBA check-in included (ecomengine: +3-14 days). */
  leadTimeDays: 30,
  /** Safety stock in days of sales. */
  safetyStockDays: 14,
  /** Significance level of the conversion-drop test (two-proportion z-test). */
  conversionAlpha: 0.05,
  /** Break-even ROI (保本投产比) = 1 / margin; 2.5 means a 40% margin. */
  breakEvenRoi: 2.5,
  /** Quality score (质量分) under which creative and relevance need work. */
  minQualityScore: 6,
} as const;

export type AdviceSettings = { -readonly [K in keyof typeof ADVICE_DEFAULTS]: number };

const Partial = z.partialRecord(
  z.enum(Object.keys(ADVICE_DEFAULTS) as [keyof AdviceSettings]),
  z.number().check(z.gte(0)),
);

export const SettingsDoc = z.object({
  version: z.literal(1),
  marketplaces: z.record(z.string(), Partial),
  products: z.record(z.string(), Partial),
  dismissed: z.array(z.string()),
});
export type SettingsDoc = z.infer<typeof SettingsDoc>;

export const EMPTY_SETTINGS: SettingsDoc = { version: 1, marketplaces: {}, products: {}, dismissed: [] };

export const productKey = (marketplace: string, key: string) => `${marketplace}|${key}`;

export function resolveSettings(
  doc: SettingsDoc | undefined,
  marketplace?: string,
  key?: string,
): AdviceSettings {
  const m = marketplace ? doc?.marketplaces[marketplace] : undefined;
  const p = marketplace && key ? doc?.products[productKey(marketplace, key)] : undefined;
  return { ...ADVICE_DEFAULTS, ...m, ...p };
}

export const targetAcos = (s: AdviceSettings) => Math.max(0.01, s.breakEvenAcos - s.targetAcosGap);
