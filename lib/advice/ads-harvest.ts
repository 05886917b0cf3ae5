import type { SnapshotRecord } from '../model';
import { type AdviceSettings, targetAcos } from '../settings/advice-settings';
import { acosOf } from './ads';
import { atLeast, below } from './compare';
import { type Gaps, noGaps } from './gaps';
import { makeAdvice, nameOf } from './make';
import type { Advice } from './types';

// Harvest (Sellics, ADVICE-SOURCES Advertising): a search term with more than 1 order at ACoS under target
// becomes an exact keyword; with 1 order or more, a broad/phrase keyword, and (when it came from an auto
// campaign) a negative phrase in that auto group, so that the manual keyword gets its traffic.

// Amazon's auto-targeting groups, as the search-term report's Targeting column shows them.
const AUTO_TARGETS = /^(close-match|loose-match|substitutes|complements)$/i;
/** The term came from an auto campaign (its targeting is an auto group, or its campaign is automatic). */
export const fromAuto = (r: SnapshotRecord) =>
  AUTO_TARGETS.test(r.attrs.targeting ?? '') || isAutomatic(r.attrs.targetingType);

/** A campaign's Targeting column: Automatic / Automatisch / オート / 自动. */
export const isAutomatic = (targeting: string | undefined) =>
  /^(auto(matic|matisch)?|オート|自动(投放)?)$/i.test((targeting ?? '').trim());

/** A search term that sells at ACoS under target and is not yet a keyword: harvest it (Sellics). */
export function harvestAdvice(
  rec: SnapshotRecord,
  s: AdviceSettings,
  exactKeywords: ReadonlySet<string>,
  gaps: Gaps = noGaps,
): Advice | null {
  const m = rec.metrics;
  if (m.orders === undefined) {
    gaps(rec, 'harvest', 'orders');
    return null;
  }
  if (m.orders === 0) return null;
  const acos = acosOf(m);
  if (acos === undefined) {
    gaps(rec, 'harvest', 'acos');
    return null;
  }
  const target = targetAcos(s);
  const term = (rec.label ?? rec.key).toLowerCase();
  const added = rec.attrs.addedAs === 'keyword' || rec.attrs.addedAs === 'negative';
  if (!below(acos, target) || exactKeywords.has(term) || added) return null;
  const used = { orders: m.orders, acos, ...(m.clicks !== undefined ? { clicks: m.clicks } : {}) };
  const name = nameOf(rec);
  if (atLeast(m.orders, s.harvestOrders))
    return makeAdvice(rec, {
      rule: 'harvest',
      action: 'addExact',
      severity: 'medium',
      used,
      thresholds: { harvestOrders: s.harvestOrders, targetAcos: target },
      message: {
        id: 'harvestExact',
        params: { name, orders: m.orders, acos, target, harvestOrders: s.harvestOrders },
      },
    });
  if (!atLeast(m.orders, s.harvestBroadOrders)) return null;
  const auto = fromAuto(rec);
  return makeAdvice(rec, {
    rule: 'harvest',
    action: auto ? 'addBroadPhraseNegateAuto' : 'addBroadPhrase',
    severity: 'low',
    used,
    thresholds: {
      harvestBroadOrders: s.harvestBroadOrders,
      harvestOrders: s.harvestOrders,
      targetAcos: target,
    },
    message: {
      id: 'harvestBroad',
      params: {
        name,
        orders: m.orders,
        acos,
        target,
        harvestBroadOrders: s.harvestBroadOrders,
        harvestOrders: s.harvestOrders,
        auto,
      },
    },
  });
}

/**
 * Auto campaigns' share of the page's ad spend over the most (Sellics' budget split: at most 30%): advice on
 * each auto campaign, with the spend to move to manual campaigns. Needs the campaigns' Targeting column.
 */
export function autoShareAdvice(
  campaigns: SnapshotRecord[],
  s: (r: SnapshotRecord) => AdviceSettings,
  gaps: Gaps = noGaps,
): Advice[] {
  const typed = campaigns.filter((c) => c.attrs.targetingType !== undefined && c.metrics.spend !== undefined);
  for (const c of campaigns)
    if (!typed.includes(c)) gaps(c, 'autoShare', c.metrics.spend === undefined ? 'spend' : 'targetingType');
  const total = typed.reduce((sum, c) => sum + c.metrics.spend!, 0);
  const autos = typed.filter((c) => isAutomatic(c.attrs.targetingType));
  const autoSpend = autos.reduce((sum, c) => sum + c.metrics.spend!, 0);
  if (!(total > 0) || !autos.length) return [];
  const share = autoSpend / total;
  return autos.flatMap((c) => {
    const max = s(c).autoSpendMaxShare;
    if (atLeast(max, share)) return [];
    const move = Math.round((autoSpend - max * total) * 100) / 100;
    const used = { spend: c.metrics.spend!, autoSpend, totalSpend: total, autoShare: share };
    return [
      makeAdvice(c, {
        rule: 'autoShare',
        action: 'moveBudgetToManual',
        severity: 'medium',
        used,
        thresholds: { autoSpendMaxShare: max },
        suggested: { moveSpend: move },
        message: {
          id: 'autoShareHigh',
          params: { ...used, autoSpendMaxShare: max, move, currency: c.currency },
        },
      }),
    ];
  });
}
