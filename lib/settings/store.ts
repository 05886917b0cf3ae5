import { storage } from 'wxt/utils/storage';
import { send } from '../runtime';
import { EMPTY_SETTINGS, patchOf, SettingsDoc, type SettingsPatch } from './advice-settings';

// Stored settings are written by the background only (lib/background/stores.ts); every other page reads
// them here and changes them by message, field by field, so that no page saves back what it did not change.

/** How many dismissed advice ids are kept (the oldest are forgotten first). */
export const DISMISSED_LIMIT = 5000;

/** Advice the operator dismissed, by advice id. Its own item: no settings save can bring them back. */
export const dismissedItem = storage.defineItem<string[]>('local:dismissedAdvice', {
  fallback: [],
  version: 1,
});

/**
 * Version 2 moved `dismissed` out of the settings document into `dismissedItem` (issue 12: a settings page
 * saving the whole document brought back advice dismissed meanwhile in a console tab).
 */
export async function moveDismissedOut(old: unknown): Promise<SettingsDoc> {
  const doc = (typeof old === 'object' && old !== null ? old : {}) as { dismissed?: unknown };
  const ids = Array.isArray(doc.dismissed) ? doc.dismissed.filter((x) => typeof x === 'string') : [];
  if (ids.length) {
    const kept = await dismissedItem.getValue();
    await dismissedItem.setValue([...new Set([...kept, ...ids])].slice(-DISMISSED_LIMIT));
  }
  const parsed = SettingsDoc.safeParse(doc);
  return parsed.success ? parsed.data : EMPTY_SETTINGS;
}

/** Advice settings, versioned; a stored value that fails validation falls back to defaults. */
export const settingsItem = storage.defineItem<SettingsDoc>('local:settings', {
  fallback: EMPTY_SETTINGS,
  version: 2,
  migrations: { 2: moveDismissedOut },
});

export async function loadSettings(): Promise<SettingsDoc> {
  const parsed = SettingsDoc.safeParse(await settingsItem.getValue());
  return parsed.success ? parsed.data : EMPTY_SETTINGS;
}

/** Dismissed advice ids, once the settings migration has moved the old ones here. */
export async function loadDismissed(): Promise<string[]> {
  await settingsItem.getMeta(); // waits for the migration
  const raw = await dismissedItem.getValue();
  return Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : [];
}

/** Changes the named fields only; resolves with the settings as stored after the change. */
export async function patchSettings(patch: SettingsPatch): Promise<SettingsDoc> {
  return (await send({ type: 'settings.patch', patch })).settings;
}

export const settingsStore = {
  get: loadSettings,
  /**
   * Merges settings in (a restored backup): every threshold they hold is set, layers they do not hold are
   * left alone, and dismissals they carry (backups before version 2 of the settings) are added.
   */
  async set(doc: SettingsDoc & { dismissed?: readonly string[] }): Promise<void> {
    await patchSettings(patchOf(SettingsDoc.parse(doc)));
    if (doc.dismissed?.length) await send({ type: 'advice.dismissMany', ids: [...doc.dismissed] });
  },
};
