import { describe, expect, it } from 'vitest';
import { compareReadings, watchBadges } from '../../lib/changes';
import { competitor } from '../helpers/records';

const base = competitor();
const withMetrics = (m: Record<string, number>, stockState = 'inStock') =>
  competitor({ metrics: { ...base.metrics, ...m }, attrs: { ...base.attrs, stockState } });

describe('compareReadings', () => {
  it('reports every move since the last visit', () => {
    expect(
      compareReadings(base, withMetrics({ price: 38.99, reviewCount: 12400, bsr: 13, rating: 4.5 })),
    ).toStrictEqual([
      { kind: 'priceDown', metric: 'price', from: 39.99, to: 38.99, ratio: (38.99 - 39.99) / 39.99 },
      { kind: 'newReviews', metric: 'reviewCount', from: 12345, to: 12400 },
      { kind: 'rankUp', metric: 'bsr', from: 14, to: 13, ratio: (13 - 14) / 14 },
      { kind: 'ratingChanged', metric: 'rating', from: 4.6, to: 4.5 },
    ]);
  });
  it('reports nothing for an identical reading', () => {
    expect(compareReadings(base, withMetrics({}))).toStrictEqual([]);
  });
});

describe('watchBadges', () => {
  it('badges a price move of 5% or more, not less', () => {
    expect(watchBadges([base, withMetrics({ price: 37.99 })]).map((b) => b.kind)).toStrictEqual([
      'priceDown',
    ]);
    expect(watchBadges([base, withMetrics({ price: 38.5 })])).toStrictEqual([]);
    expect(watchBadges([base, withMetrics({ price: 41.99 })]).map((b) => b.kind)).toStrictEqual(['priceUp']);
  });
  it('badges a rank move of 20% or more, new reviews and out of stock', () => {
    expect(
      watchBadges([base, withMetrics({ bsr: 18, reviewCount: 12346 }, 'outOfStock')]).map((b) => b.kind),
    ).toStrictEqual(['newReviews', 'rankDown', 'outOfStock']);
    expect(watchBadges([base, withMetrics({ bsr: 16 })])).toStrictEqual([]);
  });
  it('badges a single out-of-stock reading and nothing else for one reading', () => {
    expect(watchBadges([withMetrics({}, 'outOfStock')]).map((b) => b.kind)).toStrictEqual(['outOfStock']);
    expect(watchBadges([base])).toStrictEqual([]);
    expect(watchBadges([])).toStrictEqual([]);
  });
});
