import type { AdviceSettings } from './advice-settings';

/** How a threshold is shown and edited: rates as percent, the rest as plain numbers. */
export type FieldUnit = 'pct' | 'points' | 'count' | 'days' | 'factor' | 'ratio' | 'score' | 'p';

export interface FieldMeta {
  unit: FieldUnit;
  en: string;
  zh: string;
  /** Where the default comes from (../shared/ADVICE-SOURCES.md). */
  source: string;
}

export const FIELD_META: Record<keyof AdviceSettings, FieldMeta> = {
  breakEvenAcos: {
    unit: 'pct',
    en: 'Break-even ACoS (= unit margin ÷ price)',
    zh: '保本 ACoS（= 单位利润 ÷ 售价）',
    source: 'sellerboard',
  },
  targetAcosGap: {
    unit: 'points',
    en: 'Target ACoS: points under break-even',
    zh: '目标 ACoS：低于保本的百分点',
    source: 'Advigator',
  },
  defaultConversionRate: {
    unit: 'pct',
    en: 'Conversion assumed before a row has orders',
    zh: '无订单时假定的转化率',
    source: 'Sellics (1X rule)',
  },
  bidClicksFactor: {
    unit: 'factor',
    en: 'Clicks before judging a bid (× 1X)',
    zh: '判断出价前所需点击（× 1X）',
    source: 'Sellics',
  },
  bidBand: {
    unit: 'points',
    en: 'ACoS band left alone around target',
    zh: '目标附近不调整的 ACoS 区间',
    source: 'Sellics step rules',
  },
  bidMaxRaise: {
    unit: 'pct',
    en: 'Largest bid raise at once',
    zh: '单次最大加价幅度',
    source: 'Sellics step rules',
  },
  negativeClicks: {
    unit: 'count',
    en: 'Clicks without an order before negating',
    zh: '否定前无订单的点击数',
    source: 'Sellics, Merchjar',
  },
  harvestOrders: {
    unit: 'count',
    en: 'Orders before harvesting a search term',
    zh: '收割搜索词所需订单数',
    source: 'Sellics',
  },
  pauseClicksFactor: {
    unit: 'factor',
    en: 'Clicks without an order before pausing (× 1X)',
    zh: '暂停前无订单的点击（× 1X）',
    source: 'Sellics',
  },
  buyBoxMin: {
    unit: 'pct',
    en: 'Buy Box share worth a look below',
    zh: '购物车占有率低于此值时提醒',
    source: 'common practice',
  },
  leadTimeDays: {
    unit: 'days',
    en: 'Lead time incl. FBA check-in (days)',
    zh: '备货周期（含入仓，天）',
    source: 'ecomengine, inventoryhero',
  },
  safetyStockDays: {
    unit: 'days',
    en: 'Safety stock (days of sales)',
    zh: '安全库存（天）',
    source: 'ecomengine',
  },
  conversionAlpha: {
    unit: 'p',
    en: 'Significance level of the conversion test',
    zh: '转化率检验的显著性水平',
    source: 'two-proportion z-test',
  },
  breakEvenRoi: {
    unit: 'ratio',
    en: 'Break-even ROI (= 1 ÷ margin)',
    zh: '保本投产比（= 1 ÷ 利润率）',
    source: 'ADVICE-SOURCES',
  },
  minQualityScore: {
    unit: 'score',
    en: 'Quality score worth work below',
    zh: '质量分低于此值时提醒',
    source: '直通车 practice',
  },
  ctrLowRatio: {
    unit: 'pct',
    en: 'CTR low when under this share of its group’s',
    zh: '点击率低于所在单元平均的此比例时提醒',
    source: 'OpsLens (Alimama publishes none)',
  },
  cartNoPayRatio: {
    unit: 'pct',
    en: 'Carts but no pay: conversion under this share of the shop’s',
    zh: '加购高但支付转化低于全店此比例时提醒',
    source: 'OpsLens (Alimama publishes none)',
  },
  visitorsFallingSnapshots: {
    unit: 'count',
    en: 'Falls in a row of visitors before warning',
    zh: '访客数连续下降次数',
    source: 'OpsLens',
  },
  visitorsFallMin: {
    unit: 'pct',
    en: 'Least total fall of visitors over those readings',
    zh: '访客数累计最小降幅',
    source: 'OpsLens',
  },
  lifecycleNewDays: {
    unit: 'days',
    en: 'Lifecycle 新品 (new): first seen within days',
    zh: '新品：首次出现在此天数内',
    source: 'OpsLens (Alimama PLTV names stages only)',
  },
  lifecycleHotShare: {
    unit: 'pct',
    en: 'Lifecycle 爆品 (hot): top share of the shop by daily sales',
    zh: '爆品：日均销量位于全店前此比例',
    source: 'OpsLens',
  },
  lifecycleGrowth: {
    unit: 'pct',
    en: 'Lifecycle 潜力品 (potential): daily sales growth at least',
    zh: '潜力品：日均销量增长至少',
    source: 'OpsLens',
  },
  lifecycleDecline: {
    unit: 'pct',
    en: 'Lifecycle 尾货 (tail): daily sales decline at least',
    zh: '尾货：日均销量下降至少',
    source: 'OpsLens',
  },
  lifecycleTailShare: {
    unit: 'pct',
    en: 'Lifecycle 尾货 (tail): within the bottom share of the shop',
    zh: '尾货：位于全店后此比例',
    source: 'OpsLens',
  },
  lifecycleMinPeers: {
    unit: 'count',
    en: 'Fewest items on a page to compare against',
    zh: '与全店比较所需的最少商品数',
    source: 'OpsLens',
  },
};

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
