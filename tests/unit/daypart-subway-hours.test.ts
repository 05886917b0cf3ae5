import { describe, expect, it } from 'vitest';
import { bucketOfHourRecord } from '../../lib/daypart/records';
import { SnapshotRecord as RecordSchema, type SnapshotRecord } from '../../lib/model';
import { adapterFor } from '../../lib/sites';
import { hourOf } from '../../lib/sites/tmall/subway-hours';
import { MAPS } from '../helpers/alibaba-metrics';
import { CAPTURED_AT, extractFixture, fixture } from '../helpers/fixtures';

// tmall.subway-hours against its fixtures' facts (tests/fixtures/tmall/subway-hours/facts.json): the facts
// give each hour's values as a careful reader parses the cells.

interface Facts {
  url: string;
  status: string;
  headers: string[];
  rows?: Record<string, string>[];
  hours?: { hour: number; values: Record<string, number> }[];
}
// The label -> metric map written independently of the adapter (the sibling report's: the same ad columns).
const METRIC = MAPS['tmall/subway-report/report.html']!;
const dir = 'tmall/subway-hours';

function expected(f: Facts): SnapshotRecord[] {
  return f.hours!.map(({ hour, values }, i) => {
    const hh = String(hour).padStart(2, '0');
    const metrics = Object.fromEntries(Object.entries(values).map(([label, v]) => [METRIC[label]!, v]));
    const dashed = Object.entries(f.rows![i]!)
      .filter(([label, text]) => METRIC[label] && text === '-')
      .map(([label]) => METRIC[label]!)
      .sort();
    return {
      kind: 'campaign',
      source: 'tmall.subway-hours',
      platform: 'tmall',
      marketplace: 'tmall.com',
      key: `72013846@h${hh}`,
      label: `破壁机-核心词-日常 ${hh}:00`,
      currency: 'CNY',
      period: { from: '2026-11-01', to: '2026-11-07' },
      capturedAt: CAPTURED_AT,
      url: new URL(f.url).href,
      metrics,
      attrs: {
        hour: hh,
        campaignKey: '72013846',
        campaignId: '72013846',
        campaign: '破壁机-核心词-日常',
        ...(dashed.length ? { dashed: dashed.join(',') } : {}),
      },
    };
  });
}

describe('直通车 分时报表 (tmall.subway-hours)', () => {
  for (const file of ['hours-fusion.html', 'hours-antd.html', 'hours-bp.html']) {
    it(`${file}: 24 hours, whole records`, () => {
      const f = fixture<Facts>(`${dir}/${file}`).facts;
      const ex = extractFixture(`${dir}/${file}`, f.url);
      expect(ex.status).toBe('ok');
      // Columns the ad tables share that this page does not show are named, as on the sibling pages.
      expect(ex.missing).toStrictEqual(['addToCart', 'favorites']);
      expect(ex.records).toStrictEqual(expected(f));
      for (const r of ex.records) expect(RecordSchema.safeParse(r).success, r.key).toBe(true);
    });
  }

  it('empty, loading, and a layout without an hour column', () => {
    for (const [file, status] of [
      ['hours-empty.html', 'empty'],
      ['hours-loading.html', 'loading'],
      ['hours-no-hour.html', 'not-recognised'],
    ] as const) {
      const f = fixture<Facts>(`${dir}/${file}`).facts;
      const ex = extractFixture(`${dir}/${file}`, f.url);
      expect([file, ex.status, ex.records]).toStrictEqual([file, status, []]);
    }
  });

  it('needs the plan in the address', () => {
    const f = fixture<Facts>(`${dir}/hours-bp.html`).facts;
    const ex = extractFixture(`${dir}/hours-bp.html`, f.url.replace('campaignId=72013846&', ''));
    expect(ex.status).toBe('partial');
    expect(ex.missing).toContain('campaignId');
  });

  it('hour cells: one hour each, or none', () => {
    const ok: [string, number][] = [
      ['0', 0],
      ['09', 9],
      ['9点', 9],
      ['23时', 23],
      ['09:00', 9],
      ['09:00-10:00', 9],
      ['09:00~09:59', 9],
      ['23:00-24:00', 23],
      ['0点-1点', 0],
    ];
    for (const [text, hour] of ok) expect([text, hourOf(text)]).toStrictEqual([text, hour]);
    for (const text of ['24', '09:30', '09:00-12:00', '合计', '', '2026-11-01', '9-8'])
      expect([text, hourOf(text)]).toStrictEqual([text, undefined]);
  });

  it('a dash is zero in the bucket (直通车 prints - for zero)', () => {
    const f = fixture<Facts>(`${dir}/hours-bp.html`).facts;
    const ex = extractFixture(`${dir}/hours-bp.html`, f.url);
    // 03:00: 438 impressions, 7 clicks, ￥8.90, no order: sales and orders print '-'.
    const b = bucketOfHourRecord(ex.records[3]!)!;
    expect(b).toMatchObject({
      entity: 'campaign|tmall.com|72013846',
      hour: 3,
      spread: 1,
      from: '2026-11-01',
      to: '2026-11-07',
    });
    expect(b.metrics).toStrictEqual({ impressions: 438, clicks: 7, spend: 8.9, orders: 0, sales: 0 });
  });

  it('is the adapter for the hour route, not for the report', () => {
    const at = (u: string) => adapterFor(new URL(u))?.id;
    expect(at('https://subway.simba.taobao.com/#!/report/hourreport/index?campaignId=1')).toBe(
      'tmall.subway-hours',
    );
    expect(at('https://subway.simba.taobao.com/#!/report/bpreport/index?tab=adgroup')).toBe(
      'tmall.subway-report',
    );
    expect(at('http://subway.simba.taobao.com/#!/report/hourreport/index?campaignId=1')).toBe(undefined);
  });
});
