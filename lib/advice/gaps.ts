import type { SnapshotRecord } from '../model';
import type { AdviceRule } from './types';

// Why a rule did not advise on an entity (issue 14, `npm run advise`): a metric it needs is not on the page,
// or there is too little of it yet (clicks under 1X, readings under the count a trend needs). The extension
// shows the rules' "not enough data" advice as before; this is the full list, for checking a rule from outside.

/** One rule that could not judge one entity. `missing` names the metric (or what it needs more of). */
export interface NotEnoughData {
  rule: AdviceRule;
  kind: SnapshotRecord['kind'];
  marketplace: string;
  key: string;
  missing: string;
  /** How much of it there is, and how much the rule needs, when it is a count. */
  have?: number;
  need?: number;
}

/** What a rule calls when it cannot judge a record. */
export type Gaps = (
  rec: SnapshotRecord,
  rule: AdviceRule,
  missing: string,
  have?: number,
  need?: number,
) => void;

/** The rules' default: nobody is listening. */
export const noGaps: Gaps = () => {};

/** A Gaps that appends to `list`. */
export const gapsInto =
  (list: NotEnoughData[]): Gaps =>
  (rec, rule, missing, have, need) =>
    list.push({
      rule,
      kind: rec.kind,
      marketplace: rec.marketplace,
      key: rec.key,
      missing,
      ...(have !== undefined ? { have } : {}),
      ...(need !== undefined ? { need } : {}),
    });

/** The first metric of `names` the record does not show, if any. */
export const firstMissing = (rec: SnapshotRecord, names: readonly string[]) =>
  names.find((n) => rec.metrics[n] === undefined);
