import { browser } from 'wxt/browser';
import type { OpsLensDb } from '../db';
import { ALARM, ALARM_MINUTES, createTeamSync } from '../sync/scheduler';
import { teamConfigItem, teamDeviceItem, teamOutboxItem, teamStateItem } from '../sync/store';
import type { Followups } from './followups';
import { type Stores, serialStore } from './stores';

function newDeviceId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );
}

/** Team sync with the browser's storage, permissions and alarms (lib/sync/scheduler.ts does the rest). */
export function browserTeamSync(db: OpsLensDb, stores: Stores, followups: Followups) {
  const store = <T>(item: { getValue(): Promise<T>; setValue(v: T): Promise<void> }) =>
    serialStore(
      () => item.getValue(),
      (v: T) => item.setValue(v),
    );
  return createTeamSync({
    db,
    stores,
    followups,
    config: store(teamConfigItem),
    outbox: store(teamOutboxItem),
    state: store(teamStateItem),
    async device() {
      const held = await teamDeviceItem.getValue();
      if (held) return held;
      const id = newDeviceId();
      await teamDeviceItem.setValue(id);
      return id;
    },
    hasPermission: (pattern) => browser.permissions.contains({ origins: [pattern] }),
    dropPermission: (pattern) => browser.permissions.remove({ origins: [pattern] }),
    alarms: {
      // Created again only when missing: creating resets the period, and every wake-up would push it back.
      start: async () => {
        if (!(await browser.alarms.get(ALARM)))
          await browser.alarms.create(ALARM, {
            periodInMinutes: ALARM_MINUTES,
            delayInMinutes: ALARM_MINUTES,
          });
      },
      stop: () => browser.alarms.clear(ALARM),
    },
    patternPort: !import.meta.env.FIREFOX,
  });
}
