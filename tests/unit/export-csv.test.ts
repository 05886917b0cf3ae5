import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OpsLensDb } from '../../lib/db';
import { csvCell, csvRow, csvRowWriter, iterateSnapshots, snapshotsToCsvChunks } from '../../lib/export';
import { exportColumns } from '../../lib/export/columns';
import { parseCsv } from '../../lib/export/csv-read';
import { METRIC_NAMES } from '../../lib/model';
import { at, competitor } from '../helpers/records';

async function csvOf(...args: Parameters<typeof snapshotsToCsvChunks>): Promise<string> {
  let out = '';
  for await (const chunk of snapshotsToCsvChunks(...args)) out += chunk;
  return out;
}

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(undefined)).toBe('');
  });

  it('neutralises formula injection in text, never in numbers', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-20% off')).toBe("'-20% off");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('\rcmd')).toBe(`"'\rcmd"`);
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell(1234.5)).toBe('1234.5');
  });
});

describe('snapshotsToCsvChunks', () => {
  it('writes BOM, header, CRLF rows, rates as fractions, metrics in METRICS order and attr columns', async () => {
    const rec = competitor({
      label: 'Kettle, 1.7L "Pro"',
      period: { from: '2026-11-01', to: '2026-11-07' },
      metrics: { rating: 4.6, price: 39.99, ctr: 0.125 },
    });
    const text = await csvOf([[rec]], {
      metrics: ['rating', 'ctr', 'price', 'nonsense'],
      attrs: ['asin', 'missing'],
    });
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'kind,source,platform,marketplace,key,label,currency,periodFrom,periodTo,capturedAt,url,price,ctr,rating,attr.asin,attr.missing',
    );
    expect(lines[1]).toBe(
      'competitor,amazon.product,amazon,amazon.com,B0C1K2Z3X4,"Kettle, 1.7L ""Pro""",USD,2026-11-01,2026-11-07,' +
        '2026-11-20T10:00:00.000Z,https://www.amazon.com/dp/B0C1K2Z3X4,39.99,0.125,4.6,B0C1K2Z3X4,',
    );
    expect(lines[2]).toBe('');
    expect(parseCsv(text)[1]?.[5]).toBe('Kettle, 1.7L "Pro"');
  });

  it('has a column for every metric when none are chosen, and a header even with no data', async () => {
    const text = await csvOf([]);
    expect(text.slice(1).split('\r\n')[0]?.split(',')).toHaveLength(11 + METRIC_NAMES.length);
  });

  it('yields one chunk per batch after the header chunk, from sync or async sources', async () => {
    async function* batches() {
      yield [competitor()];
      yield [];
      yield [competitor({ key: 'B0OTHER0001' }), competitor({ key: 'B0OTHER0002' })];
    }
    const chunks: string[] = [];
    for await (const c of snapshotsToCsvChunks(batches(), { metrics: ['price'] })) chunks.push(c);
    expect(chunks).toHaveLength(3);
    expect(chunks[2]?.split('\r\n')).toHaveLength(3);
  });
});

