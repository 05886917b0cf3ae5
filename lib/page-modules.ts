import { browser } from 'wxt/browser';

// Code a content script loads only when the page needs it (issue 16), from the extension's web-accessible
// resources (wxt.config.ts). An imported module runs in the content script's own isolated world: it leaves its
// entry function under a symbol on that world's globalThis, where the page cannot see it.

export const PAGE_MODULES = {
  /** The console reader, panel, badges and their text: loaded once the first look finds a table. */
  consoleMain: { file: '/console-main.js', key: Symbol.for('opslens.console-main') },
  /** The product card and its text: loaded after the page was read and saved. */
  productCard: { file: '/product-card.js', key: Symbol.for('opslens.product-card') },
} as const;

type ModuleName = keyof typeof PAGE_MODULES;

/** Called by the module itself (an unlisted script) when it is evaluated. */
export function provide(name: ModuleName, entry: unknown): void {
  (globalThis as Record<symbol, unknown>)[PAGE_MODULES[name].key] = entry;
}

/** Imports the module (once per page) and returns its entry function. */
export async function loadModule<T>(name: ModuleName): Promise<T> {
  const { file, key } = PAGE_MODULES[name];
  await import(/* @vite-ignore */ browser.runtime.getURL(file));
  return (globalThis as Record<symbol, unknown>)[key] as T;
}
