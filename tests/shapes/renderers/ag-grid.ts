import { esc } from '../format';
import type { Column, Row, Shape, TableModel } from '../types';
import { centerCols, leftCols, pinned, recycled, rightCols, sumWidth } from './common';

// AG Grid (community). Located via search: ag-grid/ag-grid community-modules/core/src/ts/rendering/row/rowCtrl.ts
// and dist/lib/gridPanel/gridPanel.js (only their search excerpts were read); the markup below is from knowledge
// of AG Grid's rendered DOM: ag-header with ag-pinned-left-header / ag-header-viewport > ag-header-container /
// ag-pinned-right-header; ag-body-viewport with ag-pinned-left-cols-container, ag-center-cols-viewport >
// ag-center-cols-container, ag-pinned-right-cols-container; each row drawn once per container as div.ag-row with
// row-index, row-id, aria-rowindex and `transform: translateY(...)`, recycled so DOM order is not row order; cells
// with col-id and aria-colindex; header text in span.ag-header-cell-text; ag-floating-bottom for a pinned totals
// row (row-pinned="bottom"). Our own code.

const ROW_H = 42;

function headerCell(c: Column, colIndex: number, left: number): string {
  if (c.kind === 'select')
    return `<div class="ag-header-cell ag-header-cell-sortable" col-id="${c.id}" role="columnheader" aria-colindex="${colIndex}" style="width: ${c.width}px; left: ${left}px;"><div class="ag-header-select-all ag-labeled ag-checkbox" role="presentation"><input type="checkbox" class="ag-checkbox-input" aria-label="Press Space to toggle all rows selection"></div></div>`;
  const right = c.align === 'right' ? ' ag-header-cell-right-aligned' : '';
  return `<div class="ag-header-cell ag-header-cell-sortable ag-focus-managed${right}" col-id="${c.id}" role="columnheader" aria-colindex="${colIndex}" aria-sort="none" tabindex="-1" style="width: ${c.width}px; left: ${left}px;"><div class="ag-header-cell-resize" role="presentation"></div><div class="ag-header-cell-comp-wrapper" role="presentation"><div class="ag-cell-label-container" role="presentation"><span class="ag-header-icon ag-header-cell-menu-button" aria-hidden="true"><span class="ag-icon ag-icon-menu" role="presentation"></span></span><div class="ag-header-cell-label" role="presentation"><span class="ag-header-cell-text">${esc(c.label)}</span>${
    c.help ? `<span class="ag-header-help" title="${esc(c.help)}" aria-hidden="true">ⓘ</span>` : ''
  }<span class="ag-sort-indicator-container"><span class="ag-sort-indicator-icon ag-sort-ascending-icon ag-hidden" aria-hidden="true"><span class="ag-icon ag-icon-asc" role="presentation"></span></span><span class="ag-sort-indicator-icon ag-sort-descending-icon ag-hidden" aria-hidden="true"><span class="ag-icon ag-icon-desc" role="presentation"></span></span></span></div></div></div></div>`;
}

function headerRow(cols: Column[], first: number): string {
  let left = 0;
  const cells = cols.map((c, k) => {
    const h = headerCell(c, first + k, left);
    left += c.width;
    return h;
  });
  return `<div class="ag-header-row ag-header-row-column" role="row" aria-rowindex="1" style="height: 48px; top: 0px; width: ${sumWidth(cols)}px;">${cells.join('')}</div>`;
}

function cells(m: TableModel, cols: Column[], first: number, values: string[]): string {
  let left = 0;
  return cols
    .map((c, k) => {
      const html = values[m.columns.findIndex((x) => x.id === c.id)] ?? '';
      const cls = c.align === 'right' ? ' ag-right-aligned-cell' : '';
      const out = `<div tabindex="-1" role="gridcell" col-id="${c.id}" aria-colindex="${first + k}" class="ag-cell ag-cell-not-inline-editing ag-cell-normal-height ag-cell-value${cls}" style="left: ${left}px; width: ${c.width}px;">${html}</div>`;
      left += c.width;
      return out;
    })
    .join('');
}

function rowsOf(m: TableModel, cols: Column[], first: number, order: Row[]): string {
  return order
    .map((r) => {
      const i = m.rows.indexOf(r);
      return `<div role="row" row-index="${i}" row-id="${esc(r.rowId)}" aria-rowindex="${i + 2}" class="ag-row ag-row-${i % 2 ? 'odd' : 'even'} ag-row-level-0 ag-row-position-absolute" style="height: ${ROW_H}px; transform: translateY(${i * ROW_H}px);">${cells(m, cols, first, r.cells)}</div>`;
    })
    .join('\n');
}

