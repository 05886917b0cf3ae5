import type { Params } from '../../lib/i18n';
import type { ParamKey } from './i18n-samples';

// Sample parameters of the Team screen's messages (issue 17), spread into SAMPLES in ./i18n-samples.ts, at one
// where a plural has a one form.

type Samples = { [K in ParamKey]?: Params<K> };

export const TEAM_SAMPLES = {
  teamConnectedAs: { user: 'ana', db: 'opslens-team', host: 'couch.example.com:6984' },
  teamLastSync: { when: '5 min ago' },
  teamPending: { n: 1 },
  teamFailed: { error: 'no answer from background' },
} satisfies Samples;
