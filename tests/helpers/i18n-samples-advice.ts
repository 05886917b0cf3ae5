import type { Params } from '../../lib/i18n';
import type { ParamKey } from './i18n-samples';

// Sample parameters of the stock advice messages added for issue 14 (spread into SAMPLES in ./i18n-samples.ts),
// at one where a plural has a one form.

type Samples = { [K in ParamKey]?: Params<K> };

const stock = {
  name: 'Kettle',
  available: 1,
  inbound: 0,
  perDay: 1,
  method: 'average',
  historyDays: 7,
  dailyDays: 0,
  needDays: 28,
  leadTimeDays: 1,
  leadDemand: 1,
  safety: 1,
  safetyFrom: 'days',
  serviceLevel: 0.95,
  safetyStockDays: 1,
  reorderPoint: 2,
  daysOfCover: 1,
} as const;

export const ADVICE_SAMPLES = {
  stockForecastBand: { level: 0.95 },
  stockReorderPlan: {
    ...stock,
    reorder: 1,
    orderUpTo: 2,
    cycleDemand: 1,
    orderCycleDays: 1,
    minOrderQty: 1,
    casePack: 1,
  },
  stockInboundPlan: { ...stock, inbound: 1, method: 'holtWinters', dailyDays: 28 },
  stockClearance: {
    name: 'Tea',
    currency: 'CNY',
    available: 1,
    perDay: 0,
    method: 'monthly',
    historyDays: 30,
    dailyDays: 0,
    needDays: 28,
    weeksOfSupply: Number.POSITIVE_INFINITY,
    wosLowWeeks: 4,
    wosExcessWeeks: 13,
    clearanceRemovalWeeks: 26,
    sellThrough30: 0,
    sold30: 0,
    excessUnits: 1,
    tiedUp: 58,
    price: 58,
    priceStep: 0.1,
    step: 'clearanceActivity',
  },
} satisfies Samples;
