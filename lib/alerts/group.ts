import { type Lang, t } from '../i18n';
import { type Alert, alertText } from './types';

/** Sentences shown in one notification, at most; the rest are counted. */
const LINES = 3;

/**
 * Every alert a batch of readings raised, in one notification: a 500-row page that raises 40 alerts says so
 * once. The most severe come first.
 */
export function groupedNotification(
  raised: readonly Alert[],
  lang: Lang,
): { title: string; message: string } {
  const sorted = [...raised].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'high' ? -1 : 1));
  const lines = sorted.slice(0, LINES).map((a) => alertText(a, lang));
  if (sorted.length > LINES) lines.push(t(lang, 'notifyMore', { n: sorted.length - LINES }));
  return { title: t(lang, 'notifyTitle', { n: raised.length }), message: lines.join('\n') };
}
