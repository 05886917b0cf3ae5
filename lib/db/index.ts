export * from './entities';
export * from './pages';
export * from './queries';
export * from './schema';
export * from './snapshots';
export * from './watchlist';
