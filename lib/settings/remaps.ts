import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';

/** A column the user pointed at for a field an adapter could not find, per adapter and marketplace. */
export const Remap = z.object({
  adapter: z.string().check(z.maxLength(80)),
  marketplace: z.string().check(z.maxLength(80)),
  field: z.string().check(z.maxLength(80)),
  label: z.string().check(z.minLength(1), z.maxLength(200)),
  createdAt: z.string(),
});
export type Remap = z.infer<typeof Remap>;

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

export async function addRemap(r: Omit<Remap, 'createdAt'>): Promise<void> {
  const list = (await loadRemaps()).filter(
    (x) => !(x.adapter === r.adapter && x.marketplace === r.marketplace && x.field === r.field),
  );
  await remapsItem.setValue([...list, { ...r, createdAt: new Date().toISOString() }]);
}

export async function removeRemap(r: Pick<Remap, 'adapter' | 'marketplace' | 'field'>): Promise<void> {
  await remapsItem.setValue(
    (await loadRemaps()).filter(
      (x) => !(x.adapter === r.adapter && x.marketplace === r.marketplace && x.field === r.field),
    ),
  );
}
