import { textOf } from '../../lib/sites/dom';

/** The column header a click points at: the header itself, or the header above a clicked data cell. */
export function headerFor(target: Element): string | undefined {
  const header = target.closest('th, [role="columnheader"], kat-table-head kat-table-cell');
  if (header) return textOf(header) || undefined;
  const cell = target.closest('td, [role="gridcell"], [role="cell"], kat-table-cell');
  if (!cell) return undefined;
  const col = cell.getAttribute('aria-colindex');
  if (col) {
    const grid = cell.closest('[role="grid"], [role="table"], [role="treegrid"]');
    const h = grid?.querySelector(`[role="columnheader"][aria-colindex="${col}"]`);
    return h ? textOf(h) || undefined : undefined;
  }
  const row = cell.parentElement;
  const table = cell.closest('table');
  if (!row || !table) return undefined;
  const index = Array.from(row.children).indexOf(cell);
  const headRow = table.querySelector('thead tr') ?? table.querySelector('tr');
  const h = headRow?.children[index];
  return h ? textOf(h) || undefined : undefined;
}

/**
 * Lets the user click the column that holds a field. The click is captured and goes no further into the
 * page; Escape cancels. Resolves with the header's label, or undefined when cancelled. The listeners end with
 * the pick or with `signal` (the content script's context), so a reloaded extension never swallows a click.
 */
export function pickColumn(signal: AbortSignal, isOurs: (n: Node) => boolean): Promise<string | undefined> {
  return new Promise((resolve) => {
    const picking = new AbortController();
    const done = (label: string | undefined) => {
      picking.abort();
      document.documentElement.style.removeProperty('cursor');
      resolve(label);
    };
    const onClick = (e: MouseEvent) => {
      const target = e.target as Element | null;
      if (!target || isOurs(target)) return;
      e.preventDefault();
      e.stopPropagation();
      done(headerFor(target));
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') done(undefined);
    };
    if (signal.aborted) return done(undefined);
    signal.addEventListener('abort', () => done(undefined), { signal: picking.signal });
    const options = { capture: true, signal: picking.signal };
    document.documentElement.style.setProperty('cursor', 'crosshair');
    document.addEventListener('click', onClick, options);
    document.addEventListener('keydown', onKey, options);
  });
}
