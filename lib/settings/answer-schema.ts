import * as z from 'zod/mini';

// The shape of the operator's answers, apart from the functions that store them (answers.ts) so that the
// message protocol can name them without importing the sending side.

const Day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const common = {
  /** `consoleAccountOf(document, url)` for account answers, the page's href for a period. */
  key: z.string().check(z.minLength(1), z.maxLength(2000)),
  /** The adapter that asked, to show in settings. */
  adapter: z.string().check(z.maxLength(80)),
};
const marketplace = z.object({
  ...common,
  field: z.literal('marketplace'),
  value: z.string().check(z.minLength(1), z.maxLength(80)),
});
const dateOrder = z.object({ ...common, field: z.literal('dateOrder'), value: z.enum(['mdy', 'dmy']) });
const period = z.object({ ...common, field: z.literal('period'), value: z.object({ from: Day, to: Day }) });

/** An answer before it is stored: `createdAt` is set on save. */
export const NewContextAnswer = z.discriminatedUnion('field', [marketplace, dateOrder, period]);
export type NewContextAnswer = z.infer<typeof NewContextAnswer>;

const stamped = { createdAt: z.string() };
export const ContextAnswer = z.discriminatedUnion('field', [
  z.extend(marketplace, stamped),
  z.extend(dateOrder, stamped),
  z.extend(period, stamped),
]);
export type ContextAnswer = z.infer<typeof ContextAnswer>;

/** Which answer: one per account (or address) and field. */
export const AnswerRef = z.object({ key: common.key, field: z.enum(['marketplace', 'dateOrder', 'period']) });
export type AnswerRef = z.infer<typeof AnswerRef>;
