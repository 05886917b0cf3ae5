import type { Kind } from './snapshot';

export interface EntityRef {
  kind: Kind;
  marketplace: string;
  key: string;
}

/** One listing, keyword or campaign across its snapshots (no schema here: content scripts use it). */
export const entityId = (r: EntityRef): string => `${r.kind}|${r.marketplace}|${r.key}`;
