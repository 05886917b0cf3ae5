import type { SnapshotRecord } from './model';

type Reading = Pick<SnapshotRecord, 'metrics' | 'attrs' | 'capturedAt'>;

export type ChangeKind =
  | 'priceDown'
  | 'priceUp'
  | 'newReviews'
  | 'rankUp'
  | 'rankDown'
  | 'ratingChanged'
  | 'outOfStock'
  | 'backInStock';

export interface Change {
  kind: ChangeKind;
  metric: string;
  from?: number;
  to?: number;
  /** Relative change (to - from) / from, where it means something. */
  ratio?: number;
}

/** Thresholds of the watchlist badges (issue 2): a 5% price move, a 20% rank move. */
export const BADGE_THRESHOLDS = { price: 0.05, rank: 0.2 } as const;

const rel = (from: number, to: number) => (from === 0 ? undefined : (to - from) / from);

/**
 * What changed between two readings of one product. `significantOnly` keeps the moves that earn
 * a badge (price by 5% or more, rank by 20% or more); otherwise every move is reported.
 */
export function compareReadings(prev: Reading, cur: Reading, significantOnly = false): Change[] {
  const out: Change[] = [];
  const p = prev.metrics;
  const c = cur.metrics;
  if (p.price !== undefined && c.price !== undefined && p.price !== c.price) {
    const ratio = rel(p.price, c.price);
    if (!significantOnly || (ratio !== undefined && Math.abs(ratio) >= BADGE_THRESHOLDS.price)) {
      out.push({
        kind: c.price < p.price ? 'priceDown' : 'priceUp',
        metric: 'price',
        from: p.price,
        to: c.price,
        ratio,
      });
    }
  }
  if (p.reviewCount !== undefined && c.reviewCount !== undefined && c.reviewCount > p.reviewCount) {
    out.push({ kind: 'newReviews', metric: 'reviewCount', from: p.reviewCount, to: c.reviewCount });
  }
  if (p.bsr !== undefined && c.bsr !== undefined && p.bsr !== c.bsr) {
    const ratio = rel(p.bsr, c.bsr);
    if (!significantOnly || (ratio !== undefined && Math.abs(ratio) >= BADGE_THRESHOLDS.rank)) {
      // A smaller rank number is a better rank.
      out.push({ kind: c.bsr < p.bsr ? 'rankUp' : 'rankDown', metric: 'bsr', from: p.bsr, to: c.bsr, ratio });
    }
  }
  if (!significantOnly && p.rating !== undefined && c.rating !== undefined && p.rating !== c.rating) {
    out.push({ kind: 'ratingChanged', metric: 'rating', from: p.rating, to: c.rating });
  }
  const wasOut = prev.attrs.stockState === 'outOfStock';
  const isOut = cur.attrs.stockState === 'outOfStock';
  if (isOut && (!wasOut || significantOnly)) out.push({ kind: 'outOfStock', metric: 'availability' });
  if (wasOut && !isOut && cur.attrs.stockState === 'inStock')
    out.push({ kind: 'backInStock', metric: 'availability' });
  return out;
}

/** Badges of a watched product: moves between its last two readings, plus its current stock state. */
export function watchBadges(history: Reading[]): Change[] {
  const cur = history.at(-1);
  if (!cur) return [];
  const prev = history.at(-2);
  if (!prev)
    return cur.attrs.stockState === 'outOfStock' ? [{ kind: 'outOfStock', metric: 'availability' }] : [];
  return compareReadings(prev, cur, true);
}
