import { extractItem, itemPage } from '../tmall/item';
import type { PageAdapter } from '../types';

// Taobao item pages (item.taobao.com) -> one `competitor` record, read as Tmall's (the same app and markup).

export const taobaoItem: PageAdapter = {
  id: 'taobao.item',
  match: (url) => itemPage(url, 'item.taobao.com'),
  extract: (doc, ctx) => extractItem('taobao.item', doc, ctx),
};
