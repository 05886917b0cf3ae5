import type { ImportNote, SkippedRow } from '../lib/export';
import { type Lang, t } from '../lib/i18n';

/** Why a row was left out, in the UI language; the reader's own sentence only where it gives no code. */
export function rowReason(lang: Lang, s: SkippedRow): string {
  const w = s.why;
  if (!w) return s.reason;
  switch (w.code) {
    case 'noId':
      return t(lang, 'rowProblem_noId', w);
    case 'notDate':
      return t(lang, 'rowProblem_notDate', w);
    case 'notNumber':
      return t(lang, 'rowProblem_notNumber', w);
    case 'notWhole':
      return t(lang, 'rowProblem_notWhole', w);
    case 'otherCurrency':
      return t(lang, 'rowProblem_otherCurrency', w);
    case 'outOfRange':
      return t(lang, 'rowProblem_outOfRange', w);
    case 'duplicate':
      return t(lang, 'rowProblem_duplicate', w);
    case 'invalid':
      return t(lang, 'rowProblem_invalid', w);
  }
}

/** What an import noted (marketplace from the file name, Tmall assumed, columns left out), in the UI language. */
export function noteText(lang: Lang, n: ImportNote): string {
  switch (n.code) {
    case 'marketplaceFromName':
      return t(lang, 'importNote_marketplaceFromName', n);
    case 'tmallAssumed':
      return t(lang, 'importNote_tmallAssumed');
    case 'ambiguousRate':
      return t(lang, 'importNote_ambiguousRate', n);
    case 'unknownMetrics':
      return t(lang, 'importNote_unknownMetrics', n);
  }
}
