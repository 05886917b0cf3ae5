import type { ExtractContext, Extraction, Kind, Platform, SnapshotRecord } from '../../model';
import { foundValue } from '../context/finding';
import { textOf } from '../dom';
import type { FieldSpec } from '../read-rows';
import { dashedAttr, type RowDraft } from '../read-rows';
import { readTable } from '../reader';
import type { ColumnDictionary, Grid } from '../table';
import { notRecognised } from '../types';
import {
  aliPeriodFinding,
  captchaShown,
  MARKETPLACE,
  shownPeriod,
  signInShown,
  spinning,
  storeOf,
} from './page-state';

// What every Alibaba back-office adapter does before and after reading its table.

/** A captcha or login form instead of the page, as an extraction; undefined when the page is ours to read. */
export function blocked(id: string, doc: Document): Extraction | undefined {
  if (captchaShown(doc)) return notRecognised(id, 'captcha');
  if (signInShown(doc)) return notRecognised(id, 'sign-in');
  return undefined;
}

/** The table whose headers cover most of `required`, which must include every one of `must`. */
export function findTable<F extends string>(
  doc: Document,
  dict: ColumnDictionary<F>,
  required: readonly NoInfer<F>[],
  must: readonly NoInfer<F>[],
  min = 2,
) {
  const { found, seen } = readTable(doc, dict, required, min, must);
  return { found, seen };
}

export const seenOf = (grid: Grid) => [...new Set(grid.headers.filter((h) => h !== ''))];

/** No rows: a spinner anywhere wins over the empty placeholder it covers (fixtures/tmall/sycm-items/item-rank-loading). */
export const noRowsStatus = (doc: Document, placeholders: number) =>
  placeholders > 0 || spinning(doc) ? ('loading' as const) : ('empty' as const);

/** Platform and marketplace of a back-office page: what the page says, Tmall when it says nothing. */
export function storeMarket(doc: Document): { platform: Platform; marketplace: string } {
  const platform = storeOf(doc) ?? 'tmall';
  return { platform, marketplace: MARKETPLACE[platform] };
}

/** Fields expected on the page whose column is absent, then those whose cells did not read. */
export function missingFields<F extends string>(
  columns: Partial<Record<F, number>>,
  expected: readonly F[],
  unreadable: readonly F[],
): string[] {
  const absent = expected.filter((f) => columns[f] === undefined);
  return [...absent, ...unreadable.filter((f) => !absent.includes(f))];
}

/**
 * The fields whose absence is reported: the page's core fields, and every metric column the adapter reads,
 * so a metric column that was renamed or removed is named in `missing`, never silently dropped.
 */
export function withMetricFields<F extends string>(
  expected: readonly F[],
  fields: Record<F, FieldSpec>,
): F[] {
  const out = [...expected];
  for (const f of Object.keys(fields) as F[]) if (fields[f].metric && !out.includes(f)) out.push(f);
  return out;
}

const ITEM_ID = /^\d{5,20}$/;

/** An item id from a link to an item page (`item.htm?id=…`) or an `ID:…` line inside the element. */
export function itemIdIn(el: Element | undefined): string | undefined {
  if (!el) return undefined;
  for (const a of Array.from(el.querySelectorAll('a[href*="item.htm"]'))) {
    try {
      const id = new URL(a.getAttribute('href') ?? '', 'https://detail.tmall.com/').searchParams.get('id');
      if (id && ITEM_ID.test(id)) return id;
    } catch {}
  }
  const m = /(?:^|\s)(?:宝贝|商品)?ID\s*[:：]\s*(\d{5,20})/.exec(textOf(el));
  return m?.[1];
}

/** A query parameter of the first link in `el` carrying it (`campaignId=…`). */
export function linkParam(el: Element | undefined, name: string): string | undefined {
  for (const a of Array.from(el?.querySelectorAll(`a[href*="${name}="]`) ?? [])) {
    const m = new RegExp(`[?&]${name}=(\\d{1,20})(?:&|$)`).exec(a.getAttribute('href') ?? '');
    if (m) return m[1];
  }
  return undefined;
}

