import { entityId, type SnapshotRecord } from '../model';
import { type AdviceSettings, resolveSettings, type SettingsDoc } from '../settings/advice-settings';
import { marginOf, priceOf, settingsForRecord } from '../settings/profit';
import { bidAdvice, breakEvenAdvice, harvestAdvice, negativeAdvice } from './ads';
import { autoShareAdvice } from './ads-harvest';
import { adviseAlibaba } from './alibaba';
import { gapsInto, type NotEnoughData, noGaps } from './gaps';
import { buyBoxAdvice, conversionAdvice } from './listing';
import { amazonPools } from './pool';
import { assumedDefaults } from './stake';
import { stockAdvices } from './stock';
import type { Advice } from './types';

export type { NotEnoughData } from './gaps';
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

/**
 * Every rule over one page's records. Pure: history and settings come in, advice goes out. `notEnoughData`,
 * when given, collects the entities a rule could not judge and why (./gaps.ts; `npm run advise`).
 */
export function adviseRecords(
  records: SnapshotRecord[],
  history: HistoryLookup,
  settings: SettingsDoc | undefined,
  notEnoughData?: NotEnoughData[],
): Advice[] {
  const out: Advice[] = [];
  const gaps = notEnoughData ? gapsInto(notEnoughData) : noGaps;
  // A product's unit cost and fees, with the price its reading shows, give its break-even (lib/settings/profit.ts).
  const s = (r: SnapshotRecord): AdviceSettings => settingsForRecord(settings, r);
  const poolOf = amazonPools(records.filter((r) => r.platform === 'amazon'));
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
      gaps,
    ),
  );
  // Stock on Tmall/Taobao items (千牛 库存 and 30日销量): the same rules as on Amazon listings.
  for (const rec of records)
    if (rec.platform !== 'amazon') out.push(...stockAdvices(rec, history(rec), s(rec), gaps));
  for (const rec of records) {
    if (rec.platform !== 'amazon') continue;
    const set = s(rec);
    const add = (a: Advice | null) => {
      if (a) out.push(a);
    };
    switch (rec.kind) {
      case 'keyword':
        add(bidAdvice(rec, set, poolOf(rec, set), gaps));
        break;
      case 'searchTerm':
        // Search Query Performance rows are market-wide search data, not ad traffic: no ad advice on them.
        if (rec.source === 'amazon.sqp-report') break;
        add(negativeAdvice(rec, set));
        add(harvestAdvice(rec, set, exact, gaps));
        break;
      case 'campaign':
        add(breakEvenAdvice(rec, set));
        break;
      case 'listing': {
        const earlier = history(rec);
        add(conversionAdvice(rec, earlier, set, gaps));
        add(buyBoxAdvice(rec, set));
        out.push(...stockAdvices(rec, earlier, set, gaps));
        break;
      }
      default:
        break;
    }
  }
  // Auto campaigns' share of the page's spend (Sellics' budget split), on the Amazon campaigns page.
  out.push(
    ...autoShareAdvice(
      records.filter((r) => r.platform === 'amazon' && r.kind === 'campaign'),
      s,
      gaps,
    ),
  );
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
