import type { Fmt } from '../fmt';

// Text of the advice views in the dashboard: the stock view (components/StockView.tsx) and the hour
// heatmap (components/HourHeatmap.tsx). Part of the advice catalogue (./advice.ts).

export const enAdviceViews = {
  stockTitle: 'Stock: reorders and slow movers',
  stockIntro:
    'Every item whose stock OpsLens has read (Seller Central inventory, 千牛 出售中的宝贝), with the sales it holds for it: how long the stock lasts, what to reorder, and what does not move.',
  stockEmpty:
    'No stock read yet. Open Manage Inventory in Seller Central (and a Business Report for sales), or 千牛 出售中的宝贝 (库存 and 30日销量).',
  stockReorderNow: 'Reorder now',
  stockSlowMovers: 'Slow movers',
  stockAllItems: 'All items with stock',
  stockNothing: 'None.',
  stockColItem: 'Item',
  stockColAvailable: 'Available',
  stockColInbound: 'Inbound',
  stockColPerDay: 'Units / day',
  stockColCover: 'Weeks of supply',
  stockColBand: 'Stock',
  stockColSellThrough: 'Sell-through 30 / 90 d',
  stockColReorderPoint: 'Reorder point',
  stockColReorder: 'Reorder',
  stockColTiedUp: 'Tied up (margin)',
  stockColForecast: 'Rate from',
  stockBand_out: 'out of stock',
  stockBand_low: 'low',
  stockBand_healthy: 'healthy',
  stockBand_excess: 'excess',
  forecast_holtWinters: ({ days }: { days: number }, f: Fmt) =>
    `forecast: trend + weekly seasonality (Holt-Winters, ${f.plural(days, { one: '# day', other: '# days' })})`,
  forecast_average: ({ days, need }: { days: number; need: number }, f: Fmt) =>
    `average of ${f.plural(days, { one: '# day', other: '# days' })} (a forecast needs ${f.count(need)} days of daily figures)`,
  forecast_monthly: '30日销量 ÷ 30 (no daily figures to forecast from)',
};
