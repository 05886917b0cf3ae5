import '../i18n/with-today';
import { type Lang, t } from '../i18n/t';
import type { MetricVerdict, Verdict } from './compare';
import type { ExperimentSettings } from './power';
import { EXPERIMENT_DEFAULTS } from './power';

/** One metric's comparison as a sentence: both periods, then the verdict or what it still needs. */
export function metricText(
  m: MetricVerdict,
  lang: Lang,
  s: ExperimentSettings = { ...EXPERIMENT_DEFAULTS },
): string {
  const label = t(lang, `expMetric_${m.metric}`);
  const sides =
    m.before && m.after
      ? t(lang, m.metric === 'unitsPerDay' ? 'expPerDay' : 'expRates', {
          label,
          before: m.before,
          after: m.after,
        })
      : t(lang, 'expOneSide', { label, side: m.before ? 'after' : 'before' });
  const verdict =
    m.state === 'significant' || m.state === 'notSignificant'
      ? t(lang, m.state === 'significant' ? 'expSignificant' : 'expNotSignificant', {
          p: m.pValue ?? 1,
          test: m.test,
        })
      : m.state === 'needsMore'
        ? m.beforeShort
          ? t(lang, 'expBeforeShort')
          : t(lang, 'expNeedsMore', {
              n: m.needMore ?? 0,
              unit: m.unit,
              mde: s.mde,
              power: s.power,
              alpha: s.alpha,
            })
        : '';
  return verdict ? `${sides}: ${verdict}` : sides;
}

/** Every metric's sentence, or why there is none. */
export const verdictLines = (v: Verdict, lang: Lang): string[] =>
  v.metrics.length ? v.metrics.map((m) => metricText(m, lang)) : [t(lang, 'expNoData')];
