import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { adviseAlibaba } from '../../lib/advice/alibaba';
import { adviceText } from '../../lib/advice/text';
import type { Advice } from '../../lib/advice/types';
import type { SnapshotRecord } from '../../lib/model';
import { ADVICE_DEFAULTS, type AdviceSettings } from '../../lib/settings/advice-settings';
import { CAPTURED_AT, extractFixture, FIXTURES } from './fixtures';

// Records, fixtures and rendering shared by the advice tests (advice*, tmall-advice*).

type Kind = SnapshotRecord['kind'];
type Metrics = SnapshotRecord['metrics'];

/** An advice's sentence, as the panel shows it. */
export const en = (a: Advice | null | undefined) => adviceText(a!, 'en');
export const zh = (a: Advice | null | undefined) => adviceText(a!, 'zh');

/** An Amazon record (search term report by default). */
export const amazonRec = (kind: Kind, key: string, metrics: Metrics, extra: Partial<SnapshotRecord> = {}) =>
  ({
    kind,
    source: 'amazon.ads-search-terms',
    platform: 'amazon',
    marketplace: 'amazon.com',
    key,
    label: key,
    currency: 'USD',
    capturedAt: '2026-11-21T10:00:00.000Z',
    url: 'https://advertising.amazon.com/cm/sp/campaigns/1/ad-groups/2/search-terms',
    metrics,
    attrs: {},
    ...extra,
  }) satisfies SnapshotRecord as SnapshotRecord;

/** A Tmall record: a 直通车 keyword of ad group 1, or a 生意参谋 item, for the week of 2026-11-01. */
export const tmallRec = (kind: Kind, key: string, metrics: Metrics, extra: Partial<SnapshotRecord> = {}) =>
  ({
    kind,
    source: kind === 'listing' ? 'tmall.sycm-items' : 'tmall.subway-keywords',
    platform: 'tmall',
    marketplace: 'tmall.com',
    key,
    label: key,
    currency: 'CNY',
    period: { from: '2026-11-01', to: '2026-11-07' },
    capturedAt: CAPTURED_AT,
    url: 'https://subway.simba.taobao.com/#!/manage/adgroup/detail?adGroupId=1',
    metrics,
    attrs: { adGroupId: '1', status: '推广中' },
    ...extra,
  }) satisfies SnapshotRecord as SnapshotRecord;

/** Default settings: break-even ROI 2.5, target gap 5 points. */
export const TMALL_S: AdviceSettings = { ...ADVICE_DEFAULTS };

/** A fixture's entry in its page folder's facts.json (tests/fixtures/<platform>/<page>/). */
export const factsOf = (rel: string) =>
  JSON.parse(readFileSync(join(FIXTURES, dirname(rel), 'facts.json'), 'utf8'))[basename(rel)];
/** The records the adapter reads from a fixture. */
export const pageRecords = (rel: string) => extractFixture(rel, factsOf(rel).url).records;

const none = () => [];
/** Every Tmall rule over records, with settings over the defaults. */
export const adviseAll = (
  records: SnapshotRecord[],
  s: Partial<AdviceSettings> = {},
  history: (r: SnapshotRecord) => SnapshotRecord[] = none,
) => adviseAlibaba(records, history, () => ({ ...TMALL_S, ...s }));

export const labels = (advice: { label?: string }[]) => advice.map((a) => a.label);
