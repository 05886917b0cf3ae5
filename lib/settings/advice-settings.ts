import * as z from 'zod/mini';

import { ADVICE_DEFAULTS, type AdviceSettings } from './advice-defaults';

export { ADVICE_DEFAULTS, type AdviceSettings } from './advice-defaults';

const Threshold = z.enum(Object.keys(ADVICE_DEFAULTS) as [keyof AdviceSettings]);
const Layer = z.partialRecord(Threshold, z.number().check(z.gte(0)));

/**
 * The user's thresholds, in layers. Dismissed advice is not kept here (it has its own storage item, written
 * by the background): a settings page saving its copy of the document would bring dismissed advice back.
 */
export const SettingsDoc = z.object({
  version: z.literal(1),
  marketplaces: z.record(z.string(), Layer),
  products: z.record(z.string(), Layer),
});
export type SettingsDoc = z.infer<typeof SettingsDoc>;

export const EMPTY_SETTINGS: SettingsDoc = { version: 1, marketplaces: {}, products: {} };

/**
 * A change to some fields of some layers: a number sets a threshold, `null` removes it (the layer inherits
 * again), a layer given as `null` is removed whole, an empty layer `{}` is created if missing. What a patch
 * does not name stays as it is, whoever wrote it.
 */
const LayerPatch = z.partialRecord(Threshold, z.nullable(z.number().check(z.gte(0))));
export const SettingsPatch = z.object({
  marketplaces: z.optional(z.record(z.string().check(z.maxLength(200)), z.nullable(LayerPatch))),
  products: z.optional(z.record(z.string().check(z.maxLength(1200)), z.nullable(LayerPatch))),
});
export type SettingsPatch = z.infer<typeof SettingsPatch>;

type Layers = SettingsDoc['marketplaces'];
function patchLayers(layers: Layers, patch: SettingsPatch['marketplaces']): Layers {
  const out: Layers = { ...layers };
  for (const [name, fields] of Object.entries(patch ?? {})) {
    if (fields === null) {
      delete out[name];
      continue;
    }
    const layer = { ...out[name] };
    for (const [k, v] of Object.entries(fields) as [keyof AdviceSettings, number | null][]) {
      if (v === null) delete layer[k];
      else layer[k] = v;
    }
    out[name] = layer;
  }
  return out;
}

export function applySettingsPatch(doc: SettingsDoc, patch: SettingsPatch): SettingsDoc {
  return {
    version: 1,
    marketplaces: patchLayers(doc.marketplaces, patch.marketplaces),
    products: patchLayers(doc.products, patch.products),
  };
}

/** The patch that writes every field of `doc` (a restored backup), leaving layers it does not hold alone. */
export function patchOf(doc: Pick<SettingsDoc, 'marketplaces' | 'products'>): SettingsPatch {
  return { marketplaces: { ...doc.marketplaces }, products: { ...doc.products } };
}

export const productKey = (marketplace: string, key: string) => `${marketplace}|${key}`;

/** The key under which the user's own defaults for every marketplace are kept. */
export const ALL_MARKETPLACES = '*';

/** Defaults, then the user's defaults for all marketplaces, then the marketplace's, then the product's. */
export function resolveSettings(
  doc: SettingsDoc | undefined,
  marketplace?: string,
  key?: string,
): AdviceSettings {
  const all = doc?.marketplaces[ALL_MARKETPLACES];
  const m = marketplace && marketplace !== ALL_MARKETPLACES ? doc?.marketplaces[marketplace] : undefined;
  const p = marketplace && key ? doc?.products[productKey(marketplace, key)] : undefined;
  return { ...ADVICE_DEFAULTS, ...all, ...m, ...p };
}

export const targetAcos = (s: AdviceSettings) => Math.max(0.01, s.breakEvenAcos - s.targetAcosGap);
