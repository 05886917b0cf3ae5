import { useEffect, useState } from 'react';
import { type Lang, t } from '../lib/i18n';
import { answersItem, type ContextAnswer, loadAnswers, removeAnswer } from '../lib/settings/answers';

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
  const [list, setList] = useState<ContextAnswer[] | undefined>();
  useEffect(() => {
    const load = () => void loadAnswers().then(setList);
    load();
    return answersItem.watch(load);
  }, []);
  if (!list) return null;
  return (
    <section className="answers">
      <h3>{t(lang, 'answersTitle')}</h3>
      {list.length === 0 ? (
        <p className="muted">{t(lang, 'noAnswers')}</p>
      ) : (
        <table className="readings">
          <tbody>
            {list.map((a) => (
              <tr key={`${a.key}|${a.field}`}>
                <td>{a.adapter}</td>
                <td title={a.field === 'period' ? a.key : undefined}>{scopeOf(a, lang)}</td>
                <td>
                  {t(lang, `answer_${a.field}`)}: {answerText(a, lang)}
                </td>
                <td>
                  <button type="button" className="link danger" onClick={() => void removeAnswer(a)}>
                    {t(lang, 'removeAnswer')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
