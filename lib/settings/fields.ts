import { settingLabel, settingSource } from '../i18n';
import type { AdviceSettings } from './advice-settings';

/** How a threshold is shown and edited: rates as percent, the rest as plain numbers. */
export type FieldUnit =
  | 'pct'
  | 'points'
  | 'count'
  | 'days'
  | 'weeks'
  | 'factor'
  | 'ratio'
  | 'score'
  | 'p'
  | 'money';

/** How each threshold is shown and edited. Labels and sources are in the catalogue (lib/i18n/en/labels.ts). */
export const FIELD_UNITS: Record<keyof AdviceSettings, FieldUnit> = {
  breakEvenAcos: 'pct',
  unitCost: 'money',
  launchSessionsWeek: 'count',
  launchConversionMin: 'pct',
  feesPerUnit: 'money',
  targetAcosGap: 'points',
  defaultConversionRate: 'pct',
  bidClicksFactor: 'factor',
  bidBand: 'points',
  bidMaxRaise: 'pct',
  negativeClicks: 'count',
  harvestOrders: 'count',
  pauseClicksFactor: 'factor',
  poolMinOrders: 'count',
  harvestBroadOrders: 'count',
  autoSpendMaxShare: 'pct',
  buyBoxMin: 'pct',
  leadTimeDays: 'days',
  safetyStockDays: 'days',
  conversionAlpha: 'p',
  breakEvenRoi: 'ratio',
  minQualityScore: 'score',
  ctrLowRatio: 'pct',
  cartNoPayRatio: 'pct',
  visitorsFallingSnapshots: 'count',
  visitorsFallMin: 'pct',
  lifecycleNewDays: 'days',
  lifecycleHotShare: 'pct',
  lifecycleGrowth: 'pct',
  lifecycleDecline: 'pct',
  lifecycleTailShare: 'pct',
  lifecycleMinPeers: 'count',
  wosLowWeeks: 'weeks',
  wosExcessWeeks: 'weeks',
  serviceLevel: 'pct',
  orderCycleDays: 'days',
  forecastMinDays: 'days',
  minOrderQty: 'count',
  casePack: 'count',
  clearancePriceStep: 'pct',
  clearanceRemovalWeeks: 'weeks',
  stockMinHistoryDays: 'days',
  stockReadingMaxDays: 'days',
  daypartMinDays: 'days',
  daypartWeekdayDays: 'days',
  daypartMinClicks: 'count',
  daypartMinMultiplier: 'factor',
  daypartMaxMultiplier: 'factor',
  daypartNoise: 'pct',
  daypartProvisionalDaysAmazon: 'days',
  daypartProvisionalDaysAlibaba: 'days',
};

export interface FieldMeta {
  unit: FieldUnit;
  en: string;
  zh: string;
  /** Where the default comes from (../shared/ADVICE-SOURCES.md), in English. */
  source: string;
}

/**
 * @deprecated Use FIELD_UNITS[key], settingLabel(lang, key) and settingSource(lang, key) from lib/i18n: the
 * source here is English in either language.
 */
export const FIELD_META = Object.fromEntries(
  (Object.keys(FIELD_UNITS) as (keyof AdviceSettings)[]).map((key) => [
    key,
    {
      unit: FIELD_UNITS[key],
      en: settingLabel('en', key),
      zh: settingLabel('zh', key),
      source: settingSource('en', key),
    },
  ]),
) as Record<keyof AdviceSettings, FieldMeta>;

/** Stored value -> what the form shows (percent for rates and points). */
export function toDisplay(unit: FieldUnit, value: number): number {
  return unit === 'pct' || unit === 'points' ? Math.round(value * 100 * 1000) / 1000 : value;
}

/** What the form holds -> stored value, or undefined when it is not a usable number. */
export function fromDisplay(unit: FieldUnit, text: string): number | undefined {
  const t = text.trim().replace(',', '.');
  if (t === '') return undefined;
  const n = Number(t);
  if (!Number.isFinite(n) || n < 0) return undefined;
  if (unit === 'pct' || unit === 'points') return n > 100 ? undefined : n / 100;
  if (unit === 'p') return n > 0 && n < 1 ? n : undefined;
  if (unit === 'count' || unit === 'days') return Number.isInteger(n) ? n : undefined;
  if (unit === 'score') return n <= 10 ? n : undefined;
  return n;
}
