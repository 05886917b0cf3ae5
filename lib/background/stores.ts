import { ALERT_DEFAULTS, type AlertSettings } from '../alerts/settings';
import { alertSettingsItem, loadAlertSettings } from '../alerts/store';
import type { SettingsDoc } from '../settings/advice-settings';
import type { ContextAnswer } from '../settings/answer-schema';
import { answersItem, loadAnswers } from '../settings/answers';
import type { Remap } from '../settings/remap-schema';
import { loadRemaps, remapsItem } from '../settings/remaps';
import { dismissedItem, loadDismissed, loadSettings, settingsItem } from '../settings/store';
import type { TodayStatus } from '../today/status';
import { loadTodayStatus, todayStatusItem } from '../today/store';

/** One stored value, changed by read-change-write steps that run one at a time. */
export interface Store<T> {
  get(): Promise<T>;
  update(change: (current: T) => T): Promise<T>;
}

/** The background's stored state besides the database; it is their only writer. */
export interface Stores {
  settings: Store<SettingsDoc>;
  dismissed: Store<string[]>;
  remaps: Store<Remap[]>;
  answers: Store<ContextAnswer[]>;
  /** Today's done and snoozed items. */
  todayStatus: Store<TodayStatus>;
  /** Alert thresholds, notifications and quiet hours. */
  alertSettings: Store<AlertSettings>;
}

/**
 * Two messages handled at once must not both read the old value and each write its own change over the
 * other's: updates of one store wait for the one before.
 */
export function serialStore<T>(read: () => Promise<T>, write: (value: T) => Promise<void>): Store<T> {
  let last: Promise<unknown> = Promise.resolve();
  return {
    get: read,
    update(change) {
      const next = last.then(async () => {
        const value = change(await read());
        await write(value);
        return value;
      });
      last = next.catch(() => undefined);
      return next;
    },
  };
}

/** A store in memory, counting its writes (tests). */
export function memoryStore<T>(initial: T): Store<T> & { writes: number } {
  let value = initial;
  const store = {
    writes: 0,
    ...serialStore(
      async () => value,
      async (v: T) => {
        value = v;
        store.writes++;
      },
    ),
  };
  return store;
}

export function memoryStores(
  init: Partial<{ [K in keyof Stores]: Awaited<ReturnType<Stores[K]['get']>> }> = {},
) {
  return {
    settings: memoryStore<SettingsDoc>(init.settings ?? { version: 1, marketplaces: {}, products: {} }),
    dismissed: memoryStore<string[]>(init.dismissed ?? []),
    remaps: memoryStore<Remap[]>(init.remaps ?? []),
    answers: memoryStore<ContextAnswer[]>(init.answers ?? []),
    todayStatus: memoryStore<TodayStatus>(init.todayStatus ?? {}),
    alertSettings: memoryStore<AlertSettings>(init.alertSettings ?? { ...ALERT_DEFAULTS }),
  };
}

/** The extension's storage items, as the background writes them. */
export function extensionStores(): Stores {
  return {
    settings: serialStore(loadSettings, (v) => settingsItem.setValue(v)),
    dismissed: serialStore(loadDismissed, (v) => dismissedItem.setValue(v)),
    remaps: serialStore(loadRemaps, (v) => remapsItem.setValue(v)),
    answers: serialStore(loadAnswers, (v) => answersItem.setValue(v)),
    todayStatus: serialStore(loadTodayStatus, (v) => todayStatusItem.setValue(v)),
    alertSettings: serialStore(loadAlertSettings, (v) => alertSettingsItem.setValue(v)),
  };
}
