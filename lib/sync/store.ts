import { storage } from 'wxt/utils/storage';
import type { TeamConfig } from './config';
import type { SyncState } from './engine';
import type { Outbox } from './record';

// Team sync's stored state, in storage.local only (never storage.sync: the password must not leave this
// browser), written by the background. None of it is part of a backup or an export (lib/export/backup.ts
// takes the advice settings, dismissals and the database, nothing else).

/** The connection, with the password; null when not connected. */
export const teamConfigItem = storage.defineItem<TeamConfig | null>('local:teamConfig', {
  fallback: null,
  version: 1,
});
/** Shared changes not yet confirmed by the server, by document id. */
export const teamOutboxItem = storage.defineItem<Outbox>('local:teamOutbox', { fallback: {}, version: 1 });
/** Checkpoint and how the last round went. */
export const teamStateItem = storage.defineItem<SyncState>('local:teamState', { fallback: {}, version: 1 });
/** This browser profile's random id, named in every document it writes; kept across disconnects. */
export const teamDeviceItem = storage.defineItem<string>('local:teamDevice', { fallback: '', version: 1 });