describe('csvRowWriter', () => {
  // The writer fills only the cells a record has; every row must equal the plain column-by-column row.
  const text = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom('=1+1', 'a,b', 'say "hi"', '-5', '价格'),
  );
  const metricName = fc.constantFrom(...METRIC_NAMES, 'notAMetric');
  it('writes the same row as csvCell over every column, for 3,000 random records', () => {
    const columns = exportColumns({ attrs: ['asin', 'sku', 'dashed', 'stockState'] });
    const write = csvRowWriter(columns);
    fc.assert(
      fc.property(
        fc.dictionary(metricName, fc.oneof(fc.double({ noNaN: false }), fc.integer())),
        fc.dictionary(fc.constantFrom('asin', 'sku', 'dashed', 'other'), text),
        fc.option(text, { nil: undefined }),
        (metrics, attrs, label) => {
          const rec = competitor({ metrics, attrs, ...(label === undefined ? {} : { label }) });
          expect(write(rec)).toBe(csvRow(columns.map((c) => c.value(rec))));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('parseCsv', () => {
  it('handles BOM, CRLF, LF, CR, quoted line breaks and doubled quotes', () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, y","line1\nline2"\n"q""q",\rlast,1')).toStrictEqual([
      ['a', 'b'],
      ['x, y', 'line1\nline2'],
      ['q"q', ''],
      ['last', '1'],
    ]);
  });

  it('keeps quotes inside unquoted fields (Brand Analytics metadata) and ignores a final line break', () => {
    expect(parseCsv('Brand=["Acme"],Reporting Range=["Weekly"]\r\nh1,h2\r\n')).toStrictEqual([
      ['Brand=["Acme"]', 'Reporting Range=["Weekly"]'],
      ['h1', 'h2'],
    ]);
  });

  it('uses ; or tab when that is clearly the delimiter', () => {
    expect(parseCsv('a;b;c\n1,5;2;3')).toStrictEqual([
      ['a', 'b', 'c'],
      ['1,5', '2', '3'],
    ]);
    expect(parseCsv('a\tb\n1\t2')).toStrictEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('reads an unterminated quote to the end instead of failing', () => {
    expect(parseCsv('a,"b\nc')).toStrictEqual([['a', 'b\nc']]);
  });

  it('opens a quoted field after blanks that follow the delimiter (mholt/PapaParse#941)', () => {
    expect(parseCsv('Title, "Kettle, 1.7L", "say ""hi, there"""\nx,  "a\nb" ,y')).toStrictEqual([
      ['Title', 'Kettle, 1.7L', 'say "hi, there"'],
      ['x', 'a\nb', 'y'],
    ]);
    // Inside a quoted field a comma, a blank and a quote are text, not a field start.
    expect(parseCsv('"He said, ""no"", twice", 2')).toStrictEqual([['He said, "no", twice', ' 2']]);
  });

  it('sniffs the delimiter from whole rows, past a first cell longer than 4 KB', () => {
    const note = `"Campaigns: ${'SP - Kettle, '.repeat(400)}"`;
    expect(parseCsv(`${note}\na;b;c\n1,5;2;3\n4;5;6`).slice(1)).toStrictEqual([
      ['a', 'b', 'c'],
      ['1,5', '2', '3'],
      ['4', '5', '6'],
    ]);
  });
});

describe('iterateSnapshots', () => {
  let db: OpsLensDb;
  let n = 0;
  beforeEach(async () => {
    db = new OpsLensDb(`opslens-export-csv-${n++}`);
    await db.open();
  });
  afterEach(async () => {
    await db.delete();
  });

  it('pages 100,000 snapshots in key order (entity, then time) in batches, never more than the batch size at once', async () => {
    const T0 = '2026-01-01T00:00:00.000Z';
    const all = Array.from({ length: 100_000 }, (_, i) =>
      competitor({
        key: `B0${String(i % 500).padStart(8, '0')}`,
        capturedAt: at(T0, i),
        metrics: { price: i },
      }),
    );
    await db.history.bulkAdd(all.map((s) => ({ ...s })));
    // The order expected, sorted here from what was written: by entity key, then time.
    const expected = all
      .slice()
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.capturedAt < b.capturedAt ? -1 : 1))
      .map((s) => s.metrics.price);
    let count = 0;
    let largest = 0;
    let rows = 0;
    for await (const batch of iterateSnapshots(db, {}, 5000)) {
      largest = Math.max(largest, batch.length);
      for (const s of batch)
        if (s.metrics.price !== expected[count++]) throw new Error(`out of order at ${count - 1}`);
    }
    expect(count).toBe(100_000);
    expect(largest).toBe(5000);
    for await (const chunk of snapshotsToCsvChunks(iterateSnapshots(db, {}, 5000), { metrics: ['price'] }))
      rows += chunk.split('\r\n').length - 1;
    expect(rows).toBe(100_001);
    const first = (await snapshotsToCsvChunks(iterateSnapshots(db, {}, 5000)).next()).value as string;
    expect(first.split('\r\n')[0]!.split(',')).not.toContain('id');
  }, 120_000);

  it('filters by kind, platform, marketplace and capturedAt range (a bare end date includes its day)', async () => {
    const T0 = '2026-11-20T10:00:00.000Z';
    await db.history.bulkAdd([
      competitor(),
      competitor({ marketplace: 'amazon.de', capturedAt: at(T0, 60 * 24) }),
      competitor({ kind: 'listing', source: 'amazon.business-report', capturedAt: at(T0, 60 * 48) }),
      competitor({ platform: 'tmall', marketplace: 'tmall.com', capturedAt: at(T0, 60 * 72) }),
    ]);
    const keys = async (f: Parameters<typeof iterateSnapshots>[1]) => {
      const out: string[] = [];
      for await (const b of iterateSnapshots(db, f, 1))
        out.push(...b.map((s) => `${s.kind}@${s.marketplace}`));
      return out;
    };
    expect(await keys({ kinds: ['competitor'], platforms: ['amazon'] })).toStrictEqual([
      'competitor@amazon.com',
      'competitor@amazon.de',
    ]);
    expect(await keys({ marketplaces: ['amazon.de', 'tmall.com'] })).toHaveLength(2);
    expect(await keys({ from: at(T0, 1), to: '2026-11-22' })).toStrictEqual([
      'competitor@amazon.de',
      'listing@amazon.com',
    ]);
    expect(await keys({ to: '2026-11-19' })).toStrictEqual([]);
  });
});
