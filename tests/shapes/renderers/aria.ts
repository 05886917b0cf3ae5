import { esc } from '../format';
import type { Column, Row, Shape, TableModel } from '../types';
import {
  centerCols,
  decorated,
  leftCols,
  pinned,
  recycled,
  rightCols,
  skeletonCells,
  sumWidth,
} from './common';

// Div grids. aria-grid: WAI-ARIA grid pattern (role=grid/row/columnheader/gridcell with aria-rowindex /
// aria-colindex), as Seller Central's current inventory grid is reported to be (PAGE-FACTS.md).
// mui-datagrid: MUI X DataGrid. Read: mui/mui-x packages/grid/x-data-grid/src/components/GridRow.tsx (row div
// with data-id, data-rowindex, role=row, aria-rowindex, aria-selected; cells per column); the header markup
// (.MuiDataGrid-columnHeader[data-field][aria-colindex] > .MuiDataGrid-columnHeaderTitle) from knowledge.
// virtual-recycled: react-window style lists (bvaughn/react-window src/createListComponent.js located, not read:
// an inner div of the full height, items absolutely placed with style top, recycled so DOM order != row order),
// with aria-rowindex as accessible apps add it.
// layout-frozen: a frozen left list and a scrolling right list whose rows carry nothing but their `top`
// (layoutOnly: only geometry joins the two halves of a row). Our own code.

const H = 40;
const cellText = (m: TableModel, r: Row | undefined, c: Column) =>
  r ? (r.cells[m.columns.findIndex((x) => x.id === c.id)] ?? '') : '';

export const ariaGrid: Shape = {
  id: 'aria-grid',
  source: 'WAI-ARIA grid pattern; PAGE-FACTS.md (Seller Central inventory grid: role=grid/row/gridcell)',
  layoutOnly: false,
  render: (m) => {
    const cols = m.columns;
    const header = `<div role="row" aria-rowindex="1" class="grid-row grid-head">${cols
      .map(
        (c, k) =>
          `<div role="columnheader" aria-colindex="${k + 1}" class="grid-cell" style="width: ${c.width}px; text-align: ${c.align};">${decorated(c)}</div>`,
      )
      .join('')}</div>`;
    const rows = m.rows
      .map(
        (r, i) =>
          `<div role="row" aria-rowindex="${i + 2}" class="grid-row" style="display: contents;">${cols
            .map(
              (c, k) =>
                `<div role="gridcell" aria-colindex="${k + 1}" class="grid-cell" style="text-align: ${c.align};">${cellText(m, r, c)}</div>`,
            )
            .join('')}</div>`,
      )
      .join('\n');
    return {
      html: `<div role="grid" aria-rowcount="${m.rows.length + 1}" aria-colcount="${cols.length}" class="data-grid" style="grid-template-columns: ${cols.map((c) => `${c.width}px`).join(' ')};"><div role="rowgroup" style="display: contents;">${header.replace('class="grid-row grid-head"', 'class="grid-row grid-head" style="display: contents;"')}</div><div role="rowgroup" style="display: contents;">${rows}</div></div>`,
      css: `.data-grid { display: grid; font-size: 13px; } .grid-cell { padding: 8px; border-bottom: 1px solid #e3e3e3; min-height: 24px; } .grid-head .grid-cell { font-weight: 600; background: #f6f6f6; }`,
    };
  },
};

export const muiDataGrid: Shape = {
  id: 'mui-datagrid',
  source:
    'mui/mui-x packages/grid/x-data-grid/src/components/GridRow.tsx, columnHeaders/GridColumnHeaderItem.tsx',
  layoutOnly: false,
  render: (m) => {
    const cols = m.columns;
    const w = (c: Column) => `width: ${c.width}px; min-width: ${c.width}px; max-width: ${c.width}px;`;
    const head = cols
      .map(
        (c, k) =>
          `<div class="MuiDataGrid-columnHeader${c.kind === 'num' ? ' MuiDataGrid-columnHeader--sortable MuiDataGrid-columnHeader--alignRight MuiDataGrid-columnHeader--numeric' : ''}" role="columnheader" tabindex="-1" data-field="${c.id}" aria-colindex="${k + 1}"${c.kind === 'num' ? ' aria-sort="none"' : ''} style="${w(c)}"><div class="MuiDataGrid-columnHeaderDraggableContainer"><div class="MuiDataGrid-columnHeaderTitleContainer"><div class="MuiDataGrid-columnHeaderTitleContainerContent"><div class="MuiDataGrid-columnHeaderTitle">${esc(c.label)}</div></div>${
            c.kind === 'num'
              ? '<div class="MuiDataGrid-iconButtonContainer"><button class="MuiButtonBase-root MuiIconButton-root MuiIconButton-sizeSmall" tabindex="-1" type="button" aria-label="Sort" title="Sort"><svg class="MuiSvgIcon-root MuiDataGrid-sortIcon" focusable="false" aria-hidden="true" viewBox="0 0 24 24"><path d="M20 12l-1.41-1.41L13 16.17V4h-2v12.17l-5.58-5.59L4 12l8 8 8-8z"></path></svg></button></div>'
              : ''
          }</div></div><div class="MuiDataGrid-columnSeparator" aria-hidden="true"></div></div>`,
      )
      .join('');
    const rows = m.rows
      .map(
        (r, i) =>
          `<div class="MuiDataGrid-row${i % 2 ? ' Mui-odd' : ' Mui-even'}" role="row" data-id="${esc(r.rowId)}" data-rowindex="${i}" aria-rowindex="${i + 2}" aria-selected="false" style="max-height: 52px; min-height: 52px;">${cols
            .map(
              (c, k) =>
                `<div class="MuiDataGrid-cell${c.align === 'right' ? ' MuiDataGrid-cell--textRight' : ''}" role="gridcell" data-field="${c.id}" data-colindex="${k}" aria-colindex="${k + 1}" tabindex="-1" style="${w(c)}">${cellText(m, r, c)}</div>`,
            )
            .join('')}</div>`,
      )
      .join('\n');
    const html = `<div class="MuiDataGrid-root MuiDataGrid-root--densityStandard" role="grid" aria-colcount="${cols.length}" aria-rowcount="${m.rows.length + 1}" aria-multiselectable="false"><div class="MuiDataGrid-main"><div class="MuiDataGrid-columnHeaders" style="min-height: 56px; max-height: 56px; line-height: 56px;"><div class="MuiDataGrid-columnHeadersInner" role="rowgroup"><div role="row" aria-rowindex="1" class="MuiDataGrid-columnHeaderRow" style="display: flex;">${head}</div></div></div><div class="MuiDataGrid-virtualScroller" role="presentation"><div class="MuiDataGrid-virtualScrollerContent" style="width: ${sumWidth(cols)}px; height: ${m.rows.length * 52}px;"><div class="MuiDataGrid-virtualScrollerRenderZone" role="rowgroup" style="transform: translate3d(0px, 0px, 0px);">${rows}</div></div></div></div></div>`;
    return {
      html,
      css: `.MuiDataGrid-root { font-size: 13px; } .MuiDataGrid-row { display: flex; border-bottom: 1px solid #e0e0e0; } .MuiDataGrid-cell { padding: 0 10px; display: flex; align-items: center; overflow: hidden; box-sizing: border-box; } .MuiDataGrid-cell--textRight { justify-content: flex-end; } .MuiDataGrid-columnHeader { padding: 0 10px; box-sizing: border-box; font-weight: 500; } .MuiDataGrid-iconButtonContainer button { border: 0; background: none; width: 16px; } .MuiDataGrid-sortIcon { width: 14px; height: 14px; }`,
    };
  },
};

