import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import type { ContextAnswers } from '../model';

// The operator's answers to what a console page does not say (issue 11, "ask and remember"). The
// marketplace and the day/month order belong to a console account on a host (`consoleAccountOf`, hashed);
// an explicit period belongs to one address only, since another report of the same account covers other dates.

const Day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const common = {
  /** `consoleAccountOf(document, url)` for account answers, the page's href for a period. */
  key: z.string().check(z.minLength(1), z.maxLength(2000)),
  /** The adapter that asked, to show in settings. */
  adapter: z.string().check(z.maxLength(80)),
  createdAt: z.string(),
};
export const ContextAnswer = z.discriminatedUnion('field', [
  z.object({
    ...common,
    field: z.literal('marketplace'),
    value: z.string().check(z.minLength(1), z.maxLength(80)),
  }),
  z.object({ ...common, field: z.literal('dateOrder'), value: z.enum(['mdy', 'dmy']) }),
  z.object({ ...common, field: z.literal('period'), value: z.object({ from: Day, to: Day }) }),
]);
export type ContextAnswer = z.infer<typeof ContextAnswer>;
/** An answer before it is stored: `createdAt` is set on save. */
export type NewContextAnswer = ContextAnswer extends infer A
  ? A extends ContextAnswer
    ? Omit<A, 'createdAt'>
    : never
  : never;

export const answersItem = storage.defineItem<ContextAnswer[]>('local:contextAnswers', {
  fallback: [],
  version: 1,
});

/** The stored answers; entries that do not validate (an older or damaged store) are left out one by one. */
export async function loadAnswers(): Promise<ContextAnswer[]> {
  const raw = await answersItem.getValue();
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((a) => {
    const parsed = ContextAnswer.safeParse(a);
    return parsed.success ? [parsed.data] : [];
  });
}

/** What an extraction of this page may use: the account's marketplace and date order, this address's period. */
export function answersFor(list: readonly ContextAnswer[], account: string, href: string): ContextAnswers {
  const out: ContextAnswers = {};
  for (const a of list) {
    if (a.field === 'marketplace' && a.key === account) out.marketplace = a.value;
    else if (a.field === 'dateOrder' && a.key === account) out.dateOrder = a.value;
    else if (a.field === 'period' && a.key === href) out.period = a.value;
  }
  return out;
}

const same = (a: Pick<ContextAnswer, 'key' | 'field'>, b: Pick<ContextAnswer, 'key' | 'field'>) =>
  a.key === b.key && a.field === b.field;

/** Saves an answer, replacing the previous one for the same account (or address) and field. */
export async function saveAnswer(answer: NewContextAnswer): Promise<void> {
  const list = (await loadAnswers()).filter((x) => !same(x, answer));
  await answersItem.setValue([...list, { ...answer, createdAt: new Date().toISOString() } as ContextAnswer]);
}

export async function removeAnswer(answer: Pick<ContextAnswer, 'key' | 'field'>): Promise<void> {
  await answersItem.setValue((await loadAnswers()).filter((x) => !same(x, answer)));
}
