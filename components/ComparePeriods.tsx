import { useState } from 'react';
import { formatDateTime, formatSignedPct } from '../lib/format';
import { type Lang, localeOf, t } from '../lib/i18n';
import type { SnapshotRecord } from '../lib/model';
import { dayStart } from './chart-time';
import { conversionChange, defaultPair, metricChanges, periodChoices } from './compare-periods';
import { formatChange, formatMetric, metricLabel } from './metric-format';

function periodLabel(r: SnapshotRecord, lang: Lang): string {
  if (!r.period) return formatDateTime(r.capturedAt, lang);
  const fmt = new Intl.DateTimeFormat(localeOf(lang), { year: 'numeric', month: 'short', day: 'numeric' });
  const [from, to] = [dayStart(r.period.from), dayStart(r.period.to)];
  return from === to ? fmt.format(from) : fmt.formatRange(from, to);
}

/**
 * Two different periods side by side with the change (absolute and %), and conversion judged by the
 * two-proportion z-test when both periods hold orders and traffic. A period read twice is one choice.
 */
export function ComparePeriods({
  readings,
  lang,
  currency,
  alpha = 0.05,
}: {
  readings: SnapshotRecord[];
  lang: Lang;
  currency?: string;
  alpha?: number;
}) {
  const choices = periodChoices(readings);
  const pair = defaultPair(choices);
  const [chosen, setChosen] = useState<[string, string] | undefined>();
  // A choice that is gone (the period length changed, a reading was thinned) falls back to the latest two.
  const valid = chosen?.every((id) => choices.some((c) => c.id === id));
  const [idA, idB] = (valid ? chosen : undefined) ?? pair ?? ['', ''];
  if (!pair)
    return (
      <section className="compare">
        <h3>{t(lang, 'comparePeriods')}</h3>
        <p className="muted">{t(lang, 'compareNeedsTwo')}</p>
      </section>
    );
  const ra = choices.find((c) => c.id === idA)?.reading;
  const rb = choices.find((c) => c.id === idB)?.reading;
  const same = idA === idB;
  const select = (which: 0 | 1, label: string, value: string) => (
    <label>
      {label}{' '}
      <select
        value={value}
        onChange={(e) => setChosen(which === 0 ? [e.target.value, idB] : [idA, e.target.value])}
      >
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {periodLabel(c.reading, lang)}
          </option>
        ))}
      </select>
    </label>
  );
  const test = ra && rb && !same ? conversionChange(ra, rb) : undefined;
  return (
    <section className="compare">
      <h3>{t(lang, 'comparePeriods')}</h3>
      <div className="inline">
        {select(0, t(lang, 'periodA'), idA)}
        {select(1, t(lang, 'periodB'), idB)}
      </div>
      {same || !ra || !rb ? (
        <p className="field-error" role="alert">
          {t(lang, 'compareSame')}
        </p>
      ) : (
        <table className="readings compare-table">
          <thead>
            <tr>
              <th scope="col">{t(lang, 'compareMetric')}</th>
              <th scope="col" className="num">
                {periodLabel(ra, lang)}
              </th>
              <th scope="col" className="num">
                {periodLabel(rb, lang)}
              </th>
              <th scope="col" className="num">
                {t(lang, 'compareChange')}
              </th>
              <th scope="col" className="num">
                {t(lang, 'compareChangePct')}
              </th>
            </tr>
          </thead>
          <tbody>
            {metricChanges(ra, rb).map((c) => (
              <tr key={c.metric}>
                <th scope="row">{metricLabel(c.metric, lang)}</th>
                <td className="num">
                  {c.a !== undefined ? formatMetric(c.metric, c.a, currency, lang) : '—'}
                </td>
                <td className="num">
                  {c.b !== undefined ? formatMetric(c.metric, c.b, currency, lang) : '—'}
                </td>
                <td className="num">
                  {c.abs !== undefined ? formatChange(c.metric, c.abs, currency, lang) : '—'}
                </td>
                <td className="num">{c.pct !== undefined ? formatSignedPct(c.pct, lang) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {test && (
        <p className={test.pValue < alpha ? 'strong' : 'muted'}>
          {t(lang, 'conversionTest', {
            a: formatMetric('conversionRate', test.p1, currency, lang),
            b: formatMetric('conversionRate', test.p2, currency, lang),
            test: t(lang, test.pValue < alpha ? 'significant' : 'notSignificant', { p: test.pValue }),
          })}
        </p>
      )}
    </section>
  );
}
