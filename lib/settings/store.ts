import { storage } from 'wxt/utils/storage';
import { EMPTY_SETTINGS, SettingsDoc } from './advice-settings';

/** Advice settings live in extension storage, versioned; a stored value that fails validation falls back to defaults. */
export const settingsItem = storage.defineItem<SettingsDoc>('local:settings', {
  fallback: EMPTY_SETTINGS,
  version: 1,
});

export const settingsStore = {
  async get(): Promise<SettingsDoc> {
    const parsed = SettingsDoc.safeParse(await settingsItem.getValue());
    return parsed.success ? parsed.data : EMPTY_SETTINGS;
  },
  async set(doc: SettingsDoc): Promise<void> {
    await settingsItem.setValue(SettingsDoc.parse(doc));
  },
};
