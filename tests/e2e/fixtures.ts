import { test as base } from '@playwright/test';
import type { BrowserContext, Worker } from 'playwright-core';
import { extensionIdOf, type Lang, launchWithExtension } from './browser';

export const test = base.extend<{ lang: Lang; ext: { context: BrowserContext; id: string; worker: Worker } }>(
  {
    lang: ['en-US', { option: true }],
    ext: async ({ lang }, use) => {
      const { context, cleanup } = await launchWithExtension(lang);
      const { id, worker } = await extensionIdOf(context);
      await use({ context, id, worker });
      await cleanup();
    },
  },
);
export { expect } from '@playwright/test';
