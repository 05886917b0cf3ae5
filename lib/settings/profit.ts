import type { SnapshotRecord } from '../model';
import { type AdviceSettings, resolveSettings, type SettingsDoc } from './advice-settings';

// Profit inputs (issue 13): a product's unit cost and fees make its break-even the operator's own.
//   margin          = (price - unit cost - fees per unit) / price
//   break-even ACoS = margin            (sellerboard; Amazon)
//   break-even ROI  = 1 / margin        (保本投产比; Tmall, Taobao)
// Price is the one the reading shows, else its sales / units. Nothing is derived without a cost, without a
// price, or when the margin is not between 0 and 1 (a loss before ads: the default stays, and says so).

/** The price a reading implies: its own, else sales over units of its period. */
export function priceOf(rec: Pick<SnapshotRecord, 'metrics'>): number | undefined {
  const m = rec.metrics;
  if (m.price !== undefined && m.price > 0) return m.price;
  return m.sales !== undefined && m.unitsOrdered ? m.sales / m.unitsOrdered : undefined;
}

/** The margin of one unit at `price`, when cost is set and it is a real margin. */
export function marginOf(s: Pick<AdviceSettings, 'unitCost' | 'feesPerUnit'>, price: number | undefined) {
  if (!(s.unitCost > 0) || price === undefined || !(price > 0)) return undefined;
  const margin = (price - s.unitCost - s.feesPerUnit) / price;
  return margin > 0 && margin < 1 ? margin : undefined;
}

/** The thresholds for one record: its layers, with break-even from its cost and price where they give one. */
export function settingsForRecord(doc: SettingsDoc | undefined, rec: SnapshotRecord): AdviceSettings {
  const s = resolveSettings(doc, rec.marketplace, rec.key);
  const margin = marginOf(s, priceOf(rec));
  return margin === undefined ? s : { ...s, breakEvenAcos: margin, breakEvenRoi: 1 / margin };
}
