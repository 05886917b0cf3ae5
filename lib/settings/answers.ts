import { storage } from 'wxt/utils/storage';
import type { ContextAnswers } from '../model';
import { send } from '../runtime';
import type { AnswerRef, ContextAnswer, NewContextAnswer } from './answer-schema';

export type { AnswerRef, ContextAnswer, NewContextAnswer } from './answer-schema';

// The operator's answers to what a console page does not say (issue 11, "ask and remember"). The
// marketplace and the day/month order belong to a console account on a host (`consoleAccountOf`, hashed);
// an explicit period belongs to one address only, since another report of the same account covers other dates.

/** Written by the background only (`answers.save` / `answers.remove`); read anywhere. */
export const answersItem = storage.defineItem<ContextAnswer[]>('local:contextAnswers', {
  fallback: [],
  version: 1,
});

/** The stored answers; entries that do not validate (an older or damaged store) are left out one by one. */
export async function loadAnswers(): Promise<ContextAnswer[]> {
  const raw = await answersItem.getValue();
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((a) => {
    const parsed = contextAnswerOf(a);
    return parsed ? [parsed] : [];
  });
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const text = (v: unknown, min: number, max: number): v is string =>
  typeof v === 'string' && v.length >= min && v.length <= max;

/**
 * A stored answer as the background wrote it (validated there by the `ContextAnswer` schema), or undefined.
 * Checked by hand because content scripts read answers: zod stays out of the pages' scripts
 * (tests/unit/settings-guards.test.ts holds this to the schema on generated values).
 */
export function contextAnswerOf(v: unknown): ContextAnswer | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const a = v as Record<string, unknown>;
  if (!text(a.key, 1, 2000) || !text(a.adapter, 0, 80) || typeof a.createdAt !== 'string') return undefined;
  const base = { key: a.key, adapter: a.adapter, createdAt: a.createdAt };
  if (a.field === 'marketplace')
    return text(a.value, 1, 80) ? { ...base, field: 'marketplace', value: a.value } : undefined;
  if (a.field === 'dateOrder')
    return a.value === 'mdy' || a.value === 'dmy'
      ? { ...base, field: 'dateOrder', value: a.value }
      : undefined;
  if (a.field !== 'period' || typeof a.value !== 'object' || a.value === null) return undefined;
  const { from, to } = a.value as Record<string, unknown>;
  if (typeof from !== 'string' || typeof to !== 'string' || !DAY.test(from) || !DAY.test(to))
    return undefined;
  return { ...base, field: 'period', value: { from, to } };
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

export const sameAnswer = (a: AnswerRef, b: AnswerRef) => a.key === b.key && a.field === b.field;

/** The list with `answer` in place of the previous one for the same account (or address) and field. */
export const withAnswer = (list: readonly ContextAnswer[], answer: NewContextAnswer, createdAt: string) => [
  ...list.filter((x) => !sameAnswer(x, answer)),
  { ...answer, createdAt } as ContextAnswer,
];

/** Saves an answer, replacing the previous one for the same account (or address) and field. */
export async function saveAnswer(answer: NewContextAnswer): Promise<void> {
  await send({ type: 'answers.save', answer });
}

export async function removeAnswer(answer: AnswerRef): Promise<void> {
  await send({ type: 'answers.remove', answer: { key: answer.key, field: answer.field } });
}
