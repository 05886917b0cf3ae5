import type { Params } from '../../lib/i18n';
import type { ParamKey } from './i18n-samples';

// Sample parameters of the advice messages added for issue 14 (spread into SAMPLES in ./i18n-samples.ts),
// at one where a plural has a one form.

type Samples = { [K in ParamKey]?: Params<K> };

export const ADVICE_SAMPLES = {
  forecast_holtWinters: { days: 1 },
  forecast_average: { days: 1, need: 28 },
} satisfies Samples;
