import { describe, expect, it } from 'vitest';
import type { SnapshotRecord } from '../../lib/model';
import { ADVICE_DEFAULTS, EMPTY_SETTINGS, type SettingsDoc } from '../../lib/settings/advice-settings';
import { marginOf, priceOf, settingsForRecord } from '../../lib/settings/profit';

const listing = (metrics: Record<string, number>): SnapshotRecord =>
  ({
    kind: 'listing',
    platform: 'amazon',
    marketplace: 'amazon.com',
    key: 'B0KETTLE01',
    source: 'amazon.business-report',
    capturedAt: '2026-11-08T09:00:00.000Z',
    url: 'https://sellercentral.amazon.com/business-reports',
    metrics,
    attrs: {},
  }) as SnapshotRecord;

const costed = (unitCost: number, feesPerUnit: number): SettingsDoc => ({
  ...EMPTY_SETTINGS,
  products: { 'amazon.com|B0KETTLE01': { unitCost, feesPerUnit } },
});

describe('break-even from unit cost and fees, worked by hand', () => {
  it('price $25, cost $10, fees $7.50: margin (25 - 17.50) / 25 = 30%, break-even ROI 1 / 0.3 = 3.33', () => {
    const s = settingsForRecord(costed(10, 7.5), listing({ price: 25 }));
    expect(s.breakEvenAcos).toBeCloseTo(0.3, 12);
    expect(s.breakEvenRoi).toBeCloseTo(10 / 3, 12);
  });
  it('takes the price from sales / units when the reading shows no price: $500 / 20 = $25', () => {
    expect(priceOf(listing({ sales: 500, unitsOrdered: 20 }))).toBe(25);
    // cost $12, fees $3: (25 - 15) / 25 = 40%
    expect(
      settingsForRecord(costed(12, 3), listing({ sales: 500, unitsOrdered: 20 })).breakEvenAcos,
    ).toBeCloseTo(0.4, 12);
  });
  it('keeps the default without a cost, without a price, or when the unit loses money before ads', () => {
    expect(settingsForRecord(EMPTY_SETTINGS, listing({ price: 25 })).breakEvenAcos).toBe(
      ADVICE_DEFAULTS.breakEvenAcos,
    );
    expect(settingsForRecord(costed(10, 5), listing({ sessions: 100 })).breakEvenAcos).toBe(
      ADVICE_DEFAULTS.breakEvenAcos,
    );
    // cost $20 + fees $6 = $26 > $25: margin -4%, no break-even to derive
    expect(marginOf({ unitCost: 20, feesPerUnit: 6 }, 25)).toBeUndefined();
    expect(settingsForRecord(costed(20, 6), listing({ price: 25 })).breakEvenAcos).toBe(
      ADVICE_DEFAULTS.breakEvenAcos,
    );
    // exactly break-even before ads (25 - 20 - 5 = 0): nothing to spend on ads, not a 0% target
    expect(marginOf({ unitCost: 20, feesPerUnit: 5 }, 25)).toBeUndefined();
  });
  it('applies to the product it is set for only', () => {
    const other = { ...listing({ price: 25 }), key: 'B0OTHER999' };
    expect(settingsForRecord(costed(10, 7.5), other).breakEvenAcos).toBe(ADVICE_DEFAULTS.breakEvenAcos);
  });
});
