// The pages the demo opens, each a bundled fixture served at its real URL.

export interface DemoPage {
  title: string;
  url: string;
  fixture: string;
  lang?: 'en-US' | 'zh-CN';
  waitFor?: string;
  settleMs?: number;
  watch?: boolean;
  /** Reload once; the second response goes through `rewrite` (a later visit with changed figures). */
  revisit?: boolean;
  rewrite?: (html: string) => string;
  shot?: string;
  shotClip?: 'card' | 'full';
}

export const DEMO_PAGES: DemoPage[] = [
  {
    title: 'Amazon.com product page (competitor), watched, then revisited with a lower price',
    url: 'https://www.amazon.com/dp/B0C1K2Z3X4',
    fixture: 'amazon/product/us-table.html',
    waitFor: 'opslens-card .card',
    watch: true,
    revisit: true,
    rewrite: (html) => html.replaceAll('$39.99', '$34.99'),
    shot: 'card-us',
  },
  {
    title: 'Amazon.co.jp product page',
    url: 'https://www.amazon.co.jp/dp/B0BJ8N4K2P',
    fixture: 'amazon/product/jp.html',
    waitFor: 'opslens-card .card',
    watch: true,
    shot: 'card-jp',
  },
];
