import { describe, expect, it } from 'vitest';
import { chunksToBlob, importReportFile } from '../../lib/export';
import { kindsInUse } from '../../lib/export/kind-columns';
import { kindToCsvChunks, snapshotsToXlsxByKind } from '../../lib/export/kind-export';
import type { SnapshotRecord } from '../../lib/model';

const common = {
  platform: 'amazon',
  marketplace: 'amazon.com',
  currency: 'USD',
  url: 'https://x.test/',
} as const;
const RECORDS: SnapshotRecord[] = [
  {
    ...common,
    kind: 'listing',
    source: 'amazon.business-report',
    key: 'B0C1K2Z3X4',
    label: 'Kettle, 1.7 L "steel"',
    period: { from: '2026-11-14', to: '2026-11-20' },
    capturedAt: '2026-11-21T10:00:00.123Z',
    metrics: { sessions: 1200, conversionRate: 0.5617, sales: 1234.5 },
    attrs: { asin: 'B0C1K2Z3X4', sku: '=SKU-1' },
  },
  {
    ...common,
    kind: 'campaign',
    source: 'amazon.ads-campaigns',
    key: '412096385710462',
    label: 'Kettles - auto',
    capturedAt: '2026-11-21T23:30:00.000Z',
    metrics: { spend: 76.53, clicks: 42, acos: 0.3017 },
    attrs: {},
  },
];
const TZ = 'America/New_York';

describe('an export with machine-readable headers imports back as the same readings', () => {
  it('CSV, one file per kind', async () => {
    const back: SnapshotRecord[] = [];
    for (const use of await kindsInUse([RECORDS])) {
      const blob = await chunksToBlob(
        kindToCsvChunks([RECORDS], use, { lang: 'zh', headers: 'machine', timeZone: TZ }),
        'text/csv',
      );
      const res = await importReportFile(await blob.arrayBuffer(), { fileName: `opslens-${use.kind}.csv` });
      expect(res.kind).toBe('opslens-export');
      expect(res.skipped).toStrictEqual([]);
      back.push(...res.records);
    }
    // The CSV writes the SKU as '=SKU-1 (formula guard); the import takes the guard off again.
    expect(back).toStrictEqual(RECORDS);
  });

  it('XLSX, one sheet per kind, read sheet by sheet', async () => {
    const buf = await snapshotsToXlsxByKind([RECORDS], await kindsInUse([RECORDS]), {
      lang: 'en',
      headers: 'machine',
      timeZone: TZ,
    });
    const res = await importReportFile(buf, { fileName: 'opslens.xlsx' });
    expect(res.kind).toBe('opslens-export');
    expect(res.records).toStrictEqual(RECORDS);
  });

  it('a readable (UI-language) export is not mistaken for one: its headers are not field names', async () => {
    const use = (await kindsInUse([RECORDS]))[1]!;
    const blob = await chunksToBlob(
      kindToCsvChunks([RECORDS], use, { lang: 'en', headers: 'ui', timeZone: TZ }),
      'text/csv',
    );
    const res = await importReportFile(await blob.arrayBuffer(), { fileName: 'opslens-campaign.csv' });
    expect(res.problem).toBe('unrecognised');
    expect(res.records).toStrictEqual([]);
  });

  it('a cell that is not a number skips its row, with the row and the column', async () => {
    const csv =
      'kind,source,platform,marketplace,key,capturedAt,url,clicks,acos\r\n' +
      'campaign,amazon.ads-campaigns,amazon,amazon.com,1,2026-11-21T10:00:00Z,https://x.test/,12,30%\r\n' +
      'campaign,amazon.ads-campaigns,amazon,amazon.com,2,2026-11-21T10:00:00Z,https://x.test/,a lot,0.3\r\n';
    const res = await importReportFile(new TextEncoder().encode(csv), { fileName: 'x.csv' });
    expect(res.records.map((r) => [r.key, r.metrics])).toStrictEqual([['1', { clicks: 12, acos: 0.3 }]]);
    expect(res.skipped).toStrictEqual([
      {
        row: 3,
        reason: 'row 3: clicks: "a lot" is not a number',
        why: { code: 'notNumber', column: 'clicks', value: 'a lot' },
      },
    ]);
  });
});
