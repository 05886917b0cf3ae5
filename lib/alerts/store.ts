import { storage } from 'wxt/utils/storage';
import { type AlertSettings, alertSettingsOf } from './settings';

/** Alert thresholds and notification choices (./settings.ts); written by the background only. */
export const alertSettingsItem = storage.defineItem<Partial<AlertSettings>>('local:alertSettings', {
  fallback: {},
  version: 1,
});

export const loadAlertSettings = async (): Promise<AlertSettings> =>
  alertSettingsOf(await alertSettingsItem.getValue());

/** One grouped notification as it was shown, or why it was not (the settings page shows the last ones). */
export interface NotifiedEntry {
  at: string;
  /** Alerts it announced. */
  count: number;
  ids: string[];
  title: string;
  message: string;
  /** Shown, or held back: notifications off, no permission, quiet hours. */
  outcome: 'shown' | 'off' | 'noPermission' | 'quiet' | 'failed';
}

/** The last notifications, newest last: what was told to the operator and what was held back. */
export const notifiedItem = storage.defineItem<NotifiedEntry[]>('local:alertLog', {
  fallback: [],
  version: 1,
});
export const NOTIFIED_KEPT = 20;
