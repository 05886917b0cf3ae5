import { esc } from './format';
import type { Rng } from './rng';
import type { PageData } from './types';

// A whole console page around the table: doctype, head, nav bar, toolbar, date control, KPI cards, the table,
// pagination, footer. The toolbar carries the usual hidden duplicates of the header labels: a column picker
// listing every label, an i18n JSON blob, and (sometimes) KPI cards whose totals sit next to metric labels.

export interface PageParts {
  platform: 'amazon' | 'alibaba';
  htmlLang: string;
  title: string;
  nav: string;
  scripts: string;
  date: string;
  breadcrumb?: string;
  table: { html: string; css: string };
}

const TEXT: Record<string, Record<string, string>> = {
  columns: { en: 'Columns', de: 'Spalten', ja: '列', zh: '自定义列' },
  search: { en: 'Search', de: 'Suchen', ja: '検索', zh: '搜索' },
  export: { en: 'Download', de: 'Herunterladen', ja: 'ダウンロード', zh: '下载' },
  help: { en: 'Help', de: 'Hilfe', ja: 'ヘルプ', zh: '帮助' },
};
const tx = (k: string, lang: string) => TEXT[k]![lang] ?? TEXT[k]!.en!;

function pagination(lang: string, n: number): string {
  const text =
    lang === 'de'
      ? `1–${n} von ${n}`
      : lang === 'ja'
        ? `${n}件中 1-${n}件`
        : lang === 'zh'
          ? `共 ${n} 条`
          : `1-${n} of ${n}`;
  return `<nav class="pagination" aria-label="pagination"><span class="page-info">${esc(text)}</span><button type="button" disabled>‹</button><span class="page-current">1</span><button type="button" disabled>›</button><select class="page-size"><option>25</option><option>50</option><option>100</option></select></nav>`;
}

export function pageHtml(d: PageData, parts: PageParts, r: Rng): string {
  const lang = d.lang;
  const picker = r.chance(0.7)
    ? `<div class="column-picker"><button type="button" aria-expanded="false">${esc(tx('columns', lang))}</button><div class="column-picker-menu" role="menu" style="display: none;">${d.labels
        .map(
          (l) =>
            `<label class="column-option" role="menuitemcheckbox" aria-checked="true"><input type="checkbox" checked> ${esc(l)}</label>`,
        )
        .join('')}</div></div>`
    : '';
  const i18n = r.chance(0.5)
    ? `<script type="application/json" id="i18n-strings">${JSON.stringify(Object.fromEntries(d.labels.map((l, i) => [`column.${i}.label`, l]))).replace(/</g, '\\u003c')}</script>`
    : '';
  const kpis =
    d.kpis.length && r.chance(0.5)
      ? `<section class="kpi-cards">${d.kpis
          .map(
            ([l, v]) =>
              `<div class="kpi-card"><div class="kpi-label">${esc(l)}</div><div class="kpi-value">${esc(v)}</div></div>`,
          )
          .join('')}</section>`
      : '';
  const amazon = parts.platform === 'amazon';
  const logo = amazon
    ? '<a class="nav-logo" href="/home"><img src="https://m.media-amazon.com/images/G/01/sc/logo.png" alt="Amazon" width="100" height="24"></a>'
    : '<a class="nav-logo" href="/"><img src="https://img.alicdn.com/logo.png" alt="" width="100" height="24"></a>';
  return `<!DOCTYPE html>
<html lang="${parts.htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(parts.title)}</title>
${parts.scripts}
${i18n}
<style>
body { margin: 0; font-family: Arial, "PingFang SC", "Hiragino Sans", sans-serif; color: #111; }
.top-nav { display: flex; align-items: center; gap: 16px; padding: 8px 16px; background: #232f3e; color: #fff; }
.top-nav a, .top-nav button, .top-nav select { color: inherit; background: transparent; border: 0; }
.top-nav select option { color: #111; } .mkt-list { display: flex; gap: 8px; list-style: none; margin: 0; padding: 0; } .mkt-item.selected { font-weight: 700; text-decoration: underline; }
.toolbar { display: flex; align-items: center; gap: 12px; padding: 12px 16px; } .kpi-cards { display: flex; gap: 12px; padding: 0 16px 12px; }
.kpi-card { border: 1px solid #ddd; padding: 8px 12px; } .kpi-label { font-size: 12px; color: #555; } .kpi-value { font-size: 18px; font-weight: 700; }
.table-area { padding: 0 16px; overflow-x: auto; } .pagination { display: flex; gap: 8px; align-items: center; padding: 12px 16px; } footer { padding: 16px; font-size: 12px; color: #666; }
${parts.table.css}
</style>
</head>
<body>
<header class="top-nav" role="banner">${logo}<nav class="main-menu" aria-label="main"><a href="#">${amazon ? 'Catalog' : '首页'}</a> <a href="#">${amazon ? 'Inventory' : '商品'}</a> <a href="#">${amazon ? 'Reports' : '数据'}</a></nav>${parts.nav}<a class="help-link" href="#">${esc(tx('help', lang))}</a></header>
<main id="main" role="main">
${parts.breadcrumb ?? ''}
<h1 class="page-title">${esc(parts.title)}</h1>
<div class="toolbar"><input type="search" placeholder="${esc(tx('search', lang))}" aria-label="${esc(tx('search', lang))}">${parts.date}${picker}<button type="button" class="export-button">${esc(tx('export', lang))}</button></div>
${kpis}
<div class="table-area">
${parts.table.html}
</div>
${pagination(lang, d.rows.length)}
</main>
<footer role="contentinfo">${amazon ? '© 1999-2026, Amazon.com, Inc. or its affiliates' : '© 2026 Alibaba Group'}</footer>
</body>
</html>
`;
}
