import { esc } from '../format';
import type { Column, Shape, TableModel } from '../types';
import { centerCols, decorated, leftCols, pinned, rightCols, sumWidth } from './common';

// Alibaba Fusion Next Table with lock columns. Read: alibaba-fusion/next src/table/lock.jsx (the main table
// gets every column, lock-left + normal + lock-right; .next-table-lock-left/-right hold only the locked
// columns, each with its own header and body), src/table/base/row.jsx (tr.next-table-row role=row, no row
// key attribute), src/table/base/cell.jsx (td.next-table-cell role=gridcell > div.next-table-cell-wrapper with
// data-next-table-col / data-next-table-row: the only attribute joining a lock row to its main row).
// Element UI el-table with fixed columns. Read: ElemeFE/element packages/table/src/table-body.js (every body
// table, main and fixed, renders ALL columns; a cell outside the table's own part gets class is-hidden:
// isColumnHidden), packages/table/src/table-row.js, table.vue (el-table__header-wrapper / __body-wrapper /
// __fixed / __fixed-right / __fixed-right-patch, hidden-columns). Our own code.

const fcol = (cols: Column[]) =>
  `<colgroup>${cols.map((c) => `<col style="width: ${c.width}px;">`).join('')}</colgroup>`;

function fusionTable(m: TableModel, cols: Column[], part: 'header' | 'body', offset: number): string {
  if (part === 'header') {
    const ths = cols
      .map(
        (c, k) =>
          `<th rowspan="1" class="next-table-header-node${k === 0 ? ' first' : ''}" role="gridcell" style="text-align: ${c.align};"><div class="next-table-cell-wrapper" data-next-table-col="${offset + k}">${
            c.kind === 'select'
              ? '<label class="next-checkbox-wrapper"><input type="checkbox" class="next-checkbox-input"></label>'
              : `${esc(c.label)}${c.kind === 'num' ? '<a class="next-table-sort"><i class="next-icon next-icon-ascending next-xs"></i><i class="next-icon next-icon-descending next-xs"></i></a>' : ''}`
          }</div></th>`,
      )
      .join('');
    return `<table role="table">${fcol(cols)}<thead class="next-table-thead"><tr>${ths}</tr></thead></table>`;
  }
  const rows = m.rows
    .map(
      (r, i) =>
        `<tr class="next-table-row${i === 0 ? ' first' : ''}" role="row">${cols
          .map(
            (c, k) =>
              `<td class="next-table-cell${k === 0 ? ' first' : ''}" role="gridcell" style="text-align: ${c.align};"><div class="next-table-cell-wrapper" data-next-table-col="${offset + k}" data-next-table-row="${i}">${r.cells[m.columns.findIndex((x) => x.id === c.id)] ?? ''}</div></td>`,
          )
          .join('')}</tr>`,
    )
    .join('\n');
  return `<table role="table">${fcol(cols)}<tbody class="next-table-tbody">${rows}</tbody></table>`;
}

export const fusionLock: Shape = {
  id: 'fusion-lock',
  source: 'alibaba-fusion/next src/table/lock.jsx, src/table/base/row.jsx, src/table/base/cell.jsx',
  layoutOnly: false,
  render: (m) => {
    const cols = pinned(m);
    const left = leftCols(cols);
    const right = rightCols(cols);
    const all = [...left, ...centerCols(cols), ...right];
    const part = (cls: string, list: Column[], offset: number, style = '') =>
      `<div class="${cls}"${style}><div class="next-table-header"><div class="next-table-header-inner">${fusionTable(m, list, 'header', offset)}</div></div><div class="next-table-body">${fusionTable(m, list, 'body', offset)}</div></div>`;
    const main = `<div class="next-table-header"><div class="next-table-header-inner" style="overflow: unset;">${fusionTable(m, all, 'header', 0)}</div></div><div class="next-table-body" style="overflow-x: auto;">${fusionTable(m, all, 'body', 0)}</div>`;
    const html = `<div class="next-table next-table-medium next-table-lock" role="table"><div class="next-table-inner">${main}${left.length ? part('next-table-lock-left next-table-lock-left-shadow', left, 0, ` style="width: ${sumWidth(left)}px;"`) : ''}${right.length ? part('next-table-lock-right', right, all.length - right.length, ` style="width: ${sumWidth(right)}px;"`) : ''}</div></div>`;
    return {
      html,
      css: `.next-table { position: relative; font-size: 12px; } .next-table table { border-collapse: collapse; table-layout: fixed; }
.next-table-cell, .next-table-header-node { padding: 0; height: 52px; border-bottom: 1px solid #eee; background: #fff; box-sizing: border-box; }
.next-table-cell-wrapper { padding: 6px 8px; overflow: hidden; } .next-table-header-node { background: #f5f7fa; font-weight: 600; }
.next-table-lock-left { position: absolute; left: 0; top: 0; z-index: 1; } .next-table-lock-right { position: absolute; right: 0; top: 0; z-index: 1; }`,
    };
  },
};

