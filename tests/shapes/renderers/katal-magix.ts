import { esc } from '../format';
import type { Column, Shape, TableModel } from '../types';
import { centerCols, decorated, leftCols, pinned, rightCols, rowAttrs, sumWidth } from './common';

// Amazon Katal tables: kat-table > kat-table-head / kat-table-body / kat-table-footer > kat-table-row >
// kat-table-cell custom elements (PAGE-FACTS.md: FBA inventory health renders `kat-table kat-table-row`;
// Katal's sources are not public). Custom elements keep their text in light DOM and render it through a
// <slot> of an open shadow root, written here as declarative shadow DOM. kat-shadow puts the whole table in
// the open shadow root of the app's host element, where document.querySelectorAll does not reach.
// 直通车 (Magix) tables: a frozen left table and a scrolling right table, each with separate label and body
// tables, joined by row index; the left body starts with a hidden empty header row (tr.hide-row).
// 万相台 Magix sticky table: [mx-stickytable-wrapper=head] and [mx-stickytable-wrapper=body] tables, metric
// labels followed by icon-font glyphs and a transparent tooltip (the _notes in tests/fixtures/tmall/
// subway-keywords/facts.json and wanxiangtai-plans/facts.json). Our own markup.

const SLOT = (display: string) =>
  `<template shadowrootmode="open"><style>:host { display: ${display}; }</style><slot></slot></template>`;

const KAT_CSS = `kat-table { display: table; border-collapse: collapse; font-size: 13px; } kat-table-head { display: table-header-group; font-weight: 700; background: #f3f3f3; }
kat-table-body { display: table-row-group; } kat-table-footer { display: table-footer-group; font-weight: 700; } kat-table-row { display: table-row; }
kat-table-cell { display: table-cell; padding: 6px 8px; border-bottom: 1px solid #ddd; }`;

function katTable(m: TableModel, slots: boolean): string {
  const s = (d: string) => (slots ? SLOT(d) : '');
  const cell = (c: Column, html: string) =>
    `<kat-table-cell${c.align === 'right' ? ' class="align-right" style="text-align: right;"' : ''}>${html}</kat-table-cell>`;
  const head = `<kat-table-head>${s('table-header-group')}<kat-table-row>${s('table-row')}${m.columns.map((c) => cell(c, decorated(c))).join('')}</kat-table-row></kat-table-head>`;
  const rows = m.rows
    .map(
      (r) =>
        `<kat-table-row data-row-id="${esc(r.rowId)}"${rowAttrs(r.attrs)}>${s('table-row')}${m.columns.map((c, i) => cell(c, r.cells[i] ?? '')).join('')}</kat-table-row>`,
    )
    .join('\n');
  const foot = m.totals
    ? `<kat-table-footer><kat-table-row>${m.columns.map((c, i) => cell(c, m.totals![i]!)).join('')}</kat-table-row></kat-table-footer>`
    : '';
  return `<kat-table class="report-grid">${s('table')}${head}<kat-table-body>${s('table-row-group')}${rows}</kat-table-body>${foot}</kat-table>`;
}

export const katTableShape: Shape = {
  id: 'kat-table',
  source: 'PAGE-FACTS.md (kat-table / kat-table-row on FBA inventory health); declarative shadow DOM slots',
  layoutOnly: false,
  render: (m) => ({ html: katTable(m, true), css: KAT_CSS }),
};

export const katShadow: Shape = {
  id: 'kat-shadow',
  source: 'PAGE-FACTS.md (Katal components); the report app mounted in an open shadow root',
  layoutOnly: false,
  render: (m) => ({
    html: `<div id="sc-report-app" class="report-app-host"><template shadowrootmode="open"><style>${KAT_CSS}</style><section class="report-app">${katTable(m, false)}</section></template></div>`,
    css: '',
  }),
};

const bp = (cols: Column[], m: TableModel, part: 'head' | 'body', hideRow = false) => {
  if (part === 'head')
    return `<table class="bp-table ${hideRow ? 'freeze-th' : 'scroll-th'}" style="width: ${sumWidth(cols)}px;"><thead><tr>${cols
      .map(
        (c) =>
          `<th style="width: ${c.width}px; text-align: ${c.align};">${c.kind === 'select' ? '<input type="checkbox">' : `<span class="th-text">${esc(c.label)}</span>${c.kind === 'num' ? '<i class="iconfont sort">&#xe6a3;</i>' : ''}`}</th>`,
      )
      .join('')}</tr></thead></table>`;
  const hidden = hideRow ? `<tr class="hide-row">${cols.map(() => '<th></th>').join('')}</tr>` : '';
  const rows = m.rows
    .map(
      (r) =>
        `<tr${rowAttrs(r.attrs)}>${cols.map((c) => `<td style="text-align: ${c.align};">${r.cells[m.columns.findIndex((x) => x.id === c.id)] ?? ''}</td>`).join('')}</tr>`,
    )
    .join('\n');
  const totals = m.totals
    ? `<tr class="total-row">${cols.map((c) => `<td>${m.totals![m.columns.findIndex((x) => x.id === c.id)]}</td>`).join('')}</tr>`
    : '';
  return `<table class="bp-table" style="width: ${sumWidth(cols)}px;"><tbody>${hidden}${rows}${totals}</tbody></table>`;
};

