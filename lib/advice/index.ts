import { entityId, type SnapshotRecord } from '../model';
import { type AdviceSettings, resolveSettings, type SettingsDoc } from '../settings/advice-settings';
import { marginOf, priceOf, settingsForRecord } from '../settings/profit';
import { bidAdvice, breakEvenAdvice, harvestAdvice, negativeAdvice } from './ads';
import { adviseAlibaba } from './alibaba';
import { buyBoxAdvice, conversionAdvice } from './listing';
import { assumedDefaults } from './stake';
import { stockAdvices } from './stock';
import type { Advice } from './types';

export * from './types';

/** Earlier readings of an entity, keyed by `kind|marketplace|key`. */
export type HistoryLookup = (rec: SnapshotRecord) => SnapshotRecord[];

/**
 * What the rules look back on: the readings of a listing before the one advised on (conversion, stock
 * cover, visitors, lifecycle), at most this many. Whoever gathers the inputs (lib/db/page-advice.ts) reads
 * exactly these, so that the panel and the dashboard advise from the same history.
 */
export const HISTORY_POINTS = 400;
export const needsHistory = (rec: SnapshotRecord) => rec.kind === 'listing';

function pooledConversion(records: SnapshotRecord[]): number | undefined {
  let orders = 0;
  let clicks = 0;
  for (const r of records) {
    if (r.metrics.orders !== undefined && r.metrics.clicks !== undefined) {
      orders += r.metrics.orders;
      clicks += r.metrics.clicks;
    }
  }
  return clicks > 0 && orders > 0 ? orders / clicks : undefined;
}

/** Every rule over one page's records. Pure: history and settings come in, advice goes out. */
export function adviseRecords(
  records: SnapshotRecord[],
  history: HistoryLookup,
  settings: SettingsDoc | undefined,
): Advice[] {
  const out: Advice[] = [];
  // A product's unit cost and fees, with the price its reading shows, give its break-even (lib/settings/profit.ts).
  const s = (r: SnapshotRecord): AdviceSettings => settingsForRecord(settings, r);
  const accountConversion = pooledConversion(
    records.filter((r) => r.kind === 'keyword' || r.kind === 'searchTerm'),
  );
  const exact = new Set(
    records
      .filter((r) => r.kind === 'keyword' && r.attrs.matchType?.toLowerCase() === 'exact')
      .map((r) => (r.label ?? r.key).toLowerCase()),
  );
  // Tmall and Taobao records have their own rules (ROI, 质量分, 生意参谋), in Chinese first.
  out.push(
    ...adviseAlibaba(
      records.filter((r) => r.platform !== 'amazon'),
      history,
      s,
    ),
  );
  // Stock on Tmall/Taobao items (千牛 库存 and 30日销量): the same rules as on Amazon listings.
  for (const rec of records)
    if (rec.platform !== 'amazon') out.push(...stockAdvices(rec, history(rec), s(rec)));
  for (const rec of records) {
    if (rec.platform !== 'amazon') continue;
    const set = s(rec);
    const add = (a: Advice | null) => {
      if (a) out.push(a);
    };
    switch (rec.kind) {
      case 'keyword':
        add(bidAdvice(rec, set, accountConversion));
        break;
      case 'searchTerm':
        // Search Query Performance rows are market-wide search data, not ad traffic: no ad advice on them.
        if (rec.source === 'amazon.sqp-report') break;
        add(negativeAdvice(rec, set));
        add(harvestAdvice(rec, set, exact));
        break;
      case 'campaign':
        add(breakEvenAdvice(rec, set));
        break;
      case 'listing': {
        const earlier = history(rec);
        add(conversionAdvice(rec, earlier, set));
        add(buyBoxAdvice(rec, set));
        out.push(...stockAdvices(rec, earlier, set));
        break;
      }
      default:
        break;
    }
  }
  return withAssumed(out, settings, records);
}

/** Marks the advice that rests on a margin the operator has not set (./stake.ts). */
function withAssumed(
  advice: Advice[],
  settings: SettingsDoc | undefined,
  records: SnapshotRecord[],
): Advice[] {
  // Entities whose break-even came from their own cost and price rest on no default.
  const costed = new Set(
    records
      .filter((r) => marginOf(resolveSettings(settings, r.marketplace, r.key), priceOf(r)) !== undefined)
      .map(entityId),
  );
  return advice.map((a) => {
    const assumed = costed.has(entityId(a.ref)) ? [] : assumedDefaults(a, settings);
    return assumed.length ? { ...a, assumed } : a;
  });
}
