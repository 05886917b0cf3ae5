import * as z from 'zod/mini';
import { isMetricName, METRICS, validMetricValue } from './metrics';

export const KINDS = ['listing', 'campaign', 'keyword', 'searchTerm', 'competitor'] as const;
export const PLATFORMS = ['amazon', 'tmall', 'taobao'] as const;

export const Kind = z.enum(KINDS);
export const Platform = z.enum(PLATFORMS);
export type Kind = z.infer<typeof Kind>;
export type Platform = z.infer<typeof Platform>;

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const shortText = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

export const Period = z.object({ from: isoDate, to: isoDate });

export const Metrics = z.record(z.string(), z.number()).check(
  z.refine((m) => Object.entries(m).every(([k, v]) => isMetricName(k) && validMetricValue(METRICS[k], v)), {
    message: 'metrics must be known names with finite, in-range values',
  }),
);

export const Attrs = z.record(
  z.string().check(z.regex(/^[a-zA-Z][a-zA-Z0-9]{0,40}$/)),
  z.string().check(z.maxLength(2000)),
);

/** One reading of one entity: the record of DATA-DICTIONARY.md. */
export const SnapshotRecord = z.object({
  kind: Kind,
  source: z.string().check(z.regex(/^[a-z]+\.[a-z0-9-]+$/)),
  platform: Platform,
  marketplace: z.string().check(z.regex(/^[a-z0-9.-]+\.[a-z.]+$/)),
  key: shortText(500),
  label: z.optional(z.string().check(z.maxLength(2000))),
  currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/))),
  period: z.optional(Period),
  capturedAt: z.iso.datetime(),
  url: z.string().check(z.maxLength(4000)),
  metrics: Metrics,
  attrs: Attrs,
});
export type SnapshotRecord = z.infer<typeof SnapshotRecord>;
export type Metrics = z.infer<typeof Metrics>;

export { type EntityRef, entityId } from './entity-id';
