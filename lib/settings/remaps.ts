import { storage } from 'wxt/utils/storage';
import { send } from '../runtime';
import { REMAPS_KEY } from './remap-key';
import type { NewRemap, Remap, RemapRef } from './remap-schema';

export type { NewRemap, Remap, RemapRef } from './remap-schema';

/** Column recipes. Written by the background only (`remaps.add` / `remaps.remove`); read anywhere. */
export const remapsItem = storage.defineItem<Remap[]>(`local:${REMAPS_KEY}`, { fallback: [], version: 1 });

const text = (v: unknown, min: number, max: number): v is string =>
  typeof v === 'string' && v.length >= min && v.length <= max;

/**
 * A stored recipe as the background wrote it (it validates `remaps.add` with the `Remap` schema). Checked
 * by hand, not with the schema, because content scripts read it (tests/unit/settings-guards.test.ts holds
 * it to the schema on generated values).
 */
export function isRemap(v: unknown): v is Remap {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    text(r.adapter, 0, 80) &&
    text(r.marketplace, 0, 80) &&
    text(r.field, 0, 80) &&
    text(r.label, 1, 200) &&
    typeof r.createdAt === 'string'
  );
}

/** The stored recipes; a damaged store gives none (as the schema did: all or nothing). */
export async function loadRemaps(): Promise<Remap[]> {
  const raw = await remapsItem.getValue();
  return Array.isArray(raw) && raw.every(isRemap)
    ? raw.map(({ adapter, marketplace, field, label, createdAt }) => ({
        adapter,
        marketplace,
        field,
        label,
        createdAt,
      }))
    : [];
}

/** Labels for one adapter on one marketplace (`*` applies to every marketplace), as ExtractContext wants them. */
export function remapsFor(
  list: readonly Remap[],
  adapter: string,
  marketplace?: string,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const r of list) {
    if (r.adapter !== adapter || (r.marketplace !== '*' && marketplace && r.marketplace !== marketplace))
      continue;
    out[r.field] = [...(out[r.field] ?? []), r.label];
  }
  return out;
}

export const sameRemap = (a: RemapRef, b: RemapRef) =>
  a.adapter === b.adapter && a.marketplace === b.marketplace && a.field === b.field;

/** The list with `r` in place of the recipe for the same adapter, marketplace and field. */
export const withRemap = (list: readonly Remap[], r: NewRemap, createdAt: string): Remap[] => [
  ...list.filter((x) => !sameRemap(x, r)),
  { ...r, createdAt },
];

export async function addRemap(r: NewRemap): Promise<void> {
  await send({ type: 'remaps.add', remap: r });
}

export async function removeRemap(r: RemapRef): Promise<void> {
  await send({
    type: 'remaps.remove',
    remap: { adapter: r.adapter, marketplace: r.marketplace, field: r.field },
  });
}
