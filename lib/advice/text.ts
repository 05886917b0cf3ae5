import '../i18n/with-advice';
import { type AdviceMessage, type Lang, messageText } from '../i18n/t';
import type { Advice } from './types';

/** The advice's sentence in the UI's language, from its message id and parameters. Plain text. */
export const adviceText = (advice: Pick<Advice, 'message'>, lang: Lang): string =>
  messageText(lang, advice.message);

/** @deprecated Both languages at once, for `Advice.text` only (see ./make.ts). */
export const bothLanguages = (message: AdviceMessage): Advice['text'] => ({
  en: messageText('en', message),
  zh: messageText('zh', message),
});
