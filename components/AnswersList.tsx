import { type Lang, t } from '../lib/i18n';
import { answersItem, type ContextAnswer, loadAnswers, removeAnswer } from '../lib/settings/answers';
import { StoredList } from './StoredList';

/** Where an answer applies: "account on sellercentral.amazon.com" (the id is hashed) or the report's address. */
function scopeOf(a: ContextAnswer, lang: Lang): string {
  if (a.field !== 'period') return t(lang, 'answerAccount', { host: a.key.split('|')[0]! });
  try {
    const u = new URL(a.key);
    return t(lang, 'answerPage', { page: `${u.host}${u.pathname}` });
  } catch {
    return a.key;
  }
}

function answerText(a: ContextAnswer, lang: Lang): string {
  if (a.field === 'marketplace') return a.value;
  if (a.field === 'dateOrder') return t(lang, `dateOrder_${a.value}`);
  return t(lang, 'periodLabel', a.value);
}

/** The marketplaces and dates the operator told a console panel, per account or address; each can be removed. */
export function AnswersList({ lang }: { lang: Lang }) {
  return (
    <StoredList<ContextAnswer>
      className="answers"
      title={t(lang, 'answersTitle')}
      empty={t(lang, 'noAnswers')}
      load={loadAnswers}
      item={answersItem}
      rowKey={(a) => `${a.key}|${a.field}`}
      cells={(a) => [
        a.adapter,
        <span key="scope" title={a.field === 'period' ? a.key : undefined}>
          {scopeOf(a, lang)}
        </span>,
        `${t(lang, `answer_${a.field}`)}: ${answerText(a, lang)}`,
      ]}
      removeLabel={t(lang, 'removeAnswer')}
      remove={removeAnswer}
    />
  );
}
