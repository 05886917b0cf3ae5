import type { AdviceRule } from '../advice/types';
import type { ChangeKind } from '../changes';
import type { Kind } from '../model';
import type { MetricName } from '../model/metrics';
import type { AdviceSettings } from '../settings/advice-settings';
import type { en, enAdvice } from './en';
import { type Fmt, numbersFor } from './fmt';
import type { Lang } from './lang';
import type { Message, ParamsOf } from './types';

// One catalogue per language (en/, zh/), one typed `t`. Output is plain text: render it as text, never as HTML.
// This module holds no text: an entry point adds the parts it shows (./index.ts: all of them, for the
// extension's pages; ./with-page.ts, ./with-advice.ts, ./with-today.ts: the parts the content scripts and the
// modules they use draw, so that a console or product page does not compile the dashboard's text twice).

export type { Fmt, PluralForms } from './fmt';
export { type Lang, langOf, localeOf } from './lang';

type En = typeof en;
export type Key = keyof En;
/** Keys of the messages that take no parameters. */
export type TextKey = { [K in Key]: En[K] extends string ? K : never }[Key];
/** A message's parameters, as the English catalogue declares them. */
export type Params<K extends Key> = ParamsOf<En[K]>;
/** No argument for a text, exactly the declared parameters for a message that has them. */
type Args<K extends Key> = K extends TextKey ? [] : [params: Params<K>];
/**
 * @deprecated A dynamic key cast to this type is not checked: use metricLabel, settingLabel, settingSource,
 * ruleName, kindLabel, changeLabel, reasonText or fieldLabel, which take typed names.
 */
export type MessageKey = TextKey;

const CATALOGUES: Record<Lang, Record<string, Message>> = { en: {}, zh: {} };

/** Adds catalogue parts (the English and the Chinese of the same parts) to what `t` can say. */
export function addMessages(parts: {
  en: Readonly<Record<string, Message>>;
  zh: Readonly<Record<string, Message>>;
}) {
  Object.assign(CATALOGUES.en, parts.en);
  Object.assign(CATALOGUES.zh, parts.zh);
}

const formats = new Map<Lang, Fmt>();
function fmtOf(lang: Lang): Fmt {
  let f = formats.get(lang);
  if (!f) {
    f = numbersFor(lang, (names) => fieldList(lang, names));
    formats.set(lang, f);
  }
  return f;
}

const has = (lang: Lang, key: string) => Object.hasOwn(CATALOGUES[lang], key);

/** The message `key` in `lang`, its parameters (type-checked against the English catalogue) filled in. */
export function t<K extends Key>(lang: Lang, key: K, ...params: Args<K>): string {
  // An unknown key (one built at run time) comes back as itself: a missing string is visible, never a crash.
  const from = has(lang, key) ? lang : has('en', key) ? 'en' : undefined;
  const message = from && CATALOGUES[from][key];
  if (!message) return key;
  if (typeof message === 'string') return message;
  return (message as (p: unknown, f: Fmt) => string)(params[0] ?? {}, fmtOf(lang));
}

const isTextKey = (key: string): key is TextKey => has('en', key) && typeof CATALOGUES.en[key] === 'string';

export const metricLabel = (lang: Lang, metric: MetricName) => t(lang, `metric_${metric}`);
export const settingLabel = (lang: Lang, setting: keyof AdviceSettings) => t(lang, `setting_${setting}`);
/** Where a setting's default comes from. */
export const settingSource = (lang: Lang, setting: keyof AdviceSettings) =>
  t(lang, `settingSource_${setting}`);
export const ruleName = (lang: Lang, rule: AdviceRule) => t(lang, `rule_${rule}`);
export const kindLabel = (lang: Lang, kind: Kind) => t(lang, `kind_${kind}`);
export const changeLabel = (lang: Lang, change: ChangeKind) => t(lang, change);

/** What a file to import is: a report kind (lib/export), `backup` or `unknown`; the kind itself if new. */
export function importKindLabel(lang: Lang, kind: string): string {
  const key = `importKind_${kind}`;
  return isTextKey(key) ? t(lang, key) : kind;
}

/** Why a page was not read (Extraction.reason), or the reason as the adapter gave it when we have no text. */
export function reasonText(lang: Lang, reason: string | undefined): string {
  const key = `reason_${reason}`;
  return isTextKey(key) ? t(lang, key) : (reason ?? '');
}

/**
 * A field a reading may miss (Extraction.missing) as the UI names it: a field (`field_*`: columns, report
 * dates), a metric, or a product-card label; the name itself when there is none.
 */
export function fieldLabel(lang: Lang, field: string): string {
  for (const key of [`field_${field}`, `metric_${field}`, field]) if (isTextKey(key)) return t(lang, key);
  return field;
}

/** Field names as the UI calls them, joined with the language's separator; a text is kept as given. */
export function fieldList(lang: Lang, fields: string | readonly string[]): string {
  if (typeof fields === 'string') return fields;
  return fields.map((f) => fieldLabel(lang, f)).join(t(lang, 'listSeparator'));
}

export type AdviceMessageId = keyof typeof enAdvice;
/** What a rule says, as data: the message id and the numbers it used (formatted only when shown). */
export type AdviceMessage = { [K in AdviceMessageId]: { id: K; params: Params<K> } }[AdviceMessageId];

/** An advice sentence in `lang`. */
export const messageText = (lang: Lang, message: AdviceMessage): string =>
  // TypeScript cannot pair a union's id with its params in one call; the union type above already does.
  (t as (lang: Lang, key: Key, params: unknown) => string)(lang, message.id, message.params);
