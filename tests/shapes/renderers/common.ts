import { esc } from '../format';
import type { Column, TableModel } from '../types';

// Helpers every renderer uses: column order with fixed (pinned) columns, header label decoration.

/** Fixed columns as consoles pin them: selection and identity on the left, row actions on the right. */
export function pinned(m: TableModel): Column[] {
  const keyAt = m.columns.findIndex((c) => c.kind === 'key');
  return m.columns.map((c, i) => {
    if (c.fixed) return c;
    if (i <= keyAt && (c.kind === 'select' || c.kind === 'key')) return { ...c, fixed: 'left' };
    if (c.kind === 'action' && i === m.columns.length - 1) return { ...c, fixed: 'right' };
    return c;
  });
}

export const leftCols = (cols: Column[]) => cols.filter((c) => c.fixed === 'left');
export const rightCols = (cols: Column[]) => cols.filter((c) => c.fixed === 'right');
export const centerCols = (cols: Column[]) => cols.filter((c) => !c.fixed);

export const indexOf = (m: TableModel, c: Column) => m.columns.findIndex((x) => x.id === c.id);

export const alignStyle = (c: Column) => (c.align === 'left' ? '' : ` style="text-align: ${c.align}"`);

/** Sort carets (glyphs in an aria-hidden span), a `?` help icon and an info popover that is not shown. */
export function decorated(c: Column, withPopover = true): string {
  if (!c.label) return '';
  const carets =
    c.kind === 'num'
      ? '<span class="sort-carets" aria-hidden="true"><i class="caret caret-up">▲</i><i class="caret caret-down">▼</i></span>'
      : '';
  const help = c.help
    ? `<span class="help-icon" role="button" tabindex="0" aria-label="?" title="${esc(c.help)}">?</span>${
        withPopover ? `<div class="info-popover" role="tooltip" hidden><p>${esc(c.help)}</p></div>` : ''
      }`
    : '';
  return `<span class="col-label">${esc(c.label)}</span>${carets}${help}`;
}

/** Inline SVG as antd's icons render it (two carets in the sorter). */
export const antdCarets = `<span class="ant-table-column-sorter ant-table-column-sorter-full"><span class="ant-table-column-sorter-inner" aria-hidden="true"><span role="img" aria-label="caret-up" class="anticon anticon-caret-up ant-table-column-sorter-up"><svg viewBox="0 0 1024 1024" focusable="false" width="1em" height="1em" fill="currentColor"><path d="M858.9 689L530.5 308.2c-9.4-10.9-27.5-10.9-37 0L165.1 689c-12.2 14.2-1.2 35 18.5 35h656.8c19.7 0 30.7-20.8 18.5-35z"></path></svg></span><span role="img" aria-label="caret-down" class="anticon anticon-caret-down ant-table-column-sorter-down"><svg viewBox="0 0 1024 1024" focusable="false" width="1em" height="1em" fill="currentColor"><path d="M840.4 300H183.6c-19.7 0-30.7 20.8-18.5 35l328.4 380.8c9.4 10.9 27.5 10.9 37 0L858.9 335c12.2-14.2 1.2-35-18.5-35z"></path></svg></span></span></span>`;

/** Skeleton rows a console shows while the next page of rows loads: no text at all. */
export const skeletonCells = (n: number, tag: 'td' | 'div') =>
  Array.from(
    { length: n },
    () =>
      `<${tag} class="skeleton-cell"><span class="skeleton-line" style="display:block;height:10px;background:#eee"></span></${tag}>`,
  ).join('');

export const rowAttrs = (attrs: Record<string, string> | undefined) =>
  Object.entries(attrs ?? {})
    .map(([k, v]) => ` ${k}="${esc(v)}"`)
    .join('');

export const sumWidth = (cols: Column[]) => cols.reduce((a, c) => a + c.width, 0);

/** The order rows are in the DOM of a virtualised list after scrolling: recycled, not visual. */
export function recycled<T>(items: T[], seed: number): T[] {
  if (items.length < 3) return [...items].reverse();
  const k = 1 + (seed % (items.length - 1));
  return [...items.slice(k), ...items.slice(0, k)];
}
