import { type ConsoleTableSpec, consoleTableSteps, extractConsoleTable } from '../console-table';
import { collapseSpace } from '../dom';
import type { FieldSpec } from '../read-rows';
import type { PageAdapter } from '../types';
import { amazonMarketOrAsk } from './console-context';
import { INVENTORY_COLUMNS as COLUMNS } from './inventory-labels';
import { isSellerCentralHost, sellerCentralSignedOut } from './seller-central';

type Field = keyof typeof COLUMNS;

const FIELDS: Record<Field, FieldSpec> = {
  details: {},
  title: {},
  sku: {},
  asin: {},
  status: {},
  available: { metric: 'available', unit: 'count' },
  inbound: { metric: 'inbound', unit: 'count' },
  // "Price + shipping" prints both amounts: `$11.99 + $4.99`. The price is the first.
  price: { metric: 'price', unit: 'money', pre: (t) => t.split(/\s\+\s/)[0] ?? t },
  fulfilledBy: {},
};

const ASIN = /\b(B0[A-Z0-9]{8}|\d{9}[\dX])\b/;

export const INVENTORY: ConsoleTableSpec<Field> = {
  id: 'amazon.inventory',
  kind: 'listing',
  columns: COLUMNS,
  fields: FIELDS,
  signature: ['details', 'title', 'sku', 'available', 'inbound', 'price'],
  minMatch: 3,
  keyFields: ['details', 'title', 'sku'],
  quiet: ['details', 'title', 'sku', 'asin', 'status', 'fulfilledBy'],
  needsPeriod: false,
  market: amazonMarketOrAsk,
  signedOut: sellerCentralSignedOut,
  identify(row) {
    const c = row.cells;
    let title = c.title;
    let asin = c.asin && ASIN.test(c.asin) ? c.asin : undefined;
    let sku = c.sku;
    if (c.details) {
      const d = c.details;
      asin ??= /ASIN\s*[:：]\s*([A-Z0-9]{10})/.exec(d)?.[1];
      sku ??= /SKU\s*[:：]\s*(\S+)/.exec(d)?.[1];
      title ??= collapseSpace(d.split(/\bASIN\s*[:：]/)[0] ?? '');
    }
    if (title && !asin) {
      // Legacy rows print the ASIN under the title, in the same cell.
      const tail = ASIN.exec(title.slice(-12));
      if (tail) {
        asin = tail[1];
        title = collapseSpace(title.slice(0, title.lastIndexOf(asin!)));
      }
    }
    const key = asin ?? sku;
    if (!key) return undefined;
    const attrs: Record<string, string> = {};
    if (asin) attrs.asin = asin;
    if (sku) attrs.sku = sku;
    if (c.status) attrs.status = c.status;
    if (c.fulfilledBy) attrs.fulfilledBy = c.fulfilledBy;
    return { key, ...(title ? { label: title } : {}), attrs };
  },
};

export const amazonInventory: PageAdapter = {
  id: INVENTORY.id,
  columns: INVENTORY.columns,
  fields: INVENTORY.fields,
  match: (url) =>
    isSellerCentralHost(url.hostname) &&
    (url.pathname.startsWith('/myinventory/inventory') || url.pathname.startsWith('/inventory')),
  extract: (doc, ctx) => extractConsoleTable(INVENTORY, doc, ctx),
  steps: (doc, ctx) => consoleTableSteps(INVENTORY, doc, ctx),
};
