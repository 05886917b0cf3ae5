import type { PageAdapter } from './types';

// Tmall and Taobao adapters (issue 4): item pages, 生意参谋, 直通车, 万相台, 千牛.

/** Adapters for Tmall/Taobao pages, most specific first. */
export const ALIBABA_ADAPTERS: readonly PageAdapter[] = [];

/** Match patterns of public item pages (quick-glance card). */
export const ALIBABA_PRODUCT_MATCHES: readonly string[] = [];

/** Match patterns of the back-office pages (console content script). */
export const ALIBABA_CONSOLE_MATCHES: readonly string[] = [];
