import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../lib/export/csv-read';
import { fileHour, importHourlyReport, readHourlyFile } from '../../lib/export/report-hourly';

// Hourly report files -> hourly buckets, against the fixtures' cells read by hand.
const AT = '2026-12-03T10:00:00.000Z';
const rowsOf = (name: string) =>
  parseCsv(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'reports', name), 'utf8'));

describe('hourly report files', () => {
  it('an Amazon Sponsored Products report by hour of day', () => {
    const r = importHourlyReport(rowsOf('sp-hourly-report.csv'), {
      fileName: 'sp-hourly-report.csv',
      marketplace: 'amazon.com',
      capturedAt: AT,
    });
    expect(r.kind).toBe('amazon-hourly');
    const base = {
      platform: 'amazon',
      marketplace: 'amazon.com',
      currency: 'USD',
      spread: 1,
      source: 'amazon.hourly-report',
      capturedAt: AT,
    };
    const exact = {
      ...base,
      entity: 'campaign|amazon.com|384549310501693',
      key: '384549310501693',
      label: 'Kettle - Exact',
    };
    expect(r.buckets).toStrictEqual([
      {
        ...exact,
        from: '2026-11-24',
        to: '2026-11-24',
        hour: 0,
        metrics: { impressions: 412, clicks: 6, spend: 4.2, sales: 0, orders: 0 },
      },
      // Two ad groups at 19:00 add up: 1,204 + 388 impressions, 31 + 9 clicks, $25.11 + $7.02, $89.97 + $29.99, 3 + 1.
      {
        ...exact,
        from: '2026-11-24',
        to: '2026-11-24',
        hour: 19,
        metrics: { impressions: 1592, clicks: 40, spend: 25.11 + 7.02, sales: 89.97 + 29.99, orders: 4 },
      },
      {
        ...base,
        entity: 'campaign|amazon.com|384549310501700',
        key: '384549310501700',
        label: 'Kettle - Auto',
        from: '2026-11-24',
        to: '2026-11-24',
        hour: 19, // 7 PM
        metrics: { impressions: 950, clicks: 14, spend: 9.8, sales: 0, orders: 0 },
      },
      {
        ...exact,
        from: '2026-11-25',
        to: '2026-11-25',
        hour: 0,
        metrics: { impressions: 377, clicks: 5, spend: 3.95, sales: 29.99, orders: 1 },
      },
    ]);
    expect(r.skipped).toStrictEqual([
      { row: 6, reason: 'hour "24" is not one hour of the day' },
      { row: 8, reason: 'Clicks: "abc" is not a number' },
    ]);
  });

  it('a 直通车 分时 download: - is zero, 合计 is no row, a row without 计划ID is left out', () => {
    const r = importHourlyReport(rowsOf('subway-hourly-report.csv'), {
      fileName: 'subway-hourly-report.csv',
      capturedAt: AT,
    });
    expect(r.kind).toBe('subway-hours');
    expect(r.buckets.map((b) => [b.entity, b.from, b.hour, b.metrics])).toStrictEqual([
      [
        'campaign|tmall.com|72013846',
        '2026-11-30',
        0,
        { impressions: 1810, clicks: 38, spend: 47.88, sales: 189, orders: 1 },
      ],
      [
        'campaign|tmall.com|72013846',
        '2026-11-30',
        3,
        { impressions: 438, clicks: 7, spend: 8.9, sales: 0, orders: 0 },
      ],
      [
        'campaign|tmall.com|72013846',
        '2026-11-30',
        20,
        { impressions: 13862, clicks: 402, spend: 631.24, sales: 2842, orders: 14 },
      ],
    ]);
    expect(r.buckets.every((b) => b.source === 'tmall.subway-hours-report' && b.currency === 'CNY')).toBe(
      true,
    );
    expect(r.skipped).toStrictEqual([{ row: 5, reason: 'no 计划ID' }]);
  });

  it('says what it needs: a marketplace, a period, a file it knows', () => {
    const sp = rowsOf('sp-hourly-report.csv');
    expect(importHourlyReport(sp, { fileName: 'report.csv' }).problem).toBe('needsMarketplace');
    const undated = sp.map((row) => row.slice(1));
    expect(importHourlyReport(undated, { fileName: 'x.csv', marketplace: 'amazon.com' }).problem).toBe(
      'needsPeriod',
    );
    const ranged = importHourlyReport(undated, {
      fileName: 'x.csv',
      marketplace: 'amazon.com',
      period: { from: '2026-11-01', to: '2026-11-07' },
      capturedAt: AT,
    });
    expect(ranged.buckets[0]).toMatchObject({ from: '2026-11-01', to: '2026-11-07', hour: 0 });
    expect(importHourlyReport(rowsOf('sycm-items.csv'), { fileName: 'sycm-items.csv' }).problem).toBe(
      'unrecognised',
    );
  });

  it('hours as files write them', () => {
    const ok: [string, number][] = [
      ['0', 0],
      ['23', 23],
      ['07:00', 7],
      ['12 AM', 0],
      ['12 PM', 12],
      ['1 PM', 13],
      ['11 p.m.', 23],
      ['20:00-21:00', 20],
      ['9点', 9],
    ];
    for (const [t, h] of ok) expect([t, fileHour(t)]).toStrictEqual([t, h]);
    for (const t of ['24', '13 PM', '0 AM', '9:30', '20:00-22:00', ''])
      expect([t, fileHour(t)]).toStrictEqual([t, undefined]);
  });

  it('reads a file: an hourly report, or nothing for another report', async () => {
    const bytes = (name: string) => {
      const b = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'reports', name));
      return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
    };
    const r = await readHourlyFile(bytes('subway-hourly-report.csv'), {
      fileName: 'subway-hourly-report.csv',
    });
    expect([r?.kind, r?.buckets.length, r?.skipped.length]).toStrictEqual(['subway-hours', 3, 1]);
    expect(await readHourlyFile(bytes('sycm-items.csv'), { fileName: 'sycm-items.csv' })).toBeUndefined();
  });
});
