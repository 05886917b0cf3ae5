import type { Fmt } from './fmt';

/**
 * A message: a plain string, or a function of its parameters that formats them (numbers, plurals) with `f`.
 * Output is plain text: render it as text, never as HTML.
 */
export type Message = string | ((params: never, f: Fmt) => string);
export type Messages = Record<string, Message>;

/** A message's parameters, as the English catalogue declares them. */
export type ParamsOf<M> = M extends (params: infer P, f: Fmt) => string ? P : never;

/**
 * What a translation of `C` must be: exactly its keys (a missing or extra key is a compile error), plain strings
 * where `C` has strings, and functions of the same parameters where `C` has functions.
 */
export type Translation<C extends Messages> = {
  readonly [K in keyof C]: C[K] extends string ? string : (params: ParamsOf<C[K]>, f: Fmt) => string;
};

type KeysOf<T> = keyof T & string;
/** Keys that two parts of a catalogue both define: `never` when the parts can be merged safely. */
export type Overlap<A, B> = KeysOf<A> & KeysOf<B>;

/** A number, or (until its callers pass numbers) a number already formatted by the caller. */
export type NumberOrText = number | string;
