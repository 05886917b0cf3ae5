/** The storage.local key of the column recipes (remaps.ts), also read by the console's first look. */
export const REMAPS_KEY = 'remaps';