function elTable(
  m: TableModel,
  cols: Column[],
  hidden: (c: Column) => boolean,
  part: 'header' | 'body' | 'footer',
) {
  const colgroup = `<colgroup>${cols.map((c, i) => `<col name="el-table_1_column_${i + 1}" width="${c.width}">`).join('')}</colgroup>`;
  const cls = (c: Column, i: number) =>
    `el-table_1_column_${i + 1} ${c.align === 'right' ? 'is-right ' : ''}${hidden(c) ? 'is-hidden ' : ''}el-table__cell`;
  if (part === 'header') {
    const ths = cols
      .map(
        (c, i) =>
          `<th colspan="1" rowspan="1" class="${cls(c, i)} is-leaf${c.kind === 'num' ? ' is-sortable' : ''}"><div class="cell">${
            c.kind === 'select'
              ? '<label class="el-checkbox"><span class="el-checkbox__input"><input type="checkbox" class="el-checkbox__original"></span></label>'
              : `${c.help ? decorated(c, false) : esc(c.label)}${c.kind === 'num' ? '<span class="caret-wrapper"><i class="sort-caret ascending"></i><i class="sort-caret descending"></i></span>' : ''}`
          }</div></th>`,
      )
      .join('');
    return `<table cellspacing="0" cellpadding="0" border="0" class="el-table__header" style="width: ${sumWidth(cols)}px;">${colgroup}<thead class="has-gutter"><tr>${ths}<th class="el-table__cell gutter" style="width: 0px; display: none;"></th></tr></thead></table>`;
  }
  if (part === 'footer') {
    return `<table cellspacing="0" cellpadding="0" border="0" class="el-table__footer" style="width: ${sumWidth(cols)}px;">${colgroup}<tbody class="has-gutter"><tr>${cols
      .map(
        (c, i) =>
          `<td colspan="1" rowspan="1" class="${cls(c, i)}"><div class="cell">${m.totals![m.columns.findIndex((x) => x.id === c.id)]}</div></td>`,
      )
      .join('')}</tr></tbody></table>`;
  }
  const rows = m.rows
    .map(
      (r, k) =>
        `<tr class="el-table__row${k % 2 ? ' el-table__row--striped' : ''}">${cols
          .map(
            (c, i) =>
              `<td rowspan="1" colspan="1" class="${cls(c, i)}"><div class="cell">${r.cells[m.columns.findIndex((x) => x.id === c.id)] ?? ''}</div></td>`,
          )
          .join('')}</tr>`,
    )
    .join('\n');
  return `<table cellspacing="0" cellpadding="0" border="0" class="el-table__body" style="width: ${sumWidth(cols)}px;">${colgroup}<tbody>${rows}</tbody></table>`;
}

export const elementFixed: Shape = {
  id: 'element-fixed',
  source: 'ElemeFE/element packages/table/src/table-body.js, table-row.js, table.vue',
  layoutOnly: false,
  render: (m) => {
    const cols = pinned(m);
    const all = [...leftCols(cols), ...centerCols(cols), ...rightCols(cols)];
    const inMain = (c: Column) => !!c.fixed;
    const inLeft = (c: Column) => c.fixed !== 'left';
    const inRight = (c: Column) => c.fixed !== 'right';
    const parts = (hidden: (c: Column) => boolean, fixed: boolean) => {
      const p = fixed ? 'el-table__fixed-' : 'el-table__';
      return `<div class="${p}header-wrapper">${elTable(m, all, hidden, 'header')}</div><div class="${p}body-wrapper"${fixed ? ' style="top: 49px;"' : ''}>${elTable(m, all, hidden, 'body')}</div>${
        m.totals ? `<div class="${p}footer-wrapper">${elTable(m, all, hidden, 'footer')}</div>` : ''
      }`;
    };
    const hiddenColumns = `<div class="hidden-columns">${all.map(() => '<div></div>').join('')}</div>`;
    const html = `<div class="el-table el-table--fit el-table--striped el-table--border el-table--scrollable-x el-table--enable-row-hover el-table--medium" style="width: 100%;">${hiddenColumns}${parts(inMain, false)}<div class="el-table__fixed" style="width: ${sumWidth(leftCols(cols))}px;">${parts(inLeft, true)}</div>${
      rightCols(cols).length
        ? `<div class="el-table__fixed-right" style="width: ${sumWidth(rightCols(cols))}px; right: 0px;">${parts(inRight, true)}</div><div class="el-table__fixed-right-patch" style="width: 0px; height: 48px;"></div>`
        : ''
    }<div class="el-table__column-resize-proxy" style="display: none;"></div></div>`;
    return {
      html,
      css: `.el-table { position: relative; overflow: hidden; font-size: 13px; } .el-table table { border-collapse: separate; table-layout: fixed; }
.el-table .el-table__cell { padding: 0; height: 49px; box-sizing: border-box; border-bottom: 1px solid #ebeef5; background: #fff; }
.el-table .cell { padding: 0 10px; line-height: 23px; overflow: hidden; } .el-table .hidden-columns { visibility: hidden; position: absolute; z-index: -1; }
.el-table th.is-hidden > *, .el-table td.is-hidden > * { visibility: hidden; } .el-table__body-wrapper { overflow-x: auto; }
.el-table__fixed, .el-table__fixed-right { position: absolute; top: 0; left: 0; overflow-x: hidden; overflow-y: hidden; background: #fff; }
.el-table__fixed-right { left: auto; right: 0; } .el-table__fixed-header-wrapper { position: absolute; left: 0; top: 0; z-index: 3; }
.el-table__fixed-body-wrapper { position: absolute; left: 0; top: 49px; overflow: hidden; z-index: 3; } .el-table__fixed-footer-wrapper { position: absolute; left: 0; bottom: 0; z-index: 3; }`,
    };
  },
};

export const FUSION_ELEMENT_SHAPES = [fusionLock, elementFixed];
