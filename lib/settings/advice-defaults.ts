// The advice thresholds' defaults, apart from the settings' schemas so that content scripts can show them
// without building a schema at load (zod stays out of the pages' scripts).

/**
 * Every advice threshold, with its default and where that default comes from (../shared/ADVICE-SOURCES.md).
 * Settings are kept per marketplace and per product; `resolveSettings` layers them over the defaults.
 */
export const ADVICE_DEFAULTS = {
  /** Break-even ACoS = contribution margin / price (sellerboard). 30% until the seller sets a margin. */
  breakEvenAcos: 0.3,
  /** Landed cost of one unit (purchase, freight, duty), in the product's currency; 0 until set (per product). With a price read, it makes break-even: (price - cost - fees) / price (./profit.ts). */
  unitCost: 0,
  /** Launch checklist: sessions a week a new product should reach. Ours: Amazon publishes no figure. */
  launchSessionsWeek: 100,
  /** Launch checklist: conversion (units / sessions) a new product should reach. Ours: Amazon publishes no average. */
  launchConversionMin: 0.1,
  /** Marketplace fees of one unit (referral, FBA / 佣金, 运费), in the product's currency; 0 until set (per product). */
  feesPerUnit: 0,
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
  /** Orders a pool (ad group, then campaign, then the page's account) needs before its conversion sets the 1X clicks; with fewer the next pool, then the default conversion is used. Ours: one order is luck. */
  poolMinOrders: 3,
  /** Orders a search term needs, at ACoS under target, to be harvested as broad/phrase, with a negative phrase in the auto group (Sellics: 1 order or more). */
  harvestBroadOrders: 1,
  /** Largest share of ad spend on auto campaigns (Sellics: at most 30%). */
  autoSpendMaxShare: 0.3,
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
  /** CTR under this share of its ad group's (plan scene's) pooled CTR, and significantly so, calls for new creative. Ours: Alimama publishes no cut-off. */
  ctrLowRatio: 0.5,
  /** 支付转化率 under this share of the shop's while 加购 is at or above the shop's: price, coupon or detail page. Ours: Alimama publishes no cut-off. */
  cartNoPayRatio: 0.7,
  /** Falls in a row of an item's 访客数, between readings of periods of equal length, before warning. Ours: Alimama publishes no cut-off. */
  visitorsFallingSnapshots: 3,
  /** Least total fall of 访客数 over those readings (10%), so that noise is not a trend. Ours: Alimama publishes no cut-off. */
  visitorsFallMin: 0.1,
  /** Lifecycle 新品: listed (or first seen after the shop was) at most this many days ago. Ours: Alimama's PLTV names stages but publishes no cut-offs. */
  lifecycleNewDays: 30,
  /** Lifecycle 爆品: in this top share of the shop's items by daily sales. Ours: Alimama publishes no cut-off. */
  lifecycleHotShare: 0.2,
  /** Lifecycle 潜力品: daily sales up at least this much on its earlier periods. Ours: Alimama publishes no cut-off. */
  lifecycleGrowth: 0.2,
  /** Lifecycle 尾货: daily sales down at least this much on its earlier periods... Ours: Alimama publishes no cut-off. */
  lifecycleDecline: 0.3,
  /** ...while in this bottom share of the shop's items. Ours: Alimama publishes no cut-off. */
  lifecycleTailShare: 0.5,
  /** Fewest items on the page for a level against the shop's other items to mean anything. Ours. */
  lifecycleMinPeers: 5,
  // Stock and replenishment (issue 14).
  /** Weeks of supply under which stock is low (Teikametrics: under 4 low, 4-13 healthy). */
  wosLowWeeks: 4,
  /** Weeks of supply over which stock is excess, a slow mover (Teikametrics: over 13 excess). */
  wosExcessWeeks: 13,
  /** Chance of not running out during a lead time, for safety stock from demand variability. Ours (a common textbook default). */
  serviceLevel: 0.95,
  /** Days of demand one order covers beyond the lead time (order-up-to level). Ours: one order a month. */
  orderCycleDays: 30,
  /** Daily history needed for a forecast with trend and weekly seasonality: 4 weeks (Holt-Winters needs at least 2 seasons). */
  forecastMinDays: 28,
  /** Minimum order quantity of the supplier, in units; 0 for none (per product). */
  minOrderQty: 0,
  /** Units per case: orders are rounded up to whole cases; 1 for none (per product). */
  casePack: 1,
  /** Price step a clearance starts with. Ours. */
  clearancePriceStep: 0.1,
  /** Weeks of supply over which removal (Amazon) or a 清仓 activity beats a price step: 26 weeks, where FBA's aged-inventory surcharge starts (181 days). */
  clearanceRemovalWeeks: 26,
  /** Fewest days of sales figures before stock is judged at all: a week, one of each weekday. Ours. */
  stockMinHistoryDays: 7,
  /** How old a stock reading may be when a later reading without stock (a Business Report) is advised on. Ours. */
  stockReadingMaxDays: 1,
  // Dayparting (issue 14).
  /** Settled days of hourly data before a schedule (Perpetua: at least 7, typically 35). */
  daypartMinDays: 7,
  /** Days of single-day hourly data before the schedule is by weekday and hour (Perpetua's typical 35 days: 5 of each weekday). */
  daypartWeekdayDays: 35,
  /** Clicks an hour needs to be judged on its own revenue per click; fewer stay at 100% (AdTrix: 75). */
  daypartMinClicks: 75,
  /** Lowest bid multiplier of a schedule (50%). */
  daypartMinMultiplier: 0.5,
  /** Highest bid multiplier of a schedule (150%). */
  daypartMaxMultiplier: 1.5,
  /** A lift under this is noise: the hour stays at 100% (5%). */
  daypartNoise: 0.05,
  /** Recent days kept out on Amazon: attributed orders are restated for days after the click (ours: 3). */
  daypartProvisionalDaysAmazon: 3,
  /** Recent days kept out on 直通车: the day settles overnight (ours: 1, today). */
  daypartProvisionalDaysAlibaba: 1,
} as const;

export type AdviceSettings = { -readonly [K in keyof typeof ADVICE_DEFAULTS]: number };