function totalsRow(m: TableModel, cols: Column[], first: number): string {
  if (!m.totals) return '';
  return `<div role="row" row-index="b-0" row-id="b-0" aria-rowindex="${m.rows.length + 2}" row-pinned="bottom" class="ag-row ag-row-pinned ag-row-level-0 ag-row-position-absolute" style="height: ${ROW_H}px; transform: translateY(0px);">${cells(m, cols, first, m.totals)}</div>`;
}

export const agGridPinned: Shape = {
  id: 'ag-grid-pinned',
  source:
    'ag-grid/ag-grid community-modules/core/src/ts/rendering/row/rowCtrl.ts; dist/lib/gridPanel/gridPanel.js',
  layoutOnly: false,
  render: (m, seed) => {
    const cols = pinned(m);
    const L = leftCols(cols);
    const C = centerCols(cols);
    const R = rightCols(cols);
    const h = m.rows.length * ROW_H;
    const firstC = L.length + 1;
    const firstR = L.length + C.length + 1;
    const header = `<div class="ag-header ag-pivot-off ag-header-allow-overflow" role="presentation" style="height: 49px; min-height: 49px;"><div class="ag-pinned-left-header" role="presentation" style="width: ${sumWidth(L)}px; min-width: ${sumWidth(L)}px;">${headerRow(L, 1)}</div><div class="ag-header-viewport" role="presentation"><div class="ag-header-container" role="rowgroup" style="width: ${sumWidth(C)}px;">${headerRow(C, firstC)}</div></div><div class="ag-pinned-right-header" role="presentation" style="width: ${sumWidth(R)}px; min-width: ${sumWidth(R)}px;">${headerRow(R, firstR)}</div></div>`;
    const body = `<div class="ag-body ag-layout-normal" role="presentation"><div class="ag-body-viewport ag-row-animation ag-layout-normal" role="presentation"><div class="ag-pinned-left-cols-container" role="rowgroup" style="height: ${h}px; width: ${sumWidth(L)}px;">${rowsOf(m, L, 1, recycled(m.rows, seed))}</div><div class="ag-center-cols-viewport" role="presentation" style="height: ${h}px;"><div class="ag-center-cols-container" role="rowgroup" style="width: ${sumWidth(C)}px; height: ${h}px;">${rowsOf(m, C, firstC, recycled(m.rows, seed + 1))}</div></div><div class="ag-pinned-right-cols-container" role="rowgroup" style="height: ${h}px; width: ${sumWidth(R)}px;">${rowsOf(m, R, firstR, recycled(m.rows, seed + 2))}</div></div></div>`;
    const bottom = m.totals
      ? `<div class="ag-floating-bottom" role="presentation" style="height: ${ROW_H}px;"><div class="ag-pinned-left-floating-bottom" role="rowgroup" style="width: ${sumWidth(L)}px;">${totalsRow(m, L, 1)}</div><div class="ag-floating-bottom-viewport" role="presentation"><div class="ag-floating-bottom-container" role="rowgroup" style="width: ${sumWidth(C)}px;">${totalsRow(m, C, firstC)}</div></div><div class="ag-pinned-right-floating-bottom" role="rowgroup" style="width: ${sumWidth(R)}px;">${totalsRow(m, R, firstR)}</div></div>`
      : '';
    const html = `<div class="ag-theme-alpine" style="width: 100%;"><div class="ag-root-wrapper ag-layout-normal ag-ltr"><div class="ag-root-wrapper-body ag-layout-normal"><div class="ag-root ag-unselectable ag-layout-normal" role="grid" aria-colcount="${cols.length}" aria-rowcount="${m.rows.length + 1}">${header}<div class="ag-floating-top" role="presentation" style="height: 0px; display: none;"></div>${body}${bottom}</div></div></div></div>`;
    return {
      html,
      css: `.ag-root { position: relative; font-size: 13px; } .ag-header { display: flex; background: #f8f8f8; border-bottom: 1px solid #ddd; }
.ag-header-row { position: relative; height: 48px; } .ag-header-cell { position: absolute; top: 0; height: 48px; padding: 0 8px; box-sizing: border-box; display: flex; align-items: center; font-weight: 600; }
.ag-header-viewport, .ag-center-cols-viewport, .ag-floating-bottom-viewport { flex: 1 1 auto; overflow: hidden; position: relative; }
.ag-body-viewport, .ag-floating-bottom { display: flex; position: relative; } .ag-pinned-left-cols-container, .ag-pinned-right-cols-container, .ag-center-cols-container, .ag-floating-bottom-container, .ag-pinned-left-floating-bottom, .ag-pinned-right-floating-bottom { position: relative; flex: none; }
.ag-row { position: absolute; top: 0; left: 0; width: 100%; border-bottom: 1px solid #eee; box-sizing: border-box; } .ag-cell { position: absolute; top: 0; height: ${ROW_H}px; line-height: 20px; padding: 0 8px; box-sizing: border-box; overflow: hidden; }
.ag-right-aligned-cell { text-align: right; } .ag-hidden { display: none !important; }`,
    };
  },
};
