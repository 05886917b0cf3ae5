import { ALIBABA_ADAPTERS } from './alibaba';
import { amazonBusinessReport } from './amazon/business-report';
import { amazonProduct } from './amazon/product';
import type { PageAdapter } from './types';

/** Every adapter, most specific first. */
export const ADAPTERS: readonly PageAdapter[] = [amazonProduct, amazonBusinessReport, ...ALIBABA_ADAPTERS];

export function adapterFor(url: URL): PageAdapter | undefined {
  return ADAPTERS.find((a) => a.match(url));
}
