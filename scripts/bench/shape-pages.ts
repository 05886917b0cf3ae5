// Large pages in some of the shape families of tests/shapes (the generator renders 5-8 rows a case): the
// generator's own business-report data, its rows repeated with new ASINs, rendered by its renderers in a
// whole page with an English, amazon.com context. Only for timing: the records are counted, not checked.
import { amazonContext } from '../../tests/shapes/contexts/amazon';
import { amazonData } from '../../tests/shapes/data/amazon';
import { SHAPES } from '../../tests/shapes/index';
import { pageHtml } from '../../tests/shapes/page';
import { rng, seedOf } from '../../tests/shapes/rng';
import type { Row } from '../../tests/shapes/types';

/** The families timed by default: a split header/body with frozen tables, pinned containers, layout only. */
export const BENCH_SHAPES = (process.env.BENCH_SHAPES ?? 'antd-split,ag-grid-pinned,layout-frozen')
  .split(',')
  .filter(Boolean);

export interface ShapePage {
  shape: string;
  adapter: string;
  url: string;
  html: string;
}

const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const newAsin = (asin: string, c: number) => {
  let s = '';
  for (let x = c, i = 0; i < 4; i++, x = Math.floor(x / 36)) s = ALNUM[x % 36]! + s;
  return `${asin.slice(0, 6)}${s}`;
};

/** Copy 0 of each row is the generator's own; copy c gets its own ASIN in every cell and attribute. */
function repeated(rows: Row[], n: number): Row[] {
  return Array.from({ length: n }, (_, i) => {
    const row = rows[i % rows.length]!;
    const c = Math.floor(i / rows.length);
    if (c === 0) return { ...row, rowId: String(i) };
    const key = newAsin(row.key, c);
    const swap = (s: string) => s.split(row.key).join(key);
    return {
      ...row,
      key,
      rowId: String(i),
      cells: row.cells.map(swap),
      ...(row.attrs
        ? { attrs: Object.fromEntries(Object.entries(row.attrs).map(([k, v]) => [k, swap(v)])) }
        : {}),
    };
  });
}

export function shapePage(shapeId: string, n: number): ShapePage {
  const shape = SHAPES.find((s) => s.id === shapeId);
  if (!shape) throw new Error(`no shape ${shapeId} in tests/shapes (${SHAPES.map((s) => s.id).join(', ')})`);
  const page = 'amazon.business-report';
  const seed = seedOf(`bench/${page}/${shapeId}`);
  const scope = { entityId: 'ENTITYBENCH0000', campaignId: '100000000000001', adGroupId: '200000000000002' };
  const data = amazonData(page, 'en', rng(seedOf(`${page}/en`)), scope);
  const big = { ...data, rows: repeated(data.rows, n) };
  const r = rng(seed);
  const ctx = amazonContext(page, 'en', 'switcher-text', 'url-fromDate', scope, r);
  const html = pageHtml(
    big,
    {
      platform: 'amazon',
      htmlLang: ctx.htmlLang,
      title: 'Detail Page Sales and Traffic By Child Item',
      nav: ctx.nav,
      scripts: ctx.scripts,
      date: ctx.date,
      table: shape.render(big, seed),
    },
    r,
  );
  return { shape: shapeId, adapter: page, url: ctx.url, html };
}
