import type { NumberContext } from '../../lib/parse';
import { CONSOLE_ADAPTERS } from '../../lib/sites';
import { AMAZON_MARKETPLACES } from '../../lib/sites/amazon/marketplaces';
import type { FieldSpec } from '../../lib/sites/read-rows';
import type { ColumnDictionary } from '../../lib/sites/table';

/** How a table adapter reads cells: its label table, field specs, and the number contexts it meets. */
export interface TableSpec {
  columns: ColumnDictionary<string>;
  fields: Record<string, FieldSpec>;
  /** `console`: an Amazon console; `alibaba`: a back office that reads yuan. */
  reader: 'console' | 'alibaba';
  contexts: NumberContext[];
}

const AMAZON: Pick<TableSpec, 'reader' | 'contexts'> = {
  reader: 'console',
  contexts: Object.values(AMAZON_MARKETPLACES).map(({ decimal, currency }) => ({ decimal, currency })),
};
const ALIBABA: Pick<TableSpec, 'reader' | 'contexts'> = {
  reader: 'alibaba',
  contexts: [{ decimal: '.', currency: 'CNY' }],
};

// Every console adapter reads a table and declares its columns and fields: the mutation suite
// (tests/unit/mutation.test.ts) varies its fixtures, the fuzz suite (tests/unit/fuzz.test.ts) its cells.
export const TABLES: Record<string, TableSpec> = Object.fromEntries(
  CONSOLE_ADAPTERS.map((a) => {
    if (!a.columns || !a.fields) throw new Error(`${a.id} reads a table: declare its columns and fields`);
    const spec = { columns: a.columns, fields: a.fields } as Pick<TableSpec, 'columns' | 'fields'>;
    return [a.id, { ...spec, ...(a.id.startsWith('amazon.') ? AMAZON : ALIBABA) }];
  }),
);