function positioned(m: TableModel, cols: Column[], order: (Row | undefined)[], withAria: boolean): string {
  return order
    .map((r, n) => {
      const i = r ? m.rows.indexOf(r) : m.rows.length + n;
      const aria = withAria && r ? ` role="row" aria-rowindex="${i + 2}"` : '';
      const inner = r
        ? cols
            .map(
              (c) =>
                `<div class="v-cell"${withAria ? ' role="gridcell"' : ''} style="width: ${c.width}px; text-align: ${c.align};">${cellText(m, r, c)}</div>`,
            )
            .join('')
        : skeletonCells(cols.length, 'div');
      return `<div class="v-row"${aria} style="position: absolute; left: 0px; top: ${i * H}px; height: ${H}px; width: 100%;">${inner}</div>`;
    })
    .join('\n');
}

const V_CSS = `.v-grid { font-size: 13px; } .v-head { display: flex; font-weight: 600; background: #f5f5f5; height: 40px; } .v-head > div { padding: 0 8px; box-sizing: border-box; flex: none; line-height: 40px; overflow: hidden; white-space: nowrap; }
.v-row { display: flex; box-sizing: border-box; border-bottom: 1px solid #eee; } .v-cell, .v-row > .skeleton-cell { flex: none; padding: 0 8px; box-sizing: border-box; overflow: hidden; height: ${H}px; line-height: 18px; } .v-row > .skeleton-cell { width: 100px; }`;

const headDivs = (cols: Column[], aria: boolean) =>
  cols
    .map(
      (c) =>
        `<div${aria ? ' role="columnheader"' : ''} style="width: ${c.width}px; text-align: ${c.align};">${esc(c.label)}</div>`,
    )
    .join('');

export const virtualRecycled: Shape = {
  id: 'virtual-recycled',
  source: 'react-window style virtual list (absolute items with style top, recycled order); from knowledge',
  layoutOnly: false,
  render: (m, seed) => {
    const cols = m.columns;
    const order: (Row | undefined)[] = [...recycled(m.rows, seed), undefined];
    const html = `<div class="v-grid" role="grid" aria-rowcount="${m.rows.length + 1}"><div class="v-head" role="row" aria-rowindex="1">${headDivs(cols, true)}</div><div class="v-outer" style="position: relative; height: ${(m.rows.length + 1) * H}px; overflow: auto; will-change: transform; direction: ltr;"><div class="v-inner" style="height: ${(m.rows.length + 1) * H}px; width: ${sumWidth(cols)}px;">${positioned(m, cols, order, true)}</div></div></div>`;
    return { html, css: V_CSS };
  },
};

export const layoutFrozen: Shape = {
  id: 'layout-frozen',
  source:
    'bvaughn/react-window src/createGridComponent.js (frozen column lists as separate scrollers, placed by top)',
  layoutOnly: true,
  render: (m, seed) => {
    const cols = pinned(m);
    const L = leftCols(cols);
    const Rr = [...centerCols(cols), ...rightCols(cols)];
    const h = m.rows.length * H;
    const half = (list: Column[], s: number) =>
      `<div class="v-half" style="flex: none; width: ${sumWidth(list)}px; overflow: hidden;"><div class="v-head">${headDivs(list, false)}</div><div style="position: relative; height: ${h}px; width: ${sumWidth(list)}px;">${positioned(m, list, recycled(m.rows, s), false)}</div></div>`;
    return {
      html: `<div class="v-grid v-frozen" style="display: flex; align-items: flex-start;">${half(L, seed)}${half(Rr, seed + 2)}</div>`,
      css: V_CSS,
    };
  },
};

export const GRID_SHAPES = [ariaGrid, muiDataGrid, virtualRecycled, layoutFrozen];
