import Dexie from 'dexie';
import { afterEach } from 'vitest';

/** Names for throwaway databases, deleted after each test of the file that calls this. */
export function freshDbNames(prefix: string): () => string {
  let n = 0;
  const names: string[] = [];
  afterEach(async () => {
    for (const name of names.splice(0)) await Dexie.delete(name);
  });
  return () => {
    const name = `${prefix}-${n++}`;
    names.push(name);
    return name;
  };
}

/** Every table of a database, each table's rows in key order. */
export async function dumpTables(db: Dexie): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of db.tables.map((x) => x.name).sort()) out[t] = await db.table(t).toArray();
  return out;
}
