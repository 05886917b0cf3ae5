import { esc } from '../format';
import type { Column, Row, Shape, TableModel } from '../types';
import { antdCarets, centerCols, leftCols, pinned, rightCols, rowAttrs, sumWidth } from './common';

// antd Table as rc-table renders it. Read: react-component/table tests/__snapshots__/FixedColumn.spec.tsx.snap
// (sticky ...-cell-fix-left/-right cells with inline `position: sticky; left|right: Npx`, fix-left-first /
// fix-right-last markers, the aria-hidden measure row as the first body row, data-row-key, colgroup). Not read,
// written from knowledge of antd 4/5 and rc-table 6 output: the .ant-table-header / .ant-table-body split with
// ant-table-cell-scrollbar when scroll.y is set (Table.spec.jsx.snap located, not opened), tfoot.ant-table-summary,
// the sorter markup, and antd v3's .ant-table-fixed-left/-right overlay tables (own thead, explicit row heights;
// the main table still holds every column; Table.fixedColumns.spec.js.snap located, not opened). Our own code.

const colgroup = (cols: Column[], scrollbar = false) =>
  `<colgroup>${cols.map((c) => `<col style="width: ${c.width}px;">`).join('')}${scrollbar ? '<col style="width: 15px;">' : ''}</colgroup>`;

const selection = (tag: 'th' | 'td') =>
  `<${tag} class="ant-table-cell ant-table-selection-column"><label class="ant-checkbox-wrapper"><span class="ant-checkbox"><input type="checkbox" class="ant-checkbox-input"><span class="ant-checkbox-inner"></span></span></label></${tag}>`;

function title(c: Column): string {
  const help = c.help
    ? ` <span role="img" aria-label="question-circle" class="anticon anticon-question-circle" title="${esc(c.help)}"><svg viewBox="64 64 896 896" width="1em" height="1em" fill="currentColor"><path d="M512 64C264.6 64 64 264.6 64 512s200.6 448 448 448 448-200.6 448-448S759.4 64 512 64z"></path></svg></span>`
    : '';
  return `<span class="ant-table-column-title">${esc(c.label)}${help}</span>`;
}

function headCell(c: Column, sticky: string): string {
  if (c.kind === 'select') return selection('th').replace('ant-table-cell ', `ant-table-cell ${sticky}`);
  const align = c.align === 'right' ? ' style="text-align: right;"' : '';
  if (c.kind !== 'num') return `<th class="ant-table-cell ${sticky}" scope="col"${align}>${title(c)}</th>`;
  return `<th class="ant-table-cell ant-table-column-has-sorters ${sticky}" tabindex="0" scope="col"${align}><div class="ant-table-column-sorters">${title(c)}${antdCarets}</div></th>`;
}

/** Sticky classes and offsets for fixed columns (v4/v5). */
function stickies(cols: Column[]) {
  const out: { cls: string; style: string }[] = [];
  let left = 0;
  const lastLeft = cols.map((c) => c.fixed === 'left').lastIndexOf(true);
  const firstRight = cols.findIndex((c) => c.fixed === 'right');
  let right = sumWidth(cols.filter((c) => c.fixed === 'right'));
  cols.forEach((c, i) => {
    if (c.fixed === 'left') {
      out.push({
        cls: `ant-table-cell-fix-left${i === lastLeft ? ' ant-table-cell-fix-left-last' : ''}`,
        style: `position: sticky; left: ${left}px;`,
      });
      left += c.width;
    } else if (c.fixed === 'right') {
      right -= c.width;
      out.push({
        cls: `ant-table-cell-fix-right${i === firstRight ? ' ant-table-cell-fix-right-first' : ''}`,
        style: `position: sticky; right: ${right}px;`,
      });
    } else out.push({ cls: '', style: '' });
  });
  return out;
}

