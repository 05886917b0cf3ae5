export * from './schema';
export * from './snapshots';
export * from './watchlist';
