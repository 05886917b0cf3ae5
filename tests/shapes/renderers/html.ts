import { esc } from '../format';
import type { Column, Shape, TableModel } from '../types';
import { alignStyle, decorated, rowAttrs, skeletonCells } from './common';

// Plain HTML tables as server-rendered consoles write them: Seller Central's legacy Business Reports and
// Manage Inventory (`table.a-bordered.mt-table`, header row of <th> or of <td class="header">, rows
// `tr.mt-row`; tests/fixtures/amazon/README.md and PAGE-FACTS.md), 直通车's report table with its 合计 <tfoot>
// (PAGE-FACTS.md), and the two-row grouped headers of data consoles (colspan group over rowspan labels, the way
// rc-table and el-table render column groups; written from knowledge, no file read). Our own markup.

const th = (c: Column, inner = esc(c.label), extra = '') =>
  `<th scope="col" data-column="${c.id}"${alignStyle(c)}${extra}>${inner}</th>`;
const td = (c: Column, html: string) => `<td data-column="${c.id}"${alignStyle(c)}>${html}</td>`;

function body(m: TableModel, cls = 'mt-row') {
  return m.rows
    .map(
      (r) =>
        `<tr class="${cls}"${rowAttrs(r.attrs)}>${m.columns.map((c, i) => td(c, r.cells[i] ?? '')).join('')}</tr>`,
    )
    .join('\n');
}

const totalsRow = (m: TableModel, tag = 'td') =>
  m.totals
    ? `<tr class="totals-row">${m.columns.map((c, i) => `<${tag}${alignStyle(c)}>${m.totals![i]}</${tag}>`).join('')}</tr>`
    : '';

const TABLE_CSS = `
.mt-table { border-collapse: collapse; width: max-content; font-size: 13px; }
.mt-table th, .mt-table td { border: 1px solid #ddd; padding: 6px 8px; vertical-align: top; }
.mt-table th { background: #f3f3f3; font-weight: 600; }
.totals-row td { font-weight: 700; background: #fafafa; }
.sort-carets { margin-left: 4px; font-size: 8px; color: #999; }
.help-icon { display: inline-block; margin-left: 4px; width: 14px; height: 14px; border-radius: 50%; background: #ccc; color: #fff; font-size: 10px; text-align: center; }`;

export const plainTable: Shape = {
  id: 'plain-table',
  source: 'PAGE-FACTS.md (Seller Central legacy mt-table)',
  layoutOnly: false,
  render: (m) => ({
    html: `<table class="a-bordered a-horizontal-stripes mt-table"><thead><tr>${m.columns.map((c) => th(c)).join('')}</tr></thead><tbody>\n${body(m)}\n</tbody></table>`,
    css: TABLE_CSS,
  }),
};

export const noTheadTh: Shape = {
  id: 'no-thead',
  source: 'PAGE-FACTS.md (legacy report tables: header row of <th> inside <tbody>)',
  layoutOnly: false,
  render: (m) => ({
    html: `<table class="a-bordered mt-table" id="dataTable"><tbody><tr class="mt-head">${m.columns.map((c) => th(c)).join('')}</tr>\n${body(m)}\n</tbody></table>`,
    css: TABLE_CSS,
  }),
};

export const noTheadTd: Shape = {
  id: 'no-thead-td',
  source: 'PAGE-FACTS.md (legacy site-metrics report: header cells are <td class="header"> with bold text)',
  layoutOnly: false,
  render: (m) => ({
    html: `<table class="mt-table report-table" cellspacing="0"><tr class="header-row">${m.columns
      .map((c) => `<td class="header"${alignStyle(c)}><b>${esc(c.label)}</b></td>`)
      .join('')}</tr>\n${body(m, 'data-row')}\n${totalsRow(m)}</table>`,
    css: `${TABLE_CSS}\n.report-table td.header { background: #e7e7e7; }`,
  }),
};

function groupedHead(m: TableModel, label: (c: Column) => string): string {
  const top: string[] = [];
  const bottom: string[] = [];
  for (let i = 0; i < m.columns.length; i++) {
    const c = m.columns[i]!;
    if (!c.group) {
      top.push(th(c, label(c), ' rowspan="2"'));
      continue;
    }
    let n = 1;
    while (m.columns[i + n]?.group === c.group) n++;
    top.push(`<th scope="colgroup" colspan="${n}" class="group-head">${esc(c.group)}</th>`);
    for (let k = 0; k < n; k++) bottom.push(th(m.columns[i + k]!, label(m.columns[i + k]!)));
    i += n - 1;
  }
  return `<thead><tr>${top.join('')}</tr><tr>${bottom.join('')}</tr></thead>`;
}

export const groupedHeader: Shape = {
  id: 'grouped-header',
  source:
    'two-row grouped thead (colspan group over rowspan labels), as rc-table / el-table render column groups',
  layoutOnly: false,
  render: (m) => ({
    html: `<table class="mt-table grouped">${groupedHead(m, (c) => esc(c.label))}<tbody>\n${body(m)}\n</tbody><tfoot>${totalsRow(m)}</tfoot></table>`,
    css: `${TABLE_CSS}\n.group-head { text-align: center; background: #e8eef7; }`,
  }),
};

export const decoratedHeader: Shape = {
  id: 'decorated-header',
  source: 'PAGE-FACTS.md (ads grid headers with sort carets and help tooltips); antd column title + tooltip',
  layoutOnly: false,
  render: (m) => ({
    html: `<table class="mt-table decorated"><thead><tr>${m.columns
      .map((c) =>
        th(c, `<div class="th-inner">${decorated(c)}</div>`, c.kind === 'num' ? ' aria-sort="none"' : ''),
      )
      .join('')}</tr></thead><tbody>\n${body(m)}\n</tbody></table>`,
    css: TABLE_CSS,
  }),
};

export const totalsSkeleton: Shape = {
  id: 'totals-skeleton',
  source:
    'tests/fixtures/amazon/README.md (ads totals row) and PAGE-FACTS.md (直通车 合计 row); skeleton rows of lazy grids',
  layoutOnly: false,
  render: (m) => {
    const totals = m.totals ? totalsRow(m) : '';
    const skeleton = `<tr class="skeleton-row" aria-busy="true">${skeletonCells(m.columns.length, 'td')}</tr>`;
    const empty = `<tr class="message-row"><td colspan="${m.columns.length}">${esc(m.emptyText)}</td></tr>`;
    return {
      html: `<table class="mt-table"><thead><tr>${m.columns.map((c) => th(c)).join('')}</tr></thead><tbody>${totals}\n${body(m)}\n${skeleton}${skeleton}${empty}</tbody></table>`,
      css: TABLE_CSS,
    };
  },
};

export const HTML_SHAPES = [plainTable, noTheadTh, noTheadTd, groupedHeader, decoratedHeader, totalsSkeleton];