function bodyRows(m: TableModel, cols: Column[], sticky = false, height = '') {
  const st = sticky ? stickies(cols) : cols.map(() => ({ cls: '', style: '' }));
  return m.rows
    .map((r: Row) => {
      const cells = cols.map((c, k) => {
        const s = st[k]!;
        const style = [s.style, c.align === 'right' ? 'text-align: right;' : ''].filter(Boolean).join(' ');
        const html = r.cells[m.columns.findIndex((x) => x.id === c.id)] ?? '';
        if (c.kind === 'select')
          return selection('td').replace('ant-table-cell ', `ant-table-cell ${s.cls} `);
        return `<td class="ant-table-cell ${s.cls}"${style ? ` style="${style}"` : ''}>${html}</td>`;
      });
      return `<tr data-row-key="${esc(r.rowId)}" class="ant-table-row ant-table-row-level-0"${height}${rowAttrs(r.attrs)}>${cells.join('')}</tr>`;
    })
    .join('\n');
}

const summary = (m: TableModel, cols: Column[]) =>
  m.totals
    ? `<tfoot class="ant-table-summary"><tr class="ant-table-summary-row">${cols
        .map((c) => `<td class="ant-table-cell">${m.totals![m.columns.findIndex((x) => x.id === c.id)]}</td>`)
        .join('')}</tr></tfoot>`
    : '';

const wrap = (inner: string, cls: string) =>
  `<div class="ant-table-wrapper"><div class="ant-spin-nested-loading"><div class="ant-spin-container"><div class="ant-table ${cls}"><div class="ant-table-container">${inner}</div></div></div></div></div>`;

const measure = (cols: Column[]) =>
  `<tr aria-hidden="true" class="ant-table-measure-row" style="height: 0px; font-size: 0px;">${cols
    .map(
      () =>
        '<td style="padding: 0px; border: 0px; height: 0px;"><div style="height: 0px; overflow: hidden;">&nbsp;</div></td>',
    )
    .join('')}</tr>`;

const CSS = `.ant-table { font-size: 13px; } .ant-table table { border-collapse: separate; border-spacing: 0; }
.ant-table-cell { padding: 8px; border-bottom: 1px solid #f0f0f0; background: #fff; }
.ant-table-thead .ant-table-cell { background: #fafafa; font-weight: 600; }
.ant-table-column-sorters { display: flex; align-items: center; justify-content: space-between; }
.ant-table-column-sorter { color: #bfbfbf; font-size: 10px; margin-left: 4px; }
.ant-table-column-sorter-inner { display: inline-flex; flex-direction: column; }
.ant-table-cell-fix-left, .ant-table-cell-fix-right { z-index: 2; }`;

export const antdSplit: Shape = {
  id: 'antd-split',
  source:
    'react-component/table tests/__snapshots__/Table.spec.jsx.snap (scroll.y: header/body tables, measure row)',
  layoutOnly: false,
  render: (m) => {
    const cols = m.columns;
    const head = `<div class="ant-table-header" style="overflow: hidden;"><table style="table-layout: fixed;">${colgroup(cols, true)}<thead class="ant-table-thead"><tr>${cols
      .map((c) => headCell(c, ''))
      .join('')}<th class="ant-table-cell ant-table-cell-scrollbar"></th></tr></thead></table></div>`;
    const body = `<div class="ant-table-body" style="overflow-y: scroll; max-height: 520px;"><table style="table-layout: fixed;">${colgroup(cols)}<tbody class="ant-table-tbody">${measure(cols)}\n${bodyRows(m, cols)}\n</tbody></table></div>`;
    const sum = m.totals
      ? `<div class="ant-table-summary"><table style="table-layout: fixed;">${colgroup(cols)}${summary(m, cols)}</table></div>`
      : '';
    return { html: wrap(head + body + sum, 'ant-table-fixed-header ant-table-scroll-horizontal'), css: CSS };
  },
};

