import { CONSOLE_ADAPTERS } from './console-adapters';
import { PRODUCT_ADAPTERS } from './product-adapters';
import type { PageAdapter } from './types';

export { CONSOLE_ADAPTERS, consoleAdapterFor } from './console-adapters';
export { PRODUCT_ADAPTERS, productAdapterFor } from './product-adapters';

/** Every adapter (the extract command, tests). Product and console pages never share a URL. */
export const ADAPTERS: readonly PageAdapter[] = [...PRODUCT_ADAPTERS, ...CONSOLE_ADAPTERS];

export function adapterFor(url: URL): PageAdapter | undefined {
  return ADAPTERS.find((a) => a.match(url));
}
