import { adviceText } from '../lib/advice/text';
import type { Advice } from '../lib/advice/types';
import { alertText } from '../lib/alerts/types';
import { formatMoney } from '../lib/format';
import { kindLabel, type Lang, t } from '../lib/i18n';
import { send } from '../lib/runtime';
import { ADVICE_DEFAULTS } from '../lib/settings/advice-settings';
import type { TodayItem } from '../lib/today/items';
import { snoozeUntil } from '../lib/today/status';

const fail = (err: unknown) => console.error('[opslens] today action failed', err);

export const nameOf = (item: Pick<TodayItem, 'label' | 'ref'>) => item.label ?? item.ref.key;

/** What is at stake, as the rule put it: money in the advice's currency, days to a stock-out. */
export function StakeText({
  item,
  lang,
}: {
  item: Pick<TodayItem, 'money' | 'currency' | 'days'>;
  lang: Lang;
}) {
  const parts: string[] = [];
  if (item.money !== undefined)
    parts.push(t(lang, 'todayAtStake', { money: formatMoney(item.money, item.currency, lang) }));
  if (item.days !== undefined) parts.push(t(lang, 'todayStockOut', { days: item.days }));
  return parts.length ? <span className="stake">{parts.join(' · ')}</span> : null;
}

/** An advice resting on the default margin says so, with a link to the product's settings. */
function Assumed({ advice, lang }: { advice: Advice; lang: Lang }) {
  const field = advice.assumed?.[0];
  if (field !== 'breakEvenAcos' && field !== 'breakEvenRoi') return null;
  const scope = encodeURIComponent(`${advice.ref.marketplace}|${advice.ref.key}`);
  return (
    <p className="assumed">
      {t(lang, field === 'breakEvenAcos' ? 'assumedAcos' : 'assumedRoi', { value: ADVICE_DEFAULTS[field] })}{' '}
      <a href={`options.html#scope=${scope}`} target="_blank" rel="noreferrer">
        {t(lang, 'setMargin')}
      </a>
    </p>
  );
}

/** One line of Today: rank, what, its numbers, the page to act on, and done / snooze / dismiss. */
export function TodayRow({ item, rank, lang }: { item: TodayItem; rank: number; lang: Lang }) {
  const name = nameOf(item);
  const mark = (state: 'done' | 'snoozed') =>
    send({
      type: 'today.mark',
      id: item.id,
      state,
      ...(state === 'done' ? { fingerprint: item.fingerprint } : { until: snoozeUntil(new Date()) }),
    }).catch(fail);
  const dismiss = () => send({ type: 'advice.dismiss', id: item.id, dismissed: true }).catch(fail);
  return (
    <li className={`today-item sev-${item.severity}`} data-id={item.id}>
      <span className="rank" aria-hidden="true">
        {rank}
      </span>
      <div className="what">
        <div className="head">
          <a className="name" href={item.url} target="_blank" rel="noopener noreferrer" title={name}>
            {name}
          </a>
          <StakeText item={item} lang={lang} />
        </div>
        <p className="text">
          {'advice' in item.said ? adviceText(item.said.advice, lang) : alertText(item.said.alert, lang)}
        </p>
        {'advice' in item.said && <Assumed advice={item.said.advice} lang={lang} />}
        <p className="where">
          {item.platform} · {item.ref.marketplace} · {kindLabel(lang, item.ref.kind)} · {item.ref.key}
        </p>
      </div>
      <div className="acts">
        <a
          className="button"
          href={item.url}
          target="_blank"
          rel="noopener noreferrer"
          aria-label={t(lang, 'todayOpenPageLabel', { name })}
        >
          {t(lang, 'todayOpenPage')}
        </a>
        <button type="button" className="secondary" onClick={() => void mark('done')}>
          {t(lang, 'todayDone')}
        </button>
        <button type="button" className="link" onClick={() => void mark('snoozed')}>
          {t(lang, 'todaySnooze')}
        </button>
        <button type="button" className="link danger" onClick={() => void dismiss()}>
          {t(lang, 'todayDismiss')}
        </button>
      </div>
    </li>
  );
}