/** The text after a label such as `计划名称：`, from the first element that prints it. */
export function labelledText(doc: Document, label: RegExp): string | undefined {
  for (const el of Array.from(doc.querySelectorAll('a, span, div, li, em'))) {
    if (el.querySelector('a, span, div, li')) continue;
    const m = label.exec(textOf(el));
    if (m?.[1]) return m[1].trim();
  }
  return undefined;
}

/** The visible title of the first link inside `el`: its title attribute, else its text. */
export function linkTitle(el: Element | undefined): string | undefined {
  const a = Array.from(el?.querySelectorAll('a') ?? []).find((x) => textOf(x) || x.getAttribute('title'));
  return a?.getAttribute('title') || textOf(a) || undefined;
}

/** Recognised, but something the records need (a period, an id in the address) is not on the page. */
export const partialOf = (id: string, grid: Grid, missing: string[]): Extraction => ({
  adapter: id,
  status: 'partial',
  records: [],
  missing,
  seen: seenOf(grid),
});

/** The table is there without data rows: still loading, or empty. */
export const noRowsOf = (
  id: string,
  doc: Document,
  grid: Grid,
  placeholders: number,
  missing: string[],
): Extraction => ({
  adapter: id,
  status: noRowsStatus(doc, placeholders),
  records: [],
  missing,
  seen: seenOf(grid),
});

/** Who a row is about, and what the adapter reads beyond its metric columns. */
export interface AliIdentity {
  key: string;
  label?: string;
  attrs: SnapshotRecord['attrs'];
  /** Metrics read outside the field map (千牛's price range); the row's own metrics win. */
  metrics?: SnapshotRecord['metrics'];
}

/**
 * Records from read rows, the same way for every back-office adapter: the store's platform, yuan, the
 * page's period, each row's dashes as `attrs.dashed`. A row `identify` cannot name is left out and, when
 * `keyField` is given, that field is reported missing; `missing` is worked out after every row was seen.
 */
export function aliExtraction(a: {
  id: string;
  kind: Kind;
  doc: Document;
  ctx: ExtractContext;
  grid: Grid;
  rows: readonly RowDraft[];
  period?: SnapshotRecord['period'];
  identify: (row: RowDraft) => AliIdentity | undefined;
  missing: () => string[];
  keyField?: string;
}): Extraction {
  const { platform, marketplace } = storeMarket(a.doc);
  const records: SnapshotRecord[] = [];
  const anchored: Element[] = [];
  let unkeyed = false;
  for (const row of a.rows) {
    const who = a.identify(row);
    if (!who) {
      unkeyed = true;
      continue;
    }
    records.push({
      kind: a.kind,
      source: a.id,
      platform,
      marketplace,
      key: who.key,
      ...(who.label ? { label: who.label } : {}),
      currency: 'CNY',
      ...(a.period ? { period: a.period } : {}),
      capturedAt: a.ctx.capturedAt,
      url: a.ctx.url.href,
      metrics: { ...who.metrics, ...row.metrics },
      attrs: { ...who.attrs, ...dashedAttr(row) },
    });
    anchored.push(row.element);
  }
  const missing = a.missing();
  if (unkeyed && a.keyField && !missing.includes(a.keyField)) missing.push(a.keyField);
  return {
    adapter: a.id,
    status: 'ok',
    records,
    missing,
    seen: seenOf(a.grid),
    ...(a.grid.skipped ? { skippedRows: a.grid.skipped } : {}),
    anchors: { table: a.grid.root, rows: anchored },
  };
}

/**
 * The page's reporting period from every signal it gives (address, picker, printed range); where they
 * disagree, none (never a guess); where they say nothing, the adapter's own printed-range selectors.
 */
export function aliPeriod(
  doc: Document,
  ctx: ExtractContext,
  selectors: string,
  fromUrl?: [string | null, string | null],
): SnapshotRecord['period'] {
  const finding = aliPeriodFinding(doc, ctx.url, ctx.capturedAt);
  if (finding.status === 'conflict') return undefined;
  return foundValue(finding) ?? shownPeriod(doc, selectors, ctx.capturedAt, fromUrl) ?? ctx.answers?.period;
}
