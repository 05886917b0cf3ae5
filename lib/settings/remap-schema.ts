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

export const NewRemap = z.omit(Remap, { createdAt: true });
export type NewRemap = z.infer<typeof NewRemap>;

/** Which recipe: one per adapter, marketplace and field. */
export const RemapRef = z.pick(Remap, { adapter: true, marketplace: true, field: true });
export type RemapRef = z.infer<typeof RemapRef>;
