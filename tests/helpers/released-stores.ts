// Each released schema version's stores exactly as lib/db/schema.ts declared them: frozen, never edited (add the
// next). The upgrade tests open databases written by these; the bench times the upgrade from version 6.
export const V1_STORES = {
  snapshots: '++id, [kind+marketplace+key+capturedAt], capturedAt, source',
  entities: '[kind+marketplace+key], lastSeenAt, [platform+kind], kind',
  watchlist: '[kind+marketplace+key], addedAt',
};
export const V2_STORES = { ...V1_STORES, pages: '++id, *members' };
export const V3_STORES = { ...V2_STORES, advice: 'id, entity', todayDays: 'day' };
export const V4_STORES = { ...V3_STORES, alerts: 'id, entity, status, updatedAt' };
export const V5_STORES = { ...V4_STORES, experiments: '++id, product, at' };
export const V6_STORES = { ...V5_STORES, hours: 'id, entity' };
const { snapshots: _v6, ...V6_WITHOUT_SNAPSHOTS } = V6_STORES;
export const V7_STORES = {
  ...V6_WITHOUT_SNAPSHOTS,
  history: '[kind+marketplace+key+capturedAt+id], source',
  entities: '[kind+marketplace+key], lastSeenAt',
};