export const bpFreeze: Shape = {
  id: 'bp-freeze',
  source:
    'tests/fixtures/tmall/subway-keywords/facts.json _notes (freeze-td / table-td bp-table, tr.hide-row)',
  layoutOnly: false,
  render: (m) => {
    const cols = pinned(m);
    const L = leftCols(cols);
    const R = [...centerCols(cols), ...rightCols(cols)];
    return {
      html: `<div class="bp-table-wrap"><table class="layout-table" cellspacing="0" cellpadding="0"><tbody><tr><td class="freeze-td" style="vertical-align: top;">${bp(L, m, 'head', true)}${bp(L, m, 'body', true)}</td><td class="table-td" style="vertical-align: top;"><div class="scroll-wrap" style="overflow-x: auto; max-width: 900px;">${bp(R, m, 'head')}${bp(R, m, 'body').replace('<tbody>', `<tbody><tr class="hide-row">${R.map(() => '<th></th>').join('')}</tr>`)}</div></td></tr></tbody></table></div>`,
      css: `.bp-table { border-collapse: collapse; table-layout: fixed; font-size: 12px; } .bp-table th, .bp-table td { height: 44px; padding: 0 8px; border-bottom: 1px solid #eee; box-sizing: border-box; overflow: hidden; white-space: nowrap; }
.bp-table thead th { background: #f7f8fa; } .bp-table tr.hide-row th { height: 0; padding: 0; border: 0; } .layout-table { border-collapse: collapse; }`,
    };
  },
};

export const mxSticky: Shape = {
  id: 'mx-sticky',
  source:
    'tests/fixtures/tmall/wanxiangtai-plans/facts.json _notes (mx-stickytable-wrapper head/body, opacity:0 tooltips)',
  layoutOnly: false,
  render: (m) => {
    const cols = pinned(m);
    const all = [...leftCols(cols), ...centerCols(cols), ...rightCols(cols)];
    let left = 0;
    const sticky = all.map((c) => {
      if (c.fixed !== 'left') return '';
      const s = ` mx-stickytable-sticky="left" style="position: sticky; left: ${left}px; background: #fff; z-index: 1;"`;
      left += c.width;
      return s;
    });
    const colgroup = `<colgroup>${all.map((c) => `<col style="width: ${c.width}px;">`).join('')}</colgroup>`;
    const th = all
      .map(
        (c, k) =>
          `<th${sticky[k]}><div class="th-wrap"><span>${esc(c.label)}</span>${
            c.kind === 'num'
              ? `<i class="mx-iconfont">&#xe6a4;</i><span class="mx-tip" style="opacity: 0; position: absolute;">点击降序</span>`
              : ''
          }</div></th>`,
      )
      .join('');
    const rows = m.rows
      .map(
        (r) =>
          `<tr data-id="${esc(r.rowId)}">${all.map((c, k) => `<td${sticky[k]}${c.align === 'right' ? ' align="right"' : ''}>${r.cells[m.columns.findIndex((x) => x.id === c.id)] ?? ''}</td>`).join('')}</tr>`,
      )
      .join('\n');
    const totals = m.totals
      ? `<tr class="mx-total">${all.map((c) => `<td>${m.totals![m.columns.findIndex((x) => x.id === c.id)]}</td>`).join('')}</tr>`
      : '';
    return {
      html: `<div class="mx-stickytable"><div mx-stickytable-wrapper="head" style="overflow: hidden;"><table style="table-layout: fixed; width: ${sumWidth(all)}px;">${colgroup}<thead><tr>${th}</tr></thead></table></div><div mx-stickytable-wrapper="body" style="overflow-x: auto;"><table style="table-layout: fixed; width: ${sumWidth(all)}px;">${colgroup}<tbody>${rows}${totals}</tbody></table></div></div>`,
      css: `.mx-stickytable table { border-collapse: collapse; font-size: 12px; } .mx-stickytable th, .mx-stickytable td { padding: 8px; border-bottom: 1px solid #eee; } .mx-stickytable th { background: #f7f8fa; position: relative; }`,
    };
  },
};

export const KATAL_MAGIX_SHAPES = [katTableShape, katShadow, bpFreeze, mxSticky];
