import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { send } from '../runtime';
import { type NewRemap, Remap, type RemapRef } from './remap-schema';

export { NewRemap, Remap, RemapRef } from './remap-schema';

/** Column recipes. Written by the background only (`remaps.add` / `remaps.remove`); read anywhere. */
export const remapsItem = storage.defineItem<Remap[]>('local:remaps', { fallback: [], version: 1 });

export async function loadRemaps(): Promise<Remap[]> {
  const parsed = z.array(Remap).safeParse(await remapsItem.getValue());
  return parsed.success ? parsed.data : [];
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
