import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContextAnswer } from '../../lib/settings/answer-schema';
import { contextAnswerOf } from '../../lib/settings/answers';
import { Remap } from '../../lib/settings/remap-schema';
import { isRemap } from '../../lib/settings/remaps';

// Content scripts read the operator's remaps and answers with hand-written checks instead of the zod
// schemas (zod stays out of the pages' scripts). The schemas, which the background writes through, are
// the oracle: on generated values near and across every limit, both must agree.

/** Strings of the lengths that matter: empty, one, around the limit, or short and random. */
const str = (max: number) =>
  fc.oneof(
    fc.constantFrom(0, 1, 2, max - 1, max, max + 1).map((n) => 'x'.repeat(n)),
    fc.string({ maxLength: 4 }),
  );
/** Mostly a good value, so that one bad field at a time is what the properties see. */
const maybe = <T>(a: fc.Arbitrary<T>) =>
  fc.oneof(
    { arbitrary: a, weight: 12 },
    fc.constant(undefined),
    fc.constant(null),
    fc.integer(),
    fc.constant({}),
  );
const day = fc.oneof(
  fc.constantFrom('2026-11-01', '2026-1-01', '26-11-01', '2026-11-01x', ''),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

describe('content-script checks agree with the schemas', () => {
  it('remaps: isRemap accepts exactly what Remap accepts', () => {
    const remap = fc.record(
      {
        adapter: maybe(str(80)),
        marketplace: maybe(str(80)),
        field: maybe(str(80)),
        label: maybe(str(200)),
        createdAt: maybe(fc.string({ maxLength: 30 })),
      },
      { requiredKeys: ['adapter', 'marketplace', 'field', 'label', 'createdAt'] },
    );
    fc.assert(
      fc.property(fc.oneof({ arbitrary: remap, weight: 9 }, fc.anything()), (v) => {
        expect(isRemap(v)).toBe(Remap.safeParse(v).success);
      }),
      { numRuns: 3000 },
    );
  });

  it('answers: contextAnswerOf returns what ContextAnswer parses to, or nothing where it refuses', () => {
    const value = fc.oneof(
      str(80),
      fc.constantFrom('mdy', 'dmy', 'ymd'),
      fc.record({ from: maybe(day), to: maybe(day) }, { requiredKeys: ['from', 'to'] }),
      fc.record({ from: day }),
      fc.anything(),
    );
    const answer = fc.record(
      {
        key: maybe(str(2000)),
        adapter: maybe(str(80)),
        field: maybe(fc.constantFrom('marketplace', 'dateOrder', 'period', 'other')),
        value,
        createdAt: maybe(fc.string({ maxLength: 30 })),
        extra: fc.string(),
      },
      { requiredKeys: ['key', 'adapter', 'field', 'value', 'createdAt'] },
    );
    fc.assert(
      fc.property(fc.oneof({ arbitrary: answer, weight: 9 }, fc.anything()), (v) => {
        const schema = ContextAnswer.safeParse(v);
        expect(contextAnswerOf(v)).toStrictEqual(schema.success ? schema.data : undefined);
      }),
      { numRuns: 5000 },
    );
  });
});
