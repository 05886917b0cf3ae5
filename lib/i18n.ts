import { en } from './i18n-en';
import { zh } from './i18n-zh';

export type Lang = 'en' | 'zh';
export type MessageKey = keyof typeof en;

const DICTS: Record<Lang, Record<MessageKey, string>> = { en, zh };

export function langOf(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** A message with `{name}` placeholders filled in. Output is plain text: render it as text, never as HTML. */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  // An unknown key comes back as itself: a missing string is visible, never a crash.
  const template: string = DICTS[lang][key] ?? en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) =>
    name in params ? String(params[name]) : `{${name}}`,
  );
}

/** BCP 47 locale for number and date formatting in the UI language. */
export const localeOf = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en-US');
