import type { ColumnDictionary } from '../table';

// Manage All Inventory: the legacy `mt-table` (one column per fact) and the current grid, whose
// "Product details" cell stacks title, `ASIN:`, `SKU:` and `Condition:` (tests/fixtures/amazon/inventory).
export const INVENTORY_COLUMNS = {
  details: ['Product details', 'Produktdetails', '商品詳細', '商品详情'],
  title: ['Product Name', 'Produktname', '商品名', '商品名称'],
  sku: ['SKU'],
  asin: ['ASIN'],
  status: ['Status', 'ステータス', '状态'],
  available: ['Available', 'Verfügbar', '在庫あり', '出品可能', '可售'],
  inbound: ['Inbound', 'Eingehend', '入荷予定', '入库'],
  price: [
    'Price + shipping',
    'Price',
    'Preis + Versand',
    'Preis',
    '価格 + 配送料',
    '価格',
    '价格 + 配送费',
    '价格',
  ],
  fulfilledBy: ['Fulfilled by', 'Fulfilled By', 'Versand durch', 'フルフィルメント', '配送方'],
} as const satisfies ColumnDictionary<string>;
