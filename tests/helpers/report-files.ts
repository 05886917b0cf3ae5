import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { parseCsv } from '../../lib/export/csv-read';
import { SnapshotRecord } from '../../lib/model';
import { FIXTURES } from './fixtures';

/** A report file from tests/fixtures/reports, as bytes. */
export const file = (name: string) => readFileSync(join(FIXTURES, 'reports', name));
/** A UTF-8 report fixture's rows. */
export const rowsOf = (name: string) => parseCsv(file(name).toString('utf8'));
export const NOV = { from: '2026-11-01', to: '2026-11-20' };

export function expectValid(records: SnapshotRecord[]) {
  for (const r of records) expect(SnapshotRecord.safeParse(r).success).toBe(true);
}
