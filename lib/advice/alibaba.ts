import type { SnapshotRecord } from '../model';
import type { AdviceSettings } from '../settings/advice-settings';
import { adGroupOf, alibabaPools, ctrAdvice, noSalesAdvice, qualityAdvice, roiAdvice } from './alibaba-ads';
import { cartNoPayAdvice, lifecycleAdvice, visitorsFallingAdvice } from './alibaba-items';
import { type Gaps, noGaps } from './gaps';
import { conversionAdvice } from './listing';
import type { Advice } from './types';

// Advice for Tmall/Taobao pages (issue 4). 直通车/万相台 keywords and plans (./alibaba-ads.ts); 生意参谋 items
// (./alibaba-items.ts) and the conversion drop shared with Amazon. Pure: the page's records, their history and
// the settings come in; advice goes out.

export * from './alibaba-ads';
export * from './alibaba-items';

type Rec = SnapshotRecord;

/** Every Tmall/Taobao rule over one page's records. */
export function adviseAlibaba(
  records: Rec[],
  history: (r: Rec) => Rec[],
  settingsFor: (r: Rec) => AdviceSettings,
  gaps: Gaps = noGaps,
): Advice[] {
  const out: Advice[] = [];
  const push = (a: Advice | null) => {
    if (a) out.push(a);
  };
  const ads = records.filter((x) => x.kind === 'keyword' || x.kind === 'campaign');
  const poolOf = alibabaPools(ads);
  const groups = new Map<string, Rec[]>();
  for (const r of ads) groups.set(adGroupOf(r), [...(groups.get(adGroupOf(r)) ?? []), r]);
  for (const group of groups.values()) {
    for (const rec of group) {
      const s = settingsFor(rec);
      const pool = poolOf(rec, s);
      push(roiAdvice(rec, s, pool, gaps));
      push(noSalesAdvice(rec, s, pool, gaps));
      push(qualityAdvice(rec, s));
      push(ctrAdvice(rec, group, s));
    }
  }
  const shops = new Map<string, Rec[]>();
  for (const r of records.filter((x) => x.kind === 'listing'))
    shops.set(`${r.source}|${r.marketplace}`, [...(shops.get(`${r.source}|${r.marketplace}`) ?? []), r]);
  for (const peers of shops.values()) {
    const seen = peers.flatMap((p) => history(p).map((h) => h.capturedAt)).sort();
    for (const rec of peers) {
      const s = settingsFor(rec);
      const earlier = history(rec);
      push(conversionAdvice(rec, earlier, s, gaps));
      push(cartNoPayAdvice(rec, peers, s));
      push(visitorsFallingAdvice(rec, earlier, s, gaps));
      push(lifecycleAdvice(rec, earlier, { peers, watchingSince: seen[0] }, s));
    }
  }
  return out;
}
