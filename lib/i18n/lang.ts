export type Lang = 'en' | 'zh';

export function langOf(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** BCP 47 locale for number and date formatting in the UI language. */
export const localeOf = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en-US');
