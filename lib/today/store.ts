import { storage } from 'wxt/utils/storage';
import { TodayStatus } from './status';

/** Done and snoozed Today items (./status.ts); written by the background only (lib/background/stores.ts). */
export const todayStatusItem = storage.defineItem<TodayStatus>('local:todayStatus', {
  fallback: {},
  version: 1,
});

/** The stored statuses; a value that fails validation counts as none. */
export async function loadTodayStatus(): Promise<TodayStatus> {
  const parsed = TodayStatus.safeParse(await todayStatusItem.getValue());
  return parsed.success ? parsed.data : {};
}
