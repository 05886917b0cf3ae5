const pad = (n: number) => String(n).padStart(2, '0');

/** The operator's calendar day, `YYYY-MM-DD` in local time: "today" and "yesterday" are theirs, not UTC's. */
export const localDay = (d: Date): string =>
  `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
