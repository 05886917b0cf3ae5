import type { OpsLensDb } from '../../lib/db';
import { send } from '../../lib/runtime';

const QUIET_MS = 1500;

/**
 * Imports and restores (lib/export) write readings from this page, not through the background: once they
 * stop writing, the background is asked to compute the stored advice again, so Today shows what they brought.
 * Dexie's hooks fire for writes made through this page's own database object only.
 */
export function watchImports(db: OpsLensDb): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      send({ type: 'advice.rebuild' }).catch((err) => console.error('[opslens] advice rebuild failed', err));
    }, QUIET_MS);
  };
  db.history.hook('creating', changed);
  db.history.hook('deleting', changed);
  db.entities.hook('creating', changed);
}
