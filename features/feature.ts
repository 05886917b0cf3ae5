import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { storage } from 'wxt/utils/storage';

// Features on a page, after refined-github: each injected piece of UI is one feature with an id, the kind of
// page it runs on and an `init(ctx, page)` that registers every listener and every mounted UI through WXT's
// `ctx`, so that it stops when the page navigates away or the extension reloads. Features are independent:
// one that throws is logged with its id and the others go on. Reading and saving the page is not a feature:
// history builds up even with every feature switched off.

export type FeatureId = 'console-panel' | 'row-badges' | 'product-card';
export type PageKind = 'console' | 'product';

export interface Feature<Page> {
  id: FeatureId;
  runsOn: PageKind;
  init(ctx: ContentScriptContext, page: Page): void | Promise<void>;
}

/** Features the operator switched off in settings (ids). Written only by the settings page. */
export const featuresOffItem = storage.defineItem<FeatureId[]>('local:features.off', {
  fallback: [],
  version: 1,
});

export interface FeatureRun {
  id: FeatureId;
  status: 'on' | 'off' | 'failed';
  error?: string;
}

/** Starts every feature that is not switched off; resolves when each has started or failed. */
export async function runFeatures<Page>(
  ctx: ContentScriptContext,
  features: readonly Feature<Page>[],
  page: Page,
  off: readonly string[],
): Promise<FeatureRun[]> {
  const on = features.filter((f) => !off.includes(f.id));
  const results = await Promise.allSettled(on.map(async (f) => f.init(ctx, page)));
  const runs: FeatureRun[] = features
    .filter((f) => off.includes(f.id))
    .map((f) => ({ id: f.id, status: 'off' as const }));
  results.forEach((r, i) => {
    const id = on[i]!.id;
    if (r.status === 'fulfilled') runs.push({ id, status: 'on' });
    else {
      const error = String((r.reason as Error)?.message ?? r.reason);
      console.error(`[OpsLens] feature ${id} failed to start:`, r.reason);
      runs.push({ id, status: 'failed', error });
    }
  });
  return runs;
}