export const antdFixedSticky: Shape = {
  id: 'antd-fixed-sticky',
  source: 'react-component/table tests/__snapshots__/FixedColumn.spec.tsx.snap (sticky fix-left/right cells)',
  layoutOnly: false,
  render: (m) => {
    const cols = pinned(m);
    const st = stickies(cols);
    const head = `<thead class="ant-table-thead"><tr>${cols
      .map((c, k) =>
        headCell(c, st[k]!.cls).replace(/<th /, st[k]!.style ? `<th style="${st[k]!.style}" ` : '<th '),
      )
      .join('')}</tr></thead>`;
    const table = `<div class="ant-table-content" style="overflow: auto hidden;"><table style="width: ${sumWidth(cols)}px; min-width: 100%; table-layout: fixed;">${colgroup(cols)}${head}<tbody class="ant-table-tbody">${measure(cols)}\n${bodyRows(m, cols, true)}\n</tbody>${summary(m, cols)}</table></div>`;
    return {
      html: wrap(
        table,
        'ant-table-ping-right ant-table-fixed-column ant-table-scroll-horizontal ant-table-has-fix-left ant-table-has-fix-right',
      ),
      css: CSS,
    };
  },
};

function v3Table(m: TableModel, cols: Column[], heights: boolean): string {
  const head = `<thead class="ant-table-thead"><tr>${cols
    .map((c) =>
      c.kind === 'select'
        ? '<th class="ant-table-selection-column"><span class="ant-table-header-column"><div><span class="ant-table-column-title"><div class="ant-table-selection"><label class="ant-checkbox-wrapper"><span class="ant-checkbox"><input type="checkbox" class="ant-checkbox-input"></span></label></div></span></div></span></th>'
        : `<th class="${c.kind === 'num' ? 'ant-table-column-has-actions ant-table-column-has-sorters ant-table-align-right' : ''}" style="text-align: ${c.align};"><span class="ant-table-header-column"><div class="ant-table-column-sorters">${title(c)}${c.kind === 'num' ? antdCarets : ''}</div></span></th>`,
    )
    .join('')}</tr></thead>`;
  const rows = m.rows
    .map(
      (r) =>
        `<tr class="ant-table-row ant-table-row-level-0" data-row-key="${esc(r.rowId)}"${heights ? ' style="height: 65px;"' : ''}>${cols
          .map(
            (c) =>
              `<td class="${c.kind === 'num' ? 'ant-table-align-right' : ''}" style="text-align: ${c.align};">${r.cells[m.columns.findIndex((x) => x.id === c.id)] ?? ''}</td>`,
          )
          .join('')}</tr>`,
    )
    .join('\n');
  return `<table class="ant-table-fixed" style="width: ${sumWidth(cols)}px;">${colgroup(cols)}${head}<tbody class="ant-table-tbody">${rows}</tbody></table>`;
}

export const antd3FixedTables: Shape = {
  id: 'antd3-fixed-tables',
  source:
    'react-component/table tests/__snapshots__/Table.fixedColumns.spec.js.snap (antd 3: .ant-table-fixed-left/-right)',
  layoutOnly: false,
  render: (m) => {
    const cols = pinned(m);
    const order = [...leftCols(cols), ...centerCols(cols), ...rightCols(cols)];
    const main = `<div class="ant-table-scroll"><div class="ant-table-body" style="overflow-x: scroll;">${v3Table(m, order, true)}</div></div>`;
    const side = (which: 'left' | 'right', list: Column[]) =>
      list.length
        ? `<div class="ant-table-fixed-${which}"><div class="ant-table-body-outer"><div class="ant-table-body-inner">${v3Table(m, list, true)}</div></div></div>`
        : '';
    const html = `<div class="ant-table-wrapper"><div class="ant-spin-nested-loading"><div class="ant-spin-container"><div class="ant-table ant-table-default ant-table-scroll-position-left"><div class="ant-table-content">${main}${side('left', leftCols(cols))}${side('right', rightCols(cols))}</div></div></div></div></div>`;
    return {
      html,
      css: `${CSS}\n.ant-table-content { position: relative; } .ant-table-fixed-left { position: absolute; top: 0; left: 0; background: #fff; } .ant-table-fixed-right { position: absolute; top: 0; right: 0; background: #fff; } .ant-table-fixed td, .ant-table-fixed th { padding: 8px; height: 49px; box-sizing: border-box; }`,
    };
  },
};

export const ANTD_SHAPES = [antdSplit, antdFixedSticky, antd3FixedTables];
